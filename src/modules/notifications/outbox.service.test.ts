import { after, before, beforeEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { like } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import { outbox } from '../../db/schema.ts';
import { render } from '../../i18n/messages.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { enqueue, listOutbox, notify } from './outbox.service.ts';

let database: Database;
let ctx: Ctx;
const now = new Date('2025-06-05T04:00:00Z');
before(async () => {
  database = await testDatabase();
  ctx = { db: database.db, actor: { kind: 'system', name: 'test' }, now };
});
after(() => database.close());
beforeEach(async () => {
  await database.db.delete(outbox);
});

const mail = { channel: 'email', recipient: 'uno@example.gov.bd', subject: 'খসড়া জমা', body: 'একটি খসড়া পর্যালোচনার অপেক্ষায়' } as const;
const rowsLike = (prefix: string) =>
  database.db
    .select()
    .from(outbox)
    .where(like(outbox.key, `${prefix}%`));

test('enqueuing the same key twice writes one row, and says the second wrote nothing', async () => {
  assert.equal(await enqueue(ctx, { key: 'twice', ...mail }), true);
  assert.equal(await enqueue(ctx, { key: 'twice', ...mail, body: 'another text' }), false);
  const rows = await rowsLike('twice');
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.body, mail.body);
  assert.equal(rows[0]?.createdAt.toISOString(), now.toISOString());
  assert.equal(rows[0]?.sentAt, null);
  assert.equal(rows[0]?.attempts, 0);
});

test('a row enqueued in a transaction that rolls back is not there; one that commits is', async () => {
  await assert.rejects(
    inTransaction(ctx, async (tx) => {
      await enqueue(tx, { key: 'rolled-back', ...mail });
      throw new Error('the change failed');
    }),
    /the change failed/,
  );
  assert.equal((await rowsLike('rolled-back')).length, 0);
  await inTransaction(ctx, (tx) => enqueue(tx, { key: 'committed', ...mail }));
  assert.equal((await rowsLike('committed')).length, 1);
});

test('enqueue refuses what no sender could deliver', async () => {
  await assert.rejects(enqueue(ctx, { ...mail, key: '  ' }));
  await assert.rejects(enqueue(ctx, { ...mail, key: 'k', recipient: '' }));
  // @ts-expect-error: a channel the table does not have
  await assert.rejects(enqueue(ctx, { ...mail, key: 'k', channel: 'fax' }));
  assert.equal((await listOutbox(database.db)).length, 0);
});

const message = { subject: { key: 'app.name' }, body: { key: 'cli.published', params: { id: 42 } } } as const;

test('notify writes one row per channel the person can be reached on, keyed by channel, Bangla first then English', async () => {
  const written = await notify(ctx, { key: 'edition:42:published', to: { email: ' head@example.gov.bd ', phone: '+8801717447709' }, message });
  assert.deepEqual(written, ['edition:42:published:email', 'edition:42:published:sms']);
  const rows = await rowsLike('edition:42:published');
  const email = rows.find((r) => r.channel === 'email');
  const sms = rows.find((r) => r.channel === 'sms');
  assert.equal(email?.recipient, 'head@example.gov.bd');
  assert.equal(email?.subject, `${render('bn', message.subject)} / ${render('en', message.subject)}`);
  assert.equal(email?.body, `${render('bn', message.body)}\n\n${render('en', message.body)}`);
  assert.match(email?.body ?? '', /৪২[\s\S]*42/);
  assert.equal(sms?.recipient, '+8801717447709');
  assert.equal(sms?.subject, '');
  assert.equal(sms?.body, email?.body);
});

test('notify in one language, to a person with only an e-mail; again with the same key writes nothing', async () => {
  const once = await notify(ctx, { key: 'user:7:welcome', to: { email: 'a@example.com', phone: null }, message, locale: 'en' });
  assert.deepEqual(once, ['user:7:welcome:email']);
  const rows = await rowsLike('user:7:welcome');
  assert.equal(rows.length, 1);
  assert.equal(rows[0]?.body, render('en', message.body));
  assert.deepEqual(await notify(ctx, { key: 'user:7:welcome', to: { email: 'a@example.com' }, message, locale: 'en' }), []);
  assert.deepEqual(await notify(ctx, { key: 'nobody', to: {}, message }), []);
});

test('listOutbox shows the newest first, as many as asked', async () => {
  for (const key of ['first', 'second', 'third']) await enqueue(ctx, { key, ...mail });
  assert.deepEqual(
    (await listOutbox(database.db, { limit: 2 })).map((r) => r.key),
    ['third', 'second'],
  );
});
