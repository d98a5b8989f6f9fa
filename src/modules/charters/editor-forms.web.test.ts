// The workspace's own forms without a browser: expectations one a line, the grievance table (change, add,
// remove, reorder; Bengali digits; a 400 with the values kept), a service's place and alternate officer, and a
// publication with errors and no reason answered by the workspace again, the errors listed.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildService, buildTree, operatorCtx, usersWithTokens, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { findEdition, loadEditionRows, servicesOf } from './charters.repo.ts';
import { importDraft } from './charters.service.ts';
import { postsOfOffice } from '../officials/officials.repo.ts';
import { messageOf, whereOf } from '../../charter/lint/render.ts';
import { lintCharter } from '../../charter/lint/index.ts';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
let editionId = 0;
let hqEditionId = 0;
let tokens: Record<string, string> = {};

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const ctx = operatorCtx(database.db);
  const charter = buildCharter({
    services: [buildService({ serial: 1, name: 'প্রথম সেবা' }), buildService({ serial: 2, name: 'দ্বিতীয় সেবা' })],
  });
  editionId = (await importDraft(ctx, { officeId: tree.upazila.id, charter, sourceName: 'a.txt' })).editionId;
  // Headquarters has no office above: its head publishes a draft; this one has an error (no responsible officer).
  const withError = buildCharter({ services: [buildService({ responsible: null })] });
  withError.findings = lintCharter(withError);
  hqEditionId = (await importDraft(ctx, { officeId: tree.hq.id, charter: withError, sourceName: 'hq.txt' })).editionId;
  tokens = await usersWithTokens(database.db, [
    ['editor', tree.upazila.id, ['editor']],
    ['head', tree.hq.id, ['head']],
  ]);
  app = createApp({ db: database.db, now: () => new Date('2025-06-05T04:00:00Z') });
});
after(() => database.close());

const base = (officeId = tree.upazila.id, id = editionId) => `/offices/${officeId}/editions/${id}`;
const get = async (path: string, who = 'editor') => {
  const res = await app.request(path, { headers: { authorization: `Bearer ${tokens[who]}` } });
  return { status: res.status, html: await res.text() };
};
const post = (path: string, fields: Record<string, string>, who = 'editor') =>
  app.request(path, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  });
const rowsOf = async (id = editionId) => {
  const edition = await findEdition(database.db, id);
  assert.ok(edition);
  return loadEditionRows(database.db, edition);
};

test('expectations: one a line, blank lines left out; a line too long is a 400 with the text kept', async () => {
  const page = await get(base());
  assert.equal(page.status, 200);
  assert.match(page.html, /<textarea id="expectations-list" name="expectations"[^>]*>স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান<\/textarea>/);
  const good = await post(`${base()}/expectations`, { expectations: 'সঠিক তথ্য দিন\r\n\r\n  নির্ধারিত ফি পরিশোধ করুন  ' });
  assert.equal(good.status, 303);
  assert.deepEqual(
    (await rowsOf()).expectations.map((e) => e.text),
    ['সঠিক তথ্য দিন', 'নির্ধারিত ফি পরিশোধ করুন'],
  );
  const long = 'ক'.repeat(1001);
  const bad = await post(`${base()}/expectations`, { expectations: `প্রথম লাইন\n${long}` });
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#expectations-list"/);
  assert.ok(html.includes(`প্রথম লাইন\n${long}</textarea>`), 'what was typed is kept');
  assert.equal((await rowsOf()).expectations.length, 2, 'nothing saved');
});

test('grievance steps in the browser: change one, add one in the empty row with a post, Bengali digits read', async () => {
  const page = await get(base());
  assert.match(page.html, /<input id="g1-role" name="g1-role" value="অভিযোগ নিষ্পত্তি কর্মকর্তা \(অনিক\)"/);
  assert.match(page.html, /<input id="g2-role" name="g2-role" value=""/, 'an empty row to add a step');
  assert.match(page.html, /<label for="g2-days" class="visually-hidden">ধাপ ২: নিষ্পত্তির সময়সীমা<\/label>/);
  const post1 = (await postsOfOffice(database.db, tree.district.id))[0] ?? (await postsOfOffice(database.db, tree.upazila.id))[0];
  assert.ok(post1, 'the import made posts');
  const res = await post(`${base()}/grievance-steps`, {
    rows: '2',
    'g1-from': '1',
    'g1-order': '১',
    'g1-when': 'সমাধান না পেলে',
    'g1-role': 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)',
    'g1-contact-text': 'কক্ষ ২০১',
    'g1-days': '৩০',
    'g1-post': '',
    'g2-from': '',
    'g2-order': '২',
    'g2-when': 'অনিক সমাধান দিতে না পারলে',
    'g2-role': 'আপিল কর্মকর্তা',
    'g2-contact-text': '',
    'g2-days': '২০',
    'g2-post': String(post1.id),
  });
  assert.equal(res.status, 303);
  assert.match(res.headers.get('location') ?? '', /#grievance$/);
  const steps = (await rowsOf()).grievanceSteps;
  assert.deepEqual(
    steps.map((g) => [g.stepOrder, g.role, g.workingDays, g.contactText, g.postId]),
    [
      [1, 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', 30, 'কক্ষ ২০১', null],
      [2, 'আপিল কর্মকর্তা', 20, '', post1.id],
    ],
  );
  const again = await get(base());
  assert.match(again.html, new RegExp(`<option value="${post1.id}" selected="">`), 'the chosen post is shown chosen');
});

test('grievance steps: working days that are no number re-render with 400, every row kept, nothing saved', async () => {
  const res = await post(`${base()}/grievance-steps`, {
    rows: '3',
    'g1-from': '1',
    'g1-order': '1',
    'g1-role': 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)',
    'g1-days': 'ত্রিশ',
    'g2-from': '2',
    'g2-order': '2',
    'g2-role': 'আপিল কর্মকর্তা',
    'g2-days': '২০',
    'g3-order': '3',
    'g3-role': 'নতুন ধাপের কর্মকর্তা',
    'g3-days': '২.৫',
  });
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#g1-days">ধাপ ১: নিষ্পত্তির সময়সীমা: এখানে একটি সংখ্যা দিন/);
  assert.match(html, /<input id="g1-days" name="g1-days" value="ত্রিশ"/, 'what was typed is kept');
  assert.match(html, /<input id="g3-role" name="g3-role" value="নতুন ধাপের কর্মকর্তা"/, 'the new row is kept');
  assert.equal((await rowsOf()).grievanceSteps.length, 2, 'nothing saved');
  // A number that is not whole is the use case's refusal, put on the row it came from.
  const half = await post(`${base()}/grievance-steps`, { rows: '1', 'g1-order': '1', 'g1-role': 'এক', 'g1-days': '২.৫' });
  assert.equal(half.status, 400);
  assert.match(await half.text(), /href="#g1-days">ধাপ ১: নিষ্পত্তির সময়সীমা: এখানে ১ বা তার বেশি একটি পূর্ণ সংখ্যা দিন/);
});

test('grievance steps: an empty role removes the row; the numbers reorder the steps', async () => {
  const res = await post(`${base()}/grievance-steps`, {
    rows: '3',
    'g1-from': '1',
    'g1-order': '1',
    'g1-role': '',
    'g1-days': '৩০',
    'g2-from': '2',
    'g2-order': '৫',
    'g2-role': 'আপিল কর্মকর্তা',
    'g2-days': '২০',
    'g3-order': '৪',
    'g3-role': 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল',
    'g3-days': '৬০',
  });
  assert.equal(res.status, 303);
  assert.deepEqual(
    (await rowsOf()).grievanceSteps.map((g) => [g.stepOrder, g.role, g.workingDays]),
    [
      [1, 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', 60],
      [2, 'আপিল কর্মকর্তা', 20],
    ],
  );
});

test('the service form: the place in the list and the alternate officer; a place that is no number is a 400', async () => {
  const [first, second] = await servicesOf(database.db, editionId);
  assert.ok(first && second);
  const page = await get(`${base()}/services/${second.id}`);
  assert.match(page.html, /<input id="position" name="position" inputmode="numeric" size="4" value="2"/);
  assert.match(page.html, /<select id="alternatePostId" name="alternatePostId">/);
  const choice = first.responsiblePostId;
  assert.ok(choice);
  const fields = (position: string) => ({
    name: 'দ্বিতীয় সেবা',
    category: 'citizen',
    feeKind: 'free',
    timeWorkingDays: '৩',
    responsiblePostId: String(choice),
    alternatePostId: String(choice),
    position,
  });
  const bad = await post(`${base()}/services/${second.id}`, fields('প্রথমে'));
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /href="#position"/);
  assert.match(html, /value="প্রথমে"/, 'what was typed is kept');
  assert.match(
    html,
    new RegExp(
      `<select id="alternatePostId" name="alternatePostId"><option value="">[^<]*</option>(<option[^>]*>[^<]*</option>)*<option value="${choice}" selected=""`,
    ),
  );
  const good = await post(`${base()}/services/${second.id}`, fields('১'));
  assert.equal(good.status, 303);
  assert.match(good.headers.get('location') ?? '', /#service-1$/, 'it is the first now');
  const after = await servicesOf(database.db, editionId);
  assert.deepEqual(
    after.map((s) => s.name),
    ['দ্বিতীয় সেবা', 'প্রথম সেবা'],
  );
  assert.equal(after[0]?.alternatePostId, choice);
});

test('publishing with errors and no reason: the workspace again with 400, the errors listed, the reason kept', async () => {
  const edition = await findEdition(database.db, hqEditionId);
  const errors = (edition?.findings ?? []).filter((f) => f.severity === 'error');
  assert.ok(errors.length > 0, 'the draft has an error');
  const res = await post(`${base(tree.hq.id, hqEditionId)}/publish`, { override: '  ' }, 'head');
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#override">প্রকাশ করুন: ত্রুটিসহ প্রকাশ করতে কারণ লেখা আবশ্যক।/);
  const decoded = html
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  for (const f of errors) assert.ok(decoded.includes(`${whereOf(f, 'bn')}: ${messageOf(f, 'bn')}`), `lists ${f.code}`);
  assert.match(html, /<textarea id="override" name="override"[^>]*aria-describedby="override-error override-findings"> {2}<\/textarea>/, 'kept');
  assert.equal((await findEdition(database.db, hqEditionId))?.status, 'draft', 'not published');
  const done = await post(`${base(tree.hq.id, hqEditionId)}/publish`, { override: 'পরের সংস্করণে ঠিক হবে' }, 'head');
  assert.equal(done.status, 303);
});
