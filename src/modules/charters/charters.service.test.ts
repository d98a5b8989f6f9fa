import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildPerson, buildService, buildTree, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { auditLog, services } from '../../db/schema.ts';
import { DomainError } from '../shared/domain-error.ts';
import { postHistory, setHolder } from '../officials/officials.service.ts';
import { currentCharter, getEdition, importDraft, listEditions } from './charters.service.ts';
import { publishEdition } from './review.service.ts';
import { operatorCtx } from '../../../test/helpers/factories.ts';
import type { Ctx } from '../shared/context.ts';

let database: Database;
let tree: Tree;
let ctx: Ctx;
const now = new Date('2025-06-05T04:00:00Z');
before(async () => {
  database = await testDatabase();
  ctx = operatorCtx(database.db, now);
  tree = await buildTree(database.db);
});
after(() => database.close());

const superior = buildPerson({ designation: 'প্রোগ্রামার', districtCode: '77', phones: ['+8801717447709'], emails: ['shakil7709@gmail.com'] });
const charter = buildCharter({
  services: [
    buildService({ serial: 1, superior }),
    buildService({ serial: 2, name: 'ইউনিয়ন ডিজিটাল সেন্টারগুলোকে সহায়তা প্রদান', responsible: null, superior }),
    buildService({
      category: 'internal',
      serial: 1,
      name: 'প্রশিক্ষণ',
      fee: { kind: 'policy', amountTaka: null, text: 'নীতিমালা অনুযায়ী', paymentMethod: null },
      superior,
    }),
  ],
  grievanceSteps: [
    {
      order: 1,
      when: 'ব্যর্থ হলে',
      role: 'আপিল কর্মকর্তা',
      contact: buildPerson({ name: 'জনাব মোঃ শাকিল হোসেন', designation: 'প্রোগ্রামার', phones: ['+8801717447709'] }),
      contactText: 'জনাব মোঃ শাকিল হোসেন প্রোগ্রামার',
      workingDays: 30,
    },
  ],
});

test('an import is a draft: stored, not yet the current charter', async () => {
  const { editionId } = await importDraft(ctx, { officeId: tree.upazila.id, charter, sourceName: 'x.txt' });
  const draft = await getEdition(ctx, { editionId });
  assert.equal(draft.edition.status, 'draft');
  assert.equal(draft.edition.fiscalYear, 2024, 'signed 3 June 2025: fiscal year 2024-25');
  assert.equal(draft.edition.quarter, 4);
  assert.equal(await currentCharter(ctx, { officeId: tree.upazila.id }), null);
});

test('published, the charter reads back with officials resolved to posts in the right offices', async () => {
  const [draft] = await listEditions(ctx, { officeId: tree.upazila.id });
  assert.ok(draft);
  await publishEdition(ctx, { editionId: draft.id });
  const view = await currentCharter(ctx, { officeId: tree.upazila.id });
  assert.ok(view);
  const { charter: c } = view;
  assert.deepEqual(
    c.services.map((s) => [s.category, s.serial, s.fee.kind]),
    [
      ['citizen', 1, 'free'],
      ['citizen', 2, 'free'],
      ['internal', 1, 'policy'],
    ],
  );
  assert.equal(c.services[0]?.responsible?.name, 'মোঃ ইলিয়াজ হোসেন');
  assert.equal(c.services[0]?.responsible?.upazilaCode, '7734');
  assert.equal(c.services[1]?.responsible, null);
  // the nameless superior in the rows and the named appeal officer share a phone: one official, in the district office
  assert.equal(c.services[0]?.superior?.name, 'জনাব মোঃ শাকিল হোসেন');
  assert.equal(c.services[0]?.superior?.districtCode, '77');
  assert.deepEqual(c.services[0]?.superior?.emails, ['shakil7709@gmail.com']);
  assert.equal(c.grievanceSteps[0]?.contact?.name, 'জনাব মোঃ শাকিল হোসেন');
  assert.equal(c.office.upazilaCode, '7734');
  assert.deepEqual(c.expectations, ['স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান']);
  assert.equal(c.signOff?.date, '2025-06-03');
});

test('a published edition cannot be published again or changed, even by hand', async () => {
  const view = await currentCharter(ctx, { officeId: tree.upazila.id });
  assert.ok(view);
  await assert.rejects(publishEdition(ctx, { editionId: view.edition.id }), (e: unknown) => e instanceof DomainError && e.code === 'edition.published');
  await assert.rejects(database.db.update(services).set({ name: 'x' }).where(eq(services.editionId, view.edition.id)));
});

test('a charter row follows its post when the holder changes; the old holder stays in history', async () => {
  const view = await currentCharter(ctx, { officeId: tree.upazila.id });
  assert.ok(view);
  const [row] = await database.db.select().from(services).where(eq(services.editionId, view.edition.id));
  const postId = row?.responsiblePostId;
  assert.ok(postId);
  await setHolder(ctx, postId, { name: 'নতুন কর্মকর্তা', phones: ['+8801711000000'], emails: [] });
  const after = await currentCharter(ctx, { officeId: tree.upazila.id });
  assert.equal(after?.charter.services[0]?.responsible?.name, 'নতুন কর্মকর্তা');
  const history = await postHistory(database.db, postId);
  assert.deepEqual(
    history.holders.map((h) => [h.name, h.endedAt !== null]),
    [
      ['মোঃ ইলিয়াজ হোসেন', true],
      ['নতুন কর্মকর্তা', false],
    ],
  );
});

test('a new import is the next edition; every write is audited', async () => {
  const { editionId } = await importDraft(ctx, {
    officeId: tree.upazila.id,
    charter,
    sourceName: 'y.txt',
    fiscalYear: 2025,
    quarter: 1,
  });
  const e = await getEdition(ctx, { editionId });
  assert.equal(e.edition.number, 2);
  assert.equal(e.edition.fiscalYear, 2025);
  const actions = (await database.db.select().from(auditLog)).map((a) => a.action);
  for (const a of ['create', 'import', 'publish', 'assign']) assert.ok(actions.includes(a), `audit has ${a}`);
});

test('an unknown office or edition is a not-found error', async () => {
  await assert.rejects(
    importDraft(ctx, { officeId: 424242, charter, sourceName: null }),
    (e: unknown) => e instanceof DomainError && e.code === 'office.not-found',
  );
  await assert.rejects(publishEdition(ctx, { editionId: 424242 }), (e: unknown) => e instanceof DomainError && e.code === 'edition.not-found');
});
