// The headquarters template end to end: standard services kept by headquarters, a draft started from them
// and localised, a cosmetic edit that asks nobody, a real change that asks the office, accepted or kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildTree, usersWithTokens, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  Object.assign(
    tokens,
    await usersWithTokens(database.db, [
      ['admin', tree.hq.id, ['admin']],
      ['editor', tree.upazila.id, ['editor']],
    ]),
  );
  app = createApp({ db: database.db, now: () => new Date('2025-07-10T04:00:00Z') });
});
after(() => database.close());

const call = async (who: string | null, method: string, path: string, json?: unknown) => {
  const headers: Record<string, string> = {};
  if (who) headers.authorization = `Bearer ${tokens[who] ?? ''}`;
  if (json !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(`/api${path}`, { method, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> };
};

const training = {
  category: 'citizen',
  name: 'আইসিটি বিষয়ক প্রশিক্ষণ প্রদান',
  channels: ['দপ্তরে উপস্থিত হয়ে'],
  documents: 'আবেদনপত্র',
  fee: { kind: 'free', amountTaka: null, text: 'বিনামূল্যে', paymentMethod: null },
  timeLimit: { immediate: false, workingDays: 7, text: '৭ কার্যদিবস' },
};

interface Review {
  serviceId: number;
  fromVersion: number;
  toVersion: number;
  changes: { path: string; before: unknown; after: unknown }[];
}

test('standard services: kept by headquarters, a draft from them localised, changes reviewed, accepted or kept', async () => {
  assert.equal((await call('editor', 'POST', `/offices/${tree.hq.id}/template`, training)).status, 403, 'only the administrator');
  const first = await call('admin', 'POST', `/offices/${tree.hq.id}/template`, training);
  assert.equal(first.status, 201, JSON.stringify(first.body));
  const second = await call('admin', 'POST', `/offices/${tree.hq.id}/template`, { ...training, name: 'তথ্য অধিকার আবেদন গ্রহণ' });
  const firstId = first.body.id as number;
  const secondId = second.body.id as number;
  const listed = (await call(null, 'GET', `/offices/${tree.upazila.id}/template`)).body.services as { id: number }[];
  assert.deepEqual(
    listed.map((s) => s.id),
    [firstId, secondId],
    'an upazila sees the template of its tree',
  );

  const made = await call('editor', 'POST', `/offices/${tree.upazila.id}/editions`, { from: 'template' });
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const id = made.body.id as number;
  const draft = (await call('editor', 'GET', `/editions/${id}`)).body as { services: { id: number; name: string; serial: number }[] };
  assert.deepEqual(
    draft.services.map((s) => [s.name, s.serial]),
    [
      ['আইসিটি বিষয়ক প্রশিক্ষণ প্রদান', 1],
      ['তথ্য অধিকার আবেদন গ্রহণ', 2],
    ],
  );
  const [local] = draft.services;
  assert.ok(local);
  // The office localises the fee.
  await call('editor', 'PATCH', `/editions/${id}/services/${local.id}`, { fee: { kind: 'amount', amountTaka: 100, text: '১০০ টাকা', paymentMethod: 'নগদ' } });

  const cosmetic = await call('admin', 'PATCH', `/offices/${tree.hq.id}/template/${firstId}`, { ...training, name: 'আইসিটি  বিষয়ক প্রশিক্ষণ  প্রদান ' });
  assert.deepEqual([cosmetic.body.version, cosmetic.body.promiseChanged], [1, false], 'spacing is cosmetic');
  assert.deepEqual((await call('editor', 'GET', `/editions/${id}/template-reviews`)).body.reviews, []);

  const real = await call('admin', 'PATCH', `/offices/${tree.hq.id}/template/${firstId}`, {
    ...training,
    timeLimit: { immediate: false, workingDays: 5, text: '৫ কার্যদিবস' },
  });
  assert.deepEqual([real.body.version, real.body.promiseChanged], [2, true]);
  const reviews = (await call('editor', 'GET', `/editions/${id}/template-reviews`)).body.reviews as Review[];
  assert.equal(reviews.length, 1);
  assert.deepEqual(
    [reviews[0]?.serviceId, reviews[0]?.fromVersion, reviews[0]?.toVersion, reviews[0]?.changes.map((c) => [c.path, c.before, c.after])],
    [
      local.id,
      1,
      2,
      [
        ['timeLimit.workingDays', 7, 5],
        ['timeLimit.text', '৭ কার্যদিবস', '৫ কার্যদিবস'],
      ],
    ],
  );
  const accepted = await call('editor', 'POST', `/editions/${id}/services/${local.id}/template`, { action: 'accept' });
  assert.equal(accepted.status, 200, JSON.stringify(accepted.body));
  const after = (await call('editor', 'GET', `/editions/${id}`)).body as {
    services: { id: number; timeLimit: { workingDays: number }; fee: { amountTaka: number } }[];
  };
  const service = after.services.find((s) => s.id === local.id);
  assert.deepEqual([service?.timeLimit.workingDays, service?.fee.amountTaka], [5, 100], "the template's change in, the office's fee kept");
  assert.deepEqual((await call('editor', 'GET', `/editions/${id}/template-reviews`)).body.reviews, []);
  assert.equal((await call('editor', 'POST', `/editions/${id}/services/${local.id}/template`, { action: 'accept' })).status, 409, 'nothing left to review');

  await call('admin', 'PATCH', `/offices/${tree.hq.id}/template/${firstId}`, { ...training, documents: 'আবেদনপত্র ও জাতীয় পরিচয়পত্র' });
  assert.equal(((await call('editor', 'GET', `/editions/${id}/template-reviews`)).body.reviews as Review[]).length, 1);
  assert.equal((await call('editor', 'POST', `/editions/${id}/services/${local.id}/template`, { action: 'keep' })).status, 200);
  const kept = (await call('editor', 'GET', `/editions/${id}`)).body as { services: { id: number; documents: string }[] };
  assert.equal(kept.services.find((s) => s.id === local.id)?.documents, 'আবেদনপত্র', 'kept its own');
  assert.deepEqual((await call('editor', 'GET', `/editions/${id}/template-reviews`)).body.reviews, []);
});

test('in the browser’s way: the template page, a draft from it, and "the template changed: review" beside the row', async () => {
  const form = (who: string, path: string, fields: Record<string, string>) =>
    app.request(path, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens[who] ?? ''}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  const added = await form('admin', `/offices/${tree.hq.id}/template`, { name: 'জন্ম নিবন্ধন সহায়তা', category: 'citizen', timeWorkingDays: '৩' });
  assert.equal(added.status, 303);
  const page = await (await app.request(`/offices/${tree.upazila.id}/template`)).text();
  assert.match(page, /জন্ম নিবন্ধন সহায়তা/);
  assert.doesNotMatch(page, /<form method="post"/, 'the public reads the template');
  const list = (await call(null, 'GET', `/offices/${tree.hq.id}/template`)).body.services as { id: number; name: string }[];
  const birth = list.find((s) => s.name === 'জন্ম নিবন্ধন সহায়তা');
  assert.ok(birth);
  // The office above has no open edition: start one from the template in the district.
  Object.assign(tokens, await usersWithTokens(database.db, [['districtEditor', tree.district.id, ['editor']]]));
  const made = await form('districtEditor', `/offices/${tree.district.id}/editions`, { from: 'template' });
  assert.equal(made.status, 303);
  const editionUrl = made.headers.get('location') ?? '';
  await call('admin', 'PATCH', `/offices/${tree.hq.id}/template/${birth.id}`, {
    category: 'citizen',
    name: 'জন্ম নিবন্ধন সহায়তা',
    timeLimit: { immediate: false, workingDays: 2, text: '২ কার্যদিবস' },
  });
  const work = await (await app.request(editionUrl, { headers: { authorization: `Bearer ${tokens.districtEditor ?? ''}` } })).text();
  assert.match(work, /আদর্শ তালিকায় এই সেবা বদলেছে: দেখে নিন/);
  const serviceId = /services\/(\d+)\/template/.exec(work)?.[1];
  assert.ok(serviceId);
  const taken = await form('districtEditor', `${editionUrl}/services/${serviceId}/template`, { action: 'accept' });
  assert.equal(taken.status, 303);
  const again = await (await app.request(editionUrl, { headers: { authorization: `Bearer ${tokens.districtEditor ?? ''}` } })).text();
  assert.doesNotMatch(again, /আদর্শ তালিকায় এই সেবা বদলেছে/);
});

test('the administrator changes a standard service in its form; an unchanged save is no new version', async () => {
  type Listed = { id: number; name: string; version: number; category: string; timeLimit: { workingDays: number | null }; fee: { text: string } };
  const read = async () => ((await call(null, 'GET', `/offices/${tree.hq.id}/template`)).body.services as Listed[])[0];
  const first = await read();
  assert.ok(first);
  const page = await (await app.request(`/offices/${tree.hq.id}/template`, { headers: { authorization: `Bearer ${tokens.admin ?? ''}` } })).text();
  assert.match(page, new RegExp(`action="/offices/${tree.hq.id}/template/${first.id}"`));
  const post = (days: string) =>
    app.request(`/offices/${tree.hq.id}/template/${first.id}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${tokens.admin ?? ''}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ name: first.name, category: first.category, timeWorkingDays: days, feeText: first.fee.text }).toString(),
    });
  assert.equal((await post(String(first.timeLimit.workingDays ?? ''))).status, 303);
  assert.equal((await read())?.version, first.version, 'the same values: no new version');
  assert.equal((await post('৪০')).status, 303);
  const after = await read();
  assert.deepEqual([after?.version, after?.timeLimit.workingDays], [first.version + 1, 40], 'a new time limit is a new version');
});
