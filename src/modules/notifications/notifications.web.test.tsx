import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { testDatabase } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import type { AppEnv } from '../../http/context.ts';
import { locale } from '../../http/locale.ts';
import { onError } from '../../http/errors.tsx';
import type { Ctx } from '../shared/context.ts';
import { enqueue } from './outbox.service.ts';
import { outboxWeb } from './notifications.web.tsx';
import { MemorySender, type Sender } from './sender.ts';
import { drainOnce } from './worker.ts';
import { dateTime as dhakaTime } from '../../i18n/format.ts';

let database: Database;
let app: Hono<AppEnv>;
const now = new Date('2025-06-05T04:00:00Z');
before(async () => {
  database = await testDatabase();
  app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', { db: database.db, now: () => now });
    // An administrator reads the page (the real app's authenticate middleware sets this).
    c.set(
      'actor',
      c.req.header('x-test-public')
        ? { kind: 'public' }
        : { kind: 'user', userId: 1, email: 'admin@x', officeId: 1, officePath: '/1/', roles: ['admin'], via: 'token' },
    );
    await next();
  });
  app.use('*', locale);
  app.route('/', outboxWeb);
  app.onError(onError);
});
after(() => database.close());

test('the outbox page is for administrators only', async () => {
  assert.equal((await app.request('/demo/outbox', { headers: { 'x-test-public': '1' } })).status, 401);
});

test('the demo outbox page lists what was sent, what waits and what failed, newest first, in the chosen language', async () => {
  const ctx: Ctx = { db: database.db, actor: { kind: 'system', name: 'test' }, now };
  assert.match(await (await app.request('/demo/outbox')).text(), /এখনো কোনো বার্তা লেখা হয়নি/);
  await enqueue(ctx, { key: 'a:email', channel: 'email', recipient: 'uno@example.gov.bd', subject: 'খসড়া জমা <b>', body: 'প্রথম লাইন\n\nSecond line' });
  await enqueue(ctx, { key: 'b:sms', channel: 'sms', recipient: '+8801717447709', subject: '', body: 'এসএমএস' });
  await drainOnce(database.db, new MemorySender(), now, { batch: 1 });
  const refusing: Sender = { send: () => Promise.reject(new Error('gateway down')) };
  await drainOnce(database.db, refusing, now);
  await enqueue(ctx, { key: 'c:email', channel: 'email', recipient: 'dc@example.gov.bd', subject: 's', body: 'তৃতীয়' });

  const bn = await (await app.request('/demo/outbox')).text();
  assert.match(bn, /<html lang="bn">/);
  assert.match(bn, /পাঠানো হয়েছে, ০৫ জুন ২০২৫ ১০:০০/, 'sent, in Dhaka time and Bengali digits');
  assert.match(bn, /পাঠানো যায়নি \(১ বার চেষ্টা\): gateway down/);
  assert.match(bn, /পাঠানোর অপেক্ষায়/);
  assert.match(bn, /খসড়া জমা &lt;b&gt;/, 'text is escaped');
  assert.match(bn, /<p>প্রথম লাইন<\/p><p>Second line<\/p>/);
  const order = ['c:email', 'b:sms', 'a:email'].map((key) => bn.indexOf(key));
  assert.deepEqual(
    [...order].sort((x, y) => x - y),
    order,
  );
  assert.ok(order.every((i) => i > 0));

  const en = await (await app.request('/demo/outbox?lang=en')).text();
  assert.match(en, /Sent 5 June 2025 10:00/);
  assert.match(en, /Not sent \(attempts: 1\): gateway down/);
});

test('times are shown in Bangladesh time', () => {
  assert.equal(dhakaTime(new Date('2025-12-31T20:30:00Z'), 'en'), '1 January 2026 02:30');
  assert.equal(dhakaTime(new Date('2025-12-31T20:30:00Z'), 'bn'), '০১ জানুয়ারি ২০২৬ ০২:৩০');
});
