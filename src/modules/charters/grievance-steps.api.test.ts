// PUT /api/editions/:id/grievance-steps: the whole list replaced, sorted and renumbered, a post or a contact as
// written; refused when not valid, for a post outside the office and those above, for whoever may not edit,
// and once the draft is submitted. A contact as written stays through the browser's form.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildPerson, buildTree, operatorCtx, usersWithTokens, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { createOffice } from '../offices/offices.service.ts';
import { ensurePost } from '../officials/officials.service.ts';
import { importDraft } from './charters.service.ts';
import { findEdition, loadEditionRows } from './charters.repo.ts';
import { entriesAbout } from '../audit/audit.service.ts';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
let editionId = 0;
let districtPost = 0;
let sideways = 0;
let tokens: Record<string, string> = {};

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const ctx = operatorCtx(database.db);
  editionId = (await importDraft(ctx, { officeId: tree.upazila.id, charter: buildCharter(), sourceName: 'a.txt' })).editionId;
  const person = (designation: string) => ({ ...buildPerson({ designation }), mentions: [] });
  districtPost = await ensurePost(ctx, tree.district.id, person('জেলা আইসিটি অফিসার'));
  const other = await createOffice(ctx, { parentId: tree.district.id, level: 'upazila', nameBn: 'উপজেলা কার্যালয়, বোদা', nameEn: 'Upazila Office, Boda' });
  sideways = await ensurePost(ctx, other.id, person('উপজেলা আইসিটি অফিসার'));
  tokens = await usersWithTokens(database.db, [
    ['editor', tree.upazila.id, ['editor']],
    ['head', tree.upazila.id, ['head']],
    ['above', tree.district.id, ['editor']],
  ]);
  app = createApp({ db: database.db, now: () => new Date('2025-06-05T04:00:00Z') });
});
after(() => database.close());

const put = async (who: string, json: unknown) => {
  const res = await app.request(`/api/editions/${editionId}/grievance-steps`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json' },
    body: JSON.stringify(json),
  });
  return { status: res.status, body: (await res.json()) as Record<string, never> & { error?: { code: string; fields: Record<string, string> } } };
};
const stepsOf = async () => {
  const edition = await findEdition(database.db, editionId);
  assert.ok(edition);
  return (await loadEditionRows(database.db, edition)).grievanceSteps;
};

const appeal = buildPerson({ name: 'জনাব আপিল', designation: 'উপপরিচালক', phones: ['+8801711000000'] });

test('the whole list: sorted by order, numbered 1, 2, 3; a post above and a contact as written; audited; the edition back', async () => {
  const res = await put('editor', {
    steps: [
      { order: 3, when: 'আপিলে সমাধান না পেলে', role: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', contactText: 'www.grs.gov.bd', workingDays: 60 },
      { order: 1, when: 'সমাধান না পেলে', role: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', contact: { postId: districtPost }, workingDays: 30 },
      { order: 2, when: 'অনিক সমাধান দিতে না পারলে', role: 'আপিল কর্মকর্তা', contact: appeal, workingDays: 20 },
    ],
  });
  assert.equal(res.status, 200, JSON.stringify(res.body));
  const shown = (res.body as unknown as { charter: { grievanceSteps: { order: number; role: string; contact: { designation: string } | null }[] } }).charter
    .grievanceSteps;
  assert.deepEqual(
    shown.map((g) => [g.order, g.role, g.contact?.designation ?? null]),
    [
      [1, 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', 'জেলা আইসিটি অফিসার'],
      [2, 'আপিল কর্মকর্তা', 'উপপরিচালক'],
      [3, 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', null],
    ],
  );
  const rows = await stepsOf();
  assert.deepEqual(
    rows.map((g) => [g.postId, g.contact?.name ?? null, g.workingDays]),
    [
      [districtPost, null, 30],
      [null, 'জনাব আপিল', 20],
      [null, null, 60],
    ],
  );
  const log = await entriesAbout(operatorCtx(database.db), 'charter_edition', [editionId]);
  assert.ok(
    log.some((e) => e.action === 'update' && JSON.stringify(e.after).includes('grievanceSteps')),
    'an audit entry',
  );
});

test('the browser form keeps a contact as written unless another is chosen', async () => {
  const page = await (await app.request(`/offices/${tree.upazila.id}/editions/${editionId}`, { headers: { authorization: `Bearer ${tokens.editor}` } })).text();
  assert.match(page, /<option value="kept" selected="">যেমন লেখা আছে: উপপরিচালক, জনাব আপিল<\/option>/);
  const form = new URLSearchParams({ rows: '1', 'g1-from': '2', 'g1-order': '1', 'g1-role': 'আপিল কর্মকর্তা', 'g1-days': '২০', 'g1-post': 'kept' });
  const res = await app.request(`/offices/${tree.upazila.id}/editions/${editionId}/grievance-steps`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.editor}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  assert.equal(res.status, 303);
  assert.deepEqual(
    (await stepsOf()).map((g) => [g.stepOrder, g.role, g.contact?.name ?? null]),
    [[1, 'আপিল কর্মকর্তা', 'জনাব আপিল']],
  );
});

test('refused: not valid (with the field), a post sideways, another key, and whoever may not edit', async () => {
  const bad = await put('editor', { steps: [{ role: 'এক', workingDays: 'ত্রিশ' }, { role: '' }] });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error?.code, 'edition.invalid');
  assert.deepEqual(Object.keys(bad.body.error?.fields ?? {}).sort(), ['steps.0.workingDays', 'steps.1.role']);
  assert.equal((await put('editor', { steps: [{ role: 'এক', contact: { postId: sideways } }] })).body.error?.code, 'post.not-found');
  assert.equal((await put('editor', { steps: [], extra: 1 })).status, 400);
  assert.equal((await put('editor', { step: [] })).status, 400, 'no steps is not "remove them all"');
  assert.equal((await put('head', { steps: [] })).status, 403);
  assert.equal((await put('above', { steps: [] })).status, 404, 'an editor above edits only their own: to them the draft is not there');
  assert.equal((await stepsOf()).length, 1, 'nothing changed');
});

test('once submitted, the steps no longer change (409)', async () => {
  const sub = await app.request(`/api/editions/${editionId}/submit`, { method: 'POST', headers: { authorization: `Bearer ${tokens.editor}` } });
  assert.equal(sub.status, 200);
  const res = await put('editor', { steps: [] });
  assert.equal(res.status, 409);
  assert.equal(res.body.error?.code, 'edition.not-editable');
});
