// The only file with side effects: reads the config, opens the database, applies migrations, loads the
// demo on first start, and listens.
import { serve } from '@hono/node-server';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/client.ts';
import { DEMO_ACTOR, loadDemo } from './modules/demo/demo.service.ts';
import { createApp } from './app.tsx';
import { DomainError } from './modules/shared/domain-error.ts';
import { bilingual } from './i18n/messages.ts';
import { startWorker } from './modules/notifications/worker.ts';
import { DemoSender, LogSender } from './modules/notifications/sender.ts';
import { remindQuarterEnd } from './modules/charters/reminders.service.ts';
import { startScheduler } from './modules/scheduler/jobs.service.ts';
import { GRIEVANCE_JOBS, scheduleDaily } from './modules/grievances/jobs.ts';
import { loadShippedHolidays, SHIPPED_HOLIDAYS_DIR } from './modules/holidays/holidays.service.ts';
import { closePdfBrowser } from './modules/print/pdf.ts';

const DEFAULT_SEEDS = fileURLToPath(new URL('../demo/seeds', import.meta.url));

async function main() {
  const config = loadConfig();
  const database = await openDatabase(config);
  console.log(bilingual({ key: database.kind === 'postgres' ? 'server.database-postgres' : 'server.database-pglite', params: { dir: config.DATA_DIR } }));
  // The notified holidays that come with the product fill any year that has none (the first start).
  await loadShippedHolidays({ db: database.db, actor: { kind: 'system', name: 'holidays' }, now: new Date() }, SHIPPED_HOLIDAYS_DIR);
  if (config.DEMO_DATA === 'on') {
    const demo = await loadDemo({ db: database.db, actor: DEMO_ACTOR, now: new Date() }, config.SEEDS_DIR ?? DEFAULT_SEEDS);
    if (demo.created) {
      console.log(
        bilingual({ key: 'server.demo', params: { offices: demo.offices, users: demo.users, charters: demo.charters.map((c) => c.file).join(', ') } }),
      );
    }
  }
  const demoMode = config.DEMO_DATA === 'on';
  const app = createApp({ db: database.db, now: () => new Date(), demo: demoMode, trustProxy: config.TRUST_PROXY === 'on' });
  // The outbox: in the demo nothing leaves the machine (the page /demo/outbox shows it); a real deployment
  // plugs its SMTP or SMS gateway in as a Sender that passes each row's key as the idempotency key.
  const stopOutbox = startWorker(database.db, demoMode ? new DemoSender() : new LogSender(), () => new Date());
  const remind = () =>
    remindQuarterEnd({ db: database.db, actor: { kind: 'system', name: 'scheduler' }, now: new Date() }).catch((err: unknown) =>
      console.error('quarter reminders:', err),
    );
  void remind();
  const reminders = setInterval(() => void remind(), 3600_000);
  // Grievance reminders and escalations, re-dating after a holiday, the daily anonymising sweep: jobs in the
  // database, so a restart loses none and none runs twice.
  const retention = config.GRIEVANCE_RETENTION_DAYS;
  const stopScheduler = startScheduler(database.db, () => new Date(), GRIEVANCE_JOBS, {
    beforePass: (now) => scheduleDaily({ db: database.db, actor: { kind: 'system', name: 'scheduler' }, now }, retention),
  });
  console.log(bilingual({ key: 'server.scheduler', params: { days: retention } }));
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    console.log(bilingual({ key: 'server.running', params: { url: `http://localhost:${info.port}/` } }));
  });
  const stop = () => {
    clearInterval(reminders);
    server.close();
    void Promise.all([stopOutbox(), stopScheduler(), closePdfBrowser().catch(() => undefined)])
      .then(() => database.close())
      .then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) console.error(err.message);
  else if (err instanceof DomainError) console.error(bilingual(err.text));
  else console.error(bilingual({ key: 'server.failed' }), err);
  process.exit(1);
});
