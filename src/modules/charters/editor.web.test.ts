// The editor's forms without a browser: a bad number re-renders with 400, the values kept and an error
// summary; a file that is no charter is refused in the reader's language and stores nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildTree, operatorCtx, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { addUser, createToken } from '../accounts/accounts.service.ts';
import { importDraft, listEditions } from './charters.service.ts';
import { servicesOf } from './charters.repo.ts';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
let token = '';
let editionId = 0;
let serviceId = 0;

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const ctx = operatorCtx(database.db);
  editionId = (await importDraft(ctx, { officeId: tree.upazila.id, charter: buildCharter(), sourceName: 'a.txt' })).editionId;
  serviceId = (await servicesOf(database.db, editionId))[0]?.id ?? 0;
  await addUser(ctx, { officeId: tree.upazila.id, email: 'editor@debiganj.test', password: 'a-long-password', roles: ['editor'] });
  token = (await createToken(ctx, { email: 'editor@debiganj.test' })).token;
  app = createApp({ db: database.db, now: () => new Date('2025-06-05T04:00:00Z') });
});
after(() => database.close());

const base = () => `/offices/${tree.upazila.id}/editions/${editionId}`;
const post = (path: string, body: BodyInit, type?: string) =>
  app.request(path, { method: 'POST', headers: { authorization: `Bearer ${token}`, ...(type ? { 'content-type': type } : {}) }, body });

test('the service form: a fee that is not a number is a 400 with the values kept; a good one saves and goes back', async () => {
  const page = await (await app.request(`${base()}/services/${serviceId}`, { headers: { authorization: `Bearer ${token}` } })).text();
  assert.match(page, /<input id="name" name="name" value="আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান"/);
  const form = (fee: string) =>
    new URLSearchParams({ name: 'নতুন নাম', category: 'citizen', feeKind: 'amount', feeAmount: fee, timeWorkingDays: '৭', timeText: '৭ কার্যদিবস' }).toString();
  const bad = await post(`${base()}/services/${serviceId}`, form('পাঁচশ'), 'application/x-www-form-urlencoded');
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#feeAmount"/);
  assert.match(html, /value="নতুন নাম"/, 'what was typed is kept');
  assert.match(html, /value="পাঁচশ"/);
  const good = await post(`${base()}/services/${serviceId}`, form('৫০০'), 'application/x-www-form-urlencoded');
  assert.equal(good.status, 303);
  assert.match(good.headers.get('location') ?? '', /#service-1$/);
  const [row] = await servicesOf(database.db, editionId);
  assert.deepEqual([row?.name, row?.feeAmountTaka, row?.timeWorkingDays], ['নতুন নাম', 500, 7], 'Bengali digits read');
});

test('an upload that is no charter is refused with the reason, and no edition is stored', async () => {
  const before = (await listEditions(operatorCtx(database.db), { officeId: tree.upazila.id })).length;
  const data = new FormData();
  data.append('file', new File([new Uint8Array([0, 1, 2, 3, 255, 0, 7])], 'scan.pdf'));
  const res = await post(`/offices/${tree.upazila.id}/editions/upload`, data);
  assert.equal(res.status, 422);
  assert.match(await res.text(), /ফাইলটি থেকে প্রতিশ্রুতি পড়া গেল না/);
  assert.equal((await listEditions(operatorCtx(database.db), { officeId: tree.upazila.id })).length, before);
});

test("an editor's import never changes who holds a post in another office", async () => {
  const { tokenActor } = await import('../accounts/accounts.service.ts');
  const { currentHolders, postsOfOffice } = await import('../officials/officials.repo.ts');
  const { buildPerson, buildService } = await import('../../../test/helpers/factories.ts');
  const named = (name: string) =>
    buildCharter({
      services: [buildService({ serial: 1, superior: buildPerson({ name, designation: 'প্রোগ্রামার', districtCode: '77', phones: ['+8801717447709'] }) })],
    });
  await importDraft(operatorCtx(database.db), { officeId: tree.upazila.id, charter: named('জনাব প্রথম জন'), sourceName: 'op.txt' });
  const holder = async () => {
    const posts = (await postsOfOffice(database.db, tree.district.id)).filter((p) => p.designation === 'প্রোগ্রামার');
    return (
      await currentHolders(
        database.db,
        posts.map((p) => p.id),
      )
    ).map((h) => h.name);
  };
  assert.deepEqual(await holder(), ['জনাব প্রথম জন'], 'the operator may');
  const actor = await tokenActor(database.db, token, new Date());
  assert.ok(actor);
  const { editionId: mine } = await importDraft(
    { db: database.db, actor, now: new Date() },
    { officeId: tree.upazila.id, charter: named('জনাব দ্বিতীয় জন'), sourceName: 'ed.txt' },
  );
  assert.deepEqual(await holder(), ['জনাব প্রথম জন'], 'the upazila editor may not change the district post');
  const rows = await servicesOf(database.db, mine);
  const districtPosts = (await postsOfOffice(database.db, tree.district.id)).map((p) => p.id);
  assert.ok(rows[0]?.superiorPostId && districtPosts.includes(rows[0].superiorPostId), 'the row points at the district post that is there');
});

test('the service form: channels from a list plus free text, and the findings beside the fields they concern', async () => {
  const { editionId: id } = await importDraft(operatorCtx(database.db), { officeId: tree.district.id, charter: buildCharter(), sourceName: 'c.txt' });
  const [row] = await servicesOf(database.db, id);
  assert.ok(row);
  const { usersWithTokens } = await import('../../../test/helpers/factories.ts');
  const { district } = await usersWithTokens(database.db, [['district', tree.district.id, ['editor']]]);
  const url = `/offices/${tree.district.id}/editions/${id}/services/${row.id}`;
  // A save lints the edition (a charter given as JSON comes without the importer's lint).
  await app.request(`/api/editions/${id}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${district ?? ''}`, 'content-type': 'application/json' },
    body: '{}',
  });
  const page = await (await app.request(url, { headers: { authorization: `Bearer ${district ?? ''}` } })).text();
  assert.match(page, /<input id="channel-\d" name="channel" type="checkbox" value="টেলিফোন" checked=""/, 'a standard channel ticked');
  assert.match(page, /<textarea id="channels" name="otherChannels"[^>]*>দাপ্তরিক ওয়েব সাইট<\/textarea>/, 'another one as typed');
  assert.match(
    page,
    /id="responsiblePostId"[\s\S]*?<\/select><\/div><div class="field-findings" role="note">[\s\S]*?designation\.renamed/,
    'the old designation beside the officer',
  );
  const body = new URLSearchParams({ name: row.name, category: 'citizen', feeKind: 'free', otherChannels: 'মোবাইল অ্যাপ\nদাপ্তরিক ওয়েব সাইট' });
  body.append('channel', 'ই-মেইল');
  body.append('channel', 'টেলিফোন');
  const saved = await app.request(url, {
    method: 'POST',
    headers: { authorization: `Bearer ${district ?? ''}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: body.toString(),
  });
  assert.equal(saved.status, 303);
  const [after] = await servicesOf(database.db, id);
  assert.deepEqual(after?.channels, ['দাপ্তরিক ওয়েব সাইট', 'টেলিফোন', 'ই-মেইল', 'মোবাইল অ্যাপ'], 'the order as written kept, the new ones after');
});
