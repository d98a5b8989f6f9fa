import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import { outbox } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import { enqueue } from './outbox.service.ts';
import { LogSender, MemorySender, type Notification, type Sender } from './sender.ts';
import { drainOnce, retryAfterSeconds, startWorker } from './worker.ts';

let database: Database;
const t0 = new Date('2025-06-05T04:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);
let ctx: Ctx;
before(async () => {
  database = await testDatabase();
  ctx = { db: database.db, actor: { kind: 'system', name: 'test' }, now: t0 };
});
after(() => database.close());
beforeEach(async () => {
  await database.db.delete(outbox);
});

async function enqueueMany(n: number): Promise<string[]> {
  const keys = Array.from({ length: n }, (_, i) => `n${i + 1}`);
  for (const key of keys) await enqueue(ctx, { key, channel: i(key) % 2 ? 'sms' : 'email', recipient: `r-${key}`, subject: 's', body: `b-${key}` });
  return keys;
}
const i = (key: string) => Number(key.slice(1));
const row = async (key: string) => (await database.db.select().from(outbox).where(eq(outbox.key, key)))[0];

/** Fails the first `times` sends of the keys it is given, then lets them through. */
class FlakySender implements Sender {
  readonly inner = new MemorySender();
  private readonly left: Map<string, number>;
  constructor(failing: Record<string, number>) {
    this.left = new Map(Object.entries(failing));
  }
  async send(n: Notification) {
    const left = this.left.get(n.key) ?? 0;
    if (left > 0) {
      this.left.set(n.key, left - 1);
      throw new Error(`gateway refused ${n.key}`);
    }
    await this.inner.send(n);
  }
}

test('a drain sends every pending row once, oldest first, and stamps it sent; the next drain has nothing to do', async () => {
  const keys = await enqueueMany(5);
  const sender = new MemorySender();
  assert.deepEqual(await drainOnce(database.db, sender, at(1), { batch: 3 }), { claimed: 3, sent: 3, failed: 0 });
  assert.deepEqual(await drainOnce(database.db, sender, at(2), { batch: 3 }), { claimed: 2, sent: 2, failed: 0 });
  assert.deepEqual(await drainOnce(database.db, sender, at(3600), { batch: 3 }), { claimed: 0, sent: 0, failed: 0 });
  assert.deepEqual(sender.requested, keys);
  assert.deepEqual(sender.delivered[0], { key: 'n1', channel: 'sms', recipient: 'r-n1', subject: 's', body: 'b-n1' });
  const first = await row('n1');
  assert.equal(first?.sentAt?.toISOString(), at(1).toISOString());
  assert.equal(first?.claimedUntil, null);
  assert.equal(first?.attempts, 1);
  assert.equal((await row('n5'))?.sentAt?.toISOString(), at(2).toISOString());
});

test('a failed send records the error and is retried only after its claim expires, with the wait doubling', async () => {
  await enqueueMany(2);
  const sender = new FlakySender({ n1: 2 });
  assert.deepEqual(await drainOnce(database.db, sender, at(0)), { claimed: 2, sent: 1, failed: 1 });
  let failed = await row('n1');
  assert.equal(failed?.lastError, 'gateway refused n1');
  assert.equal(failed?.sentAt, null);
  assert.equal(failed?.claimedUntil?.toISOString(), at(60).toISOString());
  assert.equal((await drainOnce(database.db, sender, at(59))).claimed, 0, 'the claim still holds');
  assert.deepEqual(await drainOnce(database.db, sender, at(61)), { claimed: 1, sent: 0, failed: 1 });
  failed = await row('n1');
  assert.equal(failed?.attempts, 2);
  assert.equal(failed?.claimedUntil?.toISOString(), at(61 + 120).toISOString(), 'the second failure waits twice as long');
  assert.equal((await drainOnce(database.db, sender, at(180))).claimed, 0);
  assert.deepEqual(await drainOnce(database.db, sender, at(182)), { claimed: 1, sent: 1, failed: 0 });
  const sent = await row('n1');
  assert.equal(sent?.sentAt?.toISOString(), at(182).toISOString());
  assert.equal(sent?.attempts, 3);
  assert.equal(sent?.lastError, 'gateway refused n1', 'the last error stays on record');
  assert.deepEqual(sender.inner.requested.sort(), ['n1', 'n2'], 'each was delivered once');
});

test('a row that failed maxAttempts times is left for a person, however late', async () => {
  await enqueueMany(1);
  const sender = new FlakySender({ n1: 100 });
  assert.equal((await drainOnce(database.db, sender, at(0), { maxAttempts: 2 })).failed, 1);
  assert.equal((await drainOnce(database.db, sender, at(1000), { maxAttempts: 2 })).failed, 1);
  assert.equal((await drainOnce(database.db, sender, at(10 ** 7), { maxAttempts: 2 })).claimed, 0);
  assert.equal((await row('n1'))?.attempts, 2);
});

test('the wait after a failure doubles from the claim time up to six hours', () => {
  assert.deepEqual(
    [1, 2, 3, 4, 20].map((n) => retryAfterSeconds(n, 60)),
    [60, 120, 240, 480, 6 * 3600],
  );
});

test('two workers draining at once never send a row twice', async () => {
  const keys = await enqueueMany(40);
  const sender = new MemorySender();
  // A send that yields lets the other worker's statements run in between, as two processes' would.
  const slow: Sender = {
    async send(n) {
      await new Promise((resolve) => setImmediate(resolve));
      await sender.send(n);
    },
  };
  const worker = async () => {
    let total = 0;
    for (let pass = 0; pass < 50; pass++) {
      const { claimed, sent } = await drainOnce(database.db, slow, at(pass), { batch: 3 });
      total += sent;
      if (claimed === 0) break;
    }
    return total;
  };
  const [a, b] = await Promise.all([worker(), worker()]);
  assert.equal(sender.requested.length, keys.length, 'no key was asked for twice');
  assert.deepEqual([...sender.requested].sort(), [...keys].sort());
  assert.equal((a ?? 0) + (b ?? 0), keys.length);
  assert.ok((a ?? 0) > 0 && (b ?? 0) > 0, `both workers took a share (${a}, ${b})`);
});

test('startWorker drains until stopped, and stop waits for the pass under way', async () => {
  const keys = await enqueueMany(5);
  const sender = new MemorySender();
  const errors: unknown[] = [];
  let passes = 0;
  const clock = () => at(++passes);
  const stop = startWorker(database.db, sender, clock, { batch: 2, intervalMs: 10, onError: (e) => errors.push(e) });
  while (sender.delivered.length < keys.length) await new Promise((resolve) => setTimeout(resolve, 5));
  await stop();
  const after = passes;
  await new Promise((resolve) => setTimeout(resolve, 30));
  assert.equal(passes, after, 'no pass after stop');
  assert.deepEqual(sender.requested, keys);
  assert.deepEqual(errors, []);
});

test('the log sender notes each key once, never the recipient or the words', async () => {
  const lines: string[] = [];
  const log = new LogSender({ write: (text: string) => lines.push(text) });
  const n: Notification = { key: 'k:email', channel: 'email', recipient: 'a@example.com', subject: 'বিষয়', body: 'বার্তা' };
  await log.send(n);
  await log.send(n);
  assert.deepEqual(lines, ['--- email [k:email] not sent: no sender configured\n']);
});
