// The API description: served, linted by @redocly/cli with its recommended rules (no error, no warning),
// and true to the routes the app really has.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApp } from '../app.tsx';
import type { Db } from '../db/client.ts';
import { OPENAPI } from './openapi.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
// The routes are listed without touching the database.
const app = createApp({ db: null as unknown as Db, now: () => new Date() });

test('GET /api/openapi.json passes redocly lint with the recommended rules, without a warning', async () => {
  const res = await app.request('/api/openapi.json');
  assert.equal(res.status, 200);
  const file = join(mkdtempSync(join(tmpdir(), 'protishruti-openapi-')), 'openapi.json');
  writeFileSync(file, await res.text());
  const lint = spawnSync(join(root, 'node_modules/.bin/redocly'), ['lint', file, '--format=stylish'], {
    encoding: 'utf8',
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
  });
  assert.equal(lint.status, 0, lint.stdout + lint.stderr);
  assert.match(lint.stdout + lint.stderr, /Your API description is valid/);
  // (the Node 20 deprecation box is redocly's own notice, not a finding)
  assert.doesNotMatch(lint.stdout + lint.stderr, /You have \d+ warnings?|Warning was generated/, lint.stdout + lint.stderr);
});

test('every /api route of the app is described, and nothing else', () => {
  const real = new Set(
    app.routes
      .filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/:(\w+)/g, '{$1}').replace('{serviceId}', '{serviceId}')}`),
  );
  const described = new Set(Object.entries(OPENAPI.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
  assert.deepEqual([...real].sort(), [...described].sort());
});
