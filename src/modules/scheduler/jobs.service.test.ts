// The scheduler's own rules: a job scheduled twice is one; a cancelled one scheduled again runs; a job that fails
// every attempt is kept, marked failed and counted, and never runs again by itself.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { operatorCtx } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { cancelJobs, countFailedJobs, runDueJobs, schedule } from './jobs.service.ts';

let database: Database;
const NOW = new Date('2026-06-04T04:00:00Z');
before(async () => {
  database = await testDatabase();
});
after(() => database.close());

test('scheduled twice is one job; cancelled and scheduled again, it runs', async () => {
  const ctx = operatorCtx(database.db, NOW);
  const job = { key: 'k:1', kind: 'count', subject: 's:1', runAt: NOW };
  assert.equal(await schedule(ctx, job), true);
  assert.equal(await schedule(ctx, job), false, 'the same key again is a no-op');
  assert.equal(await cancelJobs(ctx, 's:1'), 1);
  assert.equal(await schedule(ctx, job), true, 'a cancelled job is revived');
  let runs = 0;
  const r = await runDueJobs(database.db, NOW, { count: async () => `run ${++runs}` });
  assert.deepEqual([r.done, runs], [1, 1]);
});

test('a job failing every attempt is marked failed, counted, and left alone', async () => {
  const ctx = operatorCtx(database.db, NOW);
  await schedule(ctx, { key: 'k:bad', kind: 'bad', runAt: NOW });
  const handlers = {
    bad: async (): Promise<string> => {
      throw new Error('the provider is down');
    },
  };
  let at = NOW;
  for (let i = 0; i < 8; i++) {
    at = new Date(at.getTime() + 7 * 3600_000); // past every back-off
    assert.equal((await runDueJobs(database.db, at, handlers)).failed, 1, `attempt ${i + 1}`);
  }
  assert.equal(await countFailedJobs(database.db), 1);
  assert.deepEqual(await runDueJobs(database.db, new Date(at.getTime() + 86_400_000), handlers), { done: 0, failed: 0 }, 'no ninth attempt');
});
