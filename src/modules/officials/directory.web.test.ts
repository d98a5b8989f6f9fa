// The officials directory and the audit log in the browser's way: a new holder of a post shows in every
// charter row that points at it, the office's contacts on its page, and who may read the log.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildTree, operatorCtx, usersWithTokens, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { importDraft } from '../charters/charters.service.ts';
import { publishEdition } from '../charters/review.service.ts';
import { postsOfOffice } from './officials.repo.ts';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const ctx = operatorCtx(database.db);
  const { editionId } = await importDraft(ctx, { officeId: tree.upazila.id, charter: buildCharter(), sourceName: 'a.txt' });
  await publishEdition(ctx, { editionId });
  Object.assign(
    tokens,
    await usersWithTokens(database.db, [
      ['editor', tree.upazila.id, ['editor']],
      ['head', tree.upazila.id, ['head']],
      ['district', tree.district.id, ['reviewer']],
    ]),
  );
  app = createApp({ db: database.db, now: () => new Date('2025-06-05T04:00:00Z') });
});
after(() => database.close());

const as = (who: string | null, path: string, body?: Record<string, string>) =>
  app.request(path, {
    method: body ? 'POST' : 'GET',
    headers: { ...(who ? { authorization: `Bearer ${tokens[who] ?? ''}` } : {}), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
    ...(body ? { body: new URLSearchParams(body).toString() } : {}),
  });

test('a new holder of a post shows in the published charter; the old one is kept in the directory', async () => {
  const [post] = (await postsOfOffice(database.db, tree.upazila.id)).filter((p) => p.designation === 'সহকারী প্রোগ্রামার');
  assert.ok(post);
  assert.equal((await as(null, `/offices/${tree.upazila.id}/officials/${post.id}`, { name: 'x' })).status, 403, 'the public may not');
  const res = await as('editor', `/offices/${tree.upazila.id}/officials/${post.id}`, { name: 'জনাব নতুন কর্মকর্তা', phone: '০১৭১১-০০০০০১', email: 'New@x.test' });
  assert.equal(res.status, 303);
  const charter = (await (await as(null, `/api/offices/${tree.upazila.id}/charter`)).json()) as {
    services: { responsible: { name: string; phones: string[]; emails: string[] } }[];
  };
  assert.deepEqual(
    [charter.services[0]?.responsible.name, charter.services[0]?.responsible.phones, charter.services[0]?.responsible.emails],
    ['জনাব নতুন কর্মকর্তা', ['+8801711000001'], ['new@x.test']],
  );
  const page = await (await as(null, `/offices/${tree.upazila.id}/officials`)).text();
  assert.match(page, /জনাব নতুন কর্মকর্তা/);
  assert.match(page, /আগে যাঁরা ছিলেন: মোঃ ইলিয়াজ হোসেন/);
  assert.doesNotMatch(page, /<form/, 'the public reads, does not edit');
  const bad = await as('editor', `/offices/${tree.upazila.id}/officials/${post.id}`, { name: 'y', phone: '12' });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /ফোন নম্বরটি সঠিক নয়/);
});

test("the office's contacts are kept in the directory and shown on the office page", async () => {
  const res = await as('head', `/offices/${tree.upazila.id}/officials/contacts`, {
    phone: '০৫৬৮২-৫৫৫৫৫',
    email: 'uno@x.gov.bd',
    hours: 'রবি–বৃহস্পতি, সকাল ৯টা–বিকেল ৫টা',
    address: 'উপজেলা পরিষদ, দেবীগঞ্জ',
  });
  assert.equal(res.status, 303);
  const office = await (await as(null, `/offices/${tree.upazila.id}`)).text();
  assert.match(office, /href="tel:\+880568255555"/, 'kept in E.164');
  assert.match(office, />০৫৬৮২৫৫৫৫৫</, 'shown in Bengali digits');
  assert.match(office, /mailto:uno@x\.gov\.bd/);
  assert.match(office, /রবি–বৃহস্পতি/);
  const bad = await as('head', `/offices/${tree.upazila.id}/officials/contacts`, { email: 'not-an-address' });
  assert.equal(bad.status, 400);
});

test('the audit log: the head and the office above read it, the editor and the public do not', async () => {
  const head = await as('head', `/offices/${tree.upazila.id}/audit`);
  assert.equal(head.status, 200);
  const html = await head.text();
  assert.match(html, /post_holder|post \d+ assign/);
  assert.match(html, /editor@test\.gov\.bd/, 'who changed the holder');
  assert.match(html, /office \d+ contacts/);
  assert.equal((await as('district', `/offices/${tree.upazila.id}/audit`)).status, 200, 'the reviewer above');
  assert.equal((await as('editor', `/offices/${tree.upazila.id}/audit`)).status, 403);
  assert.equal((await as(null, `/offices/${tree.upazila.id}/audit`)).status, 401);
  assert.equal((await as('head', `/offices/${tree.district.id}/audit`)).status, 403, 'never up');
});

test('a post is added to the directory; an empty designation is a 400 with the error beside the field', async () => {
  const added = await as('head', `/offices/${tree.upazila.id}/officials/posts`, { designation: 'হিসাবরক্ষক', room: '১০৪' });
  assert.equal(added.status, 303);
  assert.ok((await postsOfOffice(database.db, tree.upazila.id)).some((p) => p.designation === 'হিসাবরক্ষক' && p.room === '১০৪'));
  const empty = await as('head', `/offices/${tree.upazila.id}/officials/posts`, { designation: '  ' });
  assert.equal(empty.status, 400);
  assert.match(await empty.text(), /href="#designation"/);
  assert.equal((await as('district', `/offices/${tree.upazila.id}/officials/posts`, { designation: 'x' })).status, 403, 'a reviewer above does not keep it');
});
