// The editions API end to end: a draft from the published edition, edited, submitted to the office above,
// commented on a row, changed, approved, published; and the answers for who may not.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildService, buildTree, operatorCtx, usersWithTokens, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { importDraft } from './charters.service.ts';
import { publishEdition } from './review.service.ts';
import { listOutbox } from '../notifications/outbox.service.ts';
import { toBengaliDigits as bn } from '../../bangla/digits.ts';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
let publishedId = 0;
const now = new Date('2025-07-10T04:00:00Z');
const tokens: Record<string, string> = {};

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const ctx = operatorCtx(database.db, now);
  const charter = buildCharter({
    services: [buildService({ serial: 1, name: 'ডিজিটাল সেন্টারের সেবা' }), buildService({ serial: 2, name: 'প্রশিক্ষণ আয়োজন' })],
    grievanceSteps: [
      { order: 1, when: 'সমাধান না পেলে', role: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', contact: null, contactText: '', workingDays: 30 },
      { order: 2, when: 'অনিক সমাধান দিতে না পারলে', role: 'আপিল কর্মকর্তা', contact: null, contactText: '', workingDays: 20 },
      { order: 3, when: 'আপিলে সমাধান না পেলে', role: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', contact: null, contactText: '', workingDays: 60 },
    ],
  });
  publishedId = (await importDraft(ctx, { officeId: tree.upazila.id, charter, sourceName: 'seed.txt' })).editionId;
  await publishEdition(ctx, { editionId: publishedId });
  Object.assign(
    tokens,
    await usersWithTokens(database.db, [
      ['editor', tree.upazila.id, ['editor']],
      ['head', tree.upazila.id, ['head']],
      ['reviewer', tree.district.id, ['reviewer']],
      ['beside', tree.district.id, ['editor']],
    ]),
  );
  app = createApp({ db: database.db, now: () => now });
});
after(() => database.close());

const call = async (who: string | null, method: string, path: string, json?: unknown) => {
  const headers: Record<string, string> = {};
  if (who) headers.authorization = `Bearer ${tokens[who] ?? 'nobody'}`;
  if (json !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(`/api${path}`, { method, headers, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as Record<string, unknown> & { error?: { code: string; message: string } } };
};

interface EditionJson {
  status: string;
  services: { id: number; name: string; fee: { kind: string; amountTaka: number | null } }[];
  comments: { serviceId: number | null; text: string }[];
}

test('the journey: draft from the published edition, edit, submit, comment on a row, change, approve, publish', async () => {
  const made = await call('editor', 'POST', `/offices/${tree.upazila.id}/editions`);
  assert.equal(made.status, 201, JSON.stringify(made.body));
  const id = made.body.id as number;
  assert.equal(made.body.basedOnId, publishedId);
  assert.equal((await call('editor', 'POST', `/offices/${tree.upazila.id}/editions`)).body.error?.code, 'edition.open-exists');

  const draft = (await call('editor', 'GET', `/editions/${id}`)).body as unknown as EditionJson;
  assert.equal(draft.status, 'draft');
  assert.deepEqual(
    draft.services.map((s) => s.name),
    ['ডিজিটাল সেন্টারের সেবা', 'প্রশিক্ষণ আয়োজন'],
  );
  const [first, second] = draft.services;
  assert.ok(first && second);

  const renamed = await call('editor', 'PATCH', `/editions/${id}/services/${first.id}`, { name: 'ডিজিটাল সেন্টারের সকল সেবা' });
  assert.equal(renamed.status, 200, JSON.stringify(renamed.body));
  const service = renamed.body.service as EditionJson['services'][number] & { timeLimit: { workingDays: number }; responsible: { name: string } };
  assert.equal(service.name, 'ডিজিটাল সেন্টারের সকল সেবা');
  assert.equal(service.fee.kind, 'free', 'a patch changes only what it names');
  assert.equal(service.timeLimit.workingDays, 3);
  assert.equal(service.responsible.name, 'মোঃ ইলিয়াজ হোসেন', 'the officer stays, through the post');
  const added = await call('editor', 'POST', `/editions/${id}/services`, { category: 'citizen', name: 'তথ্য অধিকার আবেদন গ্রহণ' });
  assert.equal(added.status, 201, JSON.stringify(added.body));
  const addedId = (added.body.service as { id: number }).id;
  assert.equal((await call('editor', 'DELETE', `/editions/${id}/services/${addedId}`)).status, 204);
  assert.equal((await call('editor', 'PATCH', `/editions/${id}`, { vision: 'সবার জন্য ডিজিটাল সেবা' })).status, 200);

  assert.equal((await call('editor', 'POST', `/editions/${id}/submit`)).body.status, 'submitted');
  const locked = await call('editor', 'PATCH', `/editions/${id}/services/${second.id}`, { name: 'x' });
  assert.equal(locked.status, 409, 'a submitted edition waits for its reviewer');

  const comment = await call('reviewer', 'POST', `/editions/${id}/comments`, { text: 'ফি কত তা লিখুন', serviceId: second.id });
  assert.equal(comment.status, 201, JSON.stringify(comment.body));
  assert.equal(comment.body.status, 'changes_requested');
  const fee = await call('editor', 'PATCH', `/editions/${id}/services/${second.id}`, {
    fee: { kind: 'amount', amountTaka: 500, text: '৫০০ টাকা', paymentMethod: 'নগদ' },
  });
  assert.equal(fee.status, 200, JSON.stringify(fee.body));
  const answered = await call('editor', 'POST', `/editions/${id}/comments`, { text: 'লেখা হয়েছে', serviceId: second.id });
  assert.equal(answered.body.status, 'changes_requested', 'an answer does not change the state');
  assert.equal((await call('editor', 'POST', `/editions/${id}/approve`)).status, 403, 'the editor cannot approve');
  assert.equal((await call('reviewer', 'POST', `/editions/${id}/approve`)).body.status, 'approved');

  assert.equal((await call('editor', 'POST', `/editions/${id}/publish`)).status, 403, 'only the head publishes');
  const published = await call('head', 'POST', `/editions/${id}/publish`, {});
  assert.equal(published.status, 200, JSON.stringify(published.body));
  const again = await call('editor', 'PATCH', `/editions/${id}/services/${second.id}`, { name: 'y' });
  assert.equal(again.status, 409, 'a published edition never changes');

  const seen = (await call(null, 'GET', `/offices/${tree.upazila.id}/charter`)).body as unknown as {
    services: { name: string; fee: { amountTaka: number | null } }[];
    edition: { id: number };
  };
  assert.equal(seen.edition.id, id);
  assert.equal(seen.services[0]?.name, 'ডিজিটাল সেন্টারের সকল সেবা');
  assert.equal(seen.services[1]?.fee.amountTaka, 500);
  const listed = (await call(null, 'GET', `/offices/${tree.upazila.id}/editions`)).body.editions as { id: number; status: string }[];
  assert.deepEqual(
    listed.map((e) => e.id),
    [id, publishedId],
    'newest first, published only for the public',
  );
  const diff = (await call(null, 'GET', `/editions/${publishedId}/diff/${id}`)).body as unknown as {
    summary: Record<string, number>;
    services: { changed: { service: { name: string; b: { id: number } }; fields: { path: string; before: unknown; after: unknown }[] }[] };
    fields: { path: string; after: unknown }[];
  };
  assert.deepEqual(diff.summary, { fields: 2, added: 0, removed: 0, moved: 0, changed: 2, unchanged: 0 });
  assert.deepEqual(
    diff.services.changed.map((x) => [x.service.b.id, x.fields.map((f) => f.path)]),
    [
      [first.id, ['name']],
      [second.id, ['fee.kind', 'fee.amountTaka', 'fee.text', 'fee.paymentMethod']],
    ],
    'exactly the rows and fields that changed',
  );
  assert.deepEqual(
    diff.fields.map((f) => [f.path, f.after]),
    [
      ['vision', 'সবার জন্য ডিজিটাল সেবা'],
      ['signOff.date', '2025-07-10'],
    ],
    'the vision, and the new edition dated the day it was published',
  );
  // Each step told its people by e-mail through the outbox, never the person who acted.
  // Subjects are Bangla, then English.
  const told = (await listOutbox(database.db, { limit: 100 })).map((n) => `${n.recipient} ${n.subject.split(' / ')[0] ?? ''}`).reverse();
  assert.deepEqual(
    told.map((x) => x.replace(/উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়/, 'দেবীগঞ্জ')),
    [
      `reviewer@test.gov.bd দেবীগঞ্জ: সংস্করণ ${bn(2)} পর্যালোচনার জন্য জমা দেওয়া হয়েছে`,
      `editor@test.gov.bd দেবীগঞ্জ: সংস্করণ ${bn(2)}-এ পর্যালোচকের মন্তব্য`,
      `head@test.gov.bd দেবীগঞ্জ: সংস্করণ ${bn(2)}-এ পর্যালোচকের মন্তব্য`,
      `reviewer@test.gov.bd দেবীগঞ্জ: সংস্করণ ${bn(2)}-এ মন্তব্যের উত্তর`,
      `editor@test.gov.bd দেবীগঞ্জ: সংস্করণ ${bn(2)} অনুমোদিত; এখন প্রকাশ করা যায়`,
      `head@test.gov.bd দেবীগঞ্জ: সংস্করণ ${bn(2)} অনুমোদিত; এখন প্রকাশ করা যায়`,
      `editor@test.gov.bd দেবীগঞ্জ: সংস্করণ ${bn(2)} প্রকাশিত`,
    ],
  );
  const view = (await call('editor', 'GET', `/editions/${id}`)).body as unknown as EditionJson;
  assert.deepEqual(
    view.comments.map((m) => [m.serviceId, m.text]),
    [
      [second.id, 'ফি কত তা লিখুন'],
      [second.id, 'লেখা হয়েছে'],
    ],
  );
});

test('401 without a valid token, 403 outside the rights, 404 for a draft one may not see, 400 for bad input', async () => {
  const made = await call('editor', 'POST', `/offices/${tree.district.id}/editions`);
  assert.equal(made.status, 403, 'an editor edits only their own office');
  assert.equal((await call(null, 'POST', `/offices/${tree.upazila.id}/editions`)).status, 403, 'a form post without a CSRF token');
  assert.equal((await call('nobody', 'GET', `/offices/${tree.upazila.id}/editions`)).status, 401);
  const mine = await call('beside', 'POST', `/offices/${tree.district.id}/editions`);
  assert.equal(mine.status, 201);
  const draftId = mine.body.id as number;
  assert.equal((await call('editor', 'GET', `/editions/${draftId}`)).status, 404, 'an upazila editor does not see the district draft');
  assert.equal((await call(null, 'GET', `/editions/${draftId}`)).status, 404);
  const bad = await call('beside', 'POST', `/editions/${draftId}/services`, { category: 'citizen', name: '' });
  assert.equal(bad.status, 400);
  assert.equal(bad.body.error?.code, 'service.invalid');
  assert.ok((bad.body.error as unknown as { fields: Record<string, string> }).fields.name);
  const broken = await app.request(`/api/editions/${draftId}`, {
    method: 'PATCH',
    headers: { authorization: `Bearer ${tokens.beside}`, 'content-type': 'application/json' },
    body: '{"vision": ',
  });
  assert.equal(broken.status, 400);
  assert.equal(((await broken.json()) as { error: { code: string } }).error.code, 'request.invalid-json');
});

test('publishing an edition with errors needs a reason; the reason and the count are kept and shown', async () => {
  const ctx = operatorCtx(database.db, now);
  const withErrors = buildCharter({
    services: [buildService({ serial: 1 })],
    findings: [{ severity: 'error', code: 'vision.missing', params: {}, location: { section: '1', row: null, column: null, line: null } }],
  });
  const { editionId } = await importDraft(ctx, { officeId: tree.hq.id, charter: withErrors, sourceName: 'hq.txt' });
  Object.assign(tokens, await usersWithTokens(database.db, [['hqHead', tree.hq.id, ['head']]]));
  const refused = await call('hqHead', 'POST', `/editions/${editionId}/publish`);
  assert.equal(refused.status, 409);
  assert.equal(refused.body.error?.code, 'edition.has-errors');
  assert.match(refused.body.error?.message ?? '', /১টি ত্রুটি/);
  const done = await call('hqHead', 'POST', `/editions/${editionId}/publish`, { override: 'পুরোনো প্রতিশ্রুতি যেমন ছিল' });
  assert.equal(done.status, 200, JSON.stringify(done.body));
  assert.equal(done.body.knownProblems, 1);
  const seen = (await call(null, 'GET', `/offices/${tree.hq.id}/charter`)).body as { edition: { knownProblems: number } };
  assert.equal(seen.edition.knownProblems, 1);
});

test('the history lists the editions and compares any two of them', async () => {
  const history = await (await app.request(`/offices/${tree.upazila.id}/charter/history`)).text();
  assert.match(history, /<select id="compare-a" name="a">/);
  const go = await app.request(`/offices/${tree.upazila.id}/compare?a=${publishedId}&b=${publishedId}`);
  assert.equal(go.status, 303);
  const same = await (await app.request(go.headers.get('location') ?? '')).text();
  assert.match(same, /দুই সংস্করণে কোনো পার্থক্য নেই/);
});
