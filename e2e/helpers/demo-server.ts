// The real product on a test database with the demo data, served on a free loopback port, and Chromium.
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import type { Browser } from 'playwright-core';
import { testDatabase } from '../../test/helpers/db.ts';
import type { Database } from '../../src/db/client.ts';
import { DEMO_ACTOR, loadDemo } from '../../src/modules/demo/demo.service.ts';
import { createApp } from '../../src/app.tsx';
import { launchBrowser } from './browser.ts';

export interface DemoServer {
  base: string;
  browser: Browser;
  close(): Promise<void>;
}

export async function startDemoServer(now: Date): Promise<DemoServer> {
  const database: Database = await testDatabase();
  await loadDemo({ db: database.db, actor: DEMO_ACTOR, now }, fileURLToPath(new URL('../../demo/seeds', import.meta.url)));
  const app = createApp({ db: database.db, now: () => now });
  const server = await new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const browser = await launchBrowser();
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    browser,
    async close() {
      await browser.close();
      server.close();
      await database.close();
    },
  };
}
