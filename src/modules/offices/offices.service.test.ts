import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { operatorCtx } from '../../../test/helpers/factories.ts';
import { buildTree, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { DomainError } from '../shared/domain-error.ts';
import { ancestors, createOffice, officeTree, resolveOffice, searchOffices } from './offices.service.ts';

let database: Database;
let tree: Tree;
before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
});
after(() => database.close());

test('codes are stored in ASCII digits and the portal as a bare host', () => {
  assert.equal(tree.district.districtCode, '77');
  assert.equal(tree.upazila.upazilaCode, '7734');
  assert.equal(tree.upazila.portal, 'doict.debiganj.panchagarh.gov.bd');
});

test('search finds an office by its Bangla or English name, any case', async () => {
  const byBn = await searchOffices(database.db, 'দেবীগঞ্জ');
  assert.deepEqual(
    byBn.map((o) => o.id),
    [tree.upazila.id],
  );
  const byEn = await searchOffices(database.db, 'DEBIGANJ');
  assert.deepEqual(
    byEn.map((o) => o.id),
    [tree.upazila.id],
  );
  assert.deepEqual(await searchOffices(database.db, 'পঞ্চগড়').then((r) => r.length), 2);
  assert.deepEqual(await searchOffices(database.db, '%'), []);
  assert.deepEqual(await searchOffices(database.db, '   '), []);
});

test('the tree and the ancestors follow parent links', async () => {
  const roots = await officeTree(database.db);
  assert.equal(roots.length, 1);
  assert.equal(roots[0]?.office.id, tree.hq.id);
  assert.equal(roots[0]?.children[0]?.children[0]?.office.id, tree.upazila.id);
  assert.deepEqual(
    (await ancestors(database.db, tree.upazila)).map((o) => o.id),
    [tree.hq.id, tree.district.id],
  );
});

test('an office is found by id (Bengali digits too) or by portal', async () => {
  assert.equal((await resolveOffice(database.db, String(tree.upazila.id))).id, tree.upazila.id);
  assert.equal((await resolveOffice(database.db, `http://doict.debiganj.panchagarh.gov.bd/`)).id, tree.upazila.id);
  await assert.rejects(resolveOffice(database.db, 'nowhere.gov.bd'), (e: unknown) => e instanceof DomainError && e.code === 'office.not-found');
});

test('bad input is refused with a message in both languages and nothing is stored', async () => {
  const before = (await officeTree(database.db)).length;
  await assert.rejects(
    createOffice(operatorCtx(database.db), { level: 'district', nameBn: 'ক', nameEn: 'K', districtCode: '7a' }),
    (e: unknown) => e instanceof DomainError && e.code === 'office.invalid' && e.fields.districtCode?.key === 'field.district-code',
  );
  await assert.rejects(
    createOffice(operatorCtx(database.db), { level: 'district', nameBn: 'ক', nameEn: 'K', parentId: 99999 }),
    (e: unknown) => e instanceof DomainError && e.code === 'office.parent-not-found',
  );
  await assert.rejects(
    createOffice(operatorCtx(database.db), { level: 'district', nameBn: 'ক', nameEn: 'K', portal: 'doict.gov.bd' }),
    (e: unknown) => e instanceof DomainError && e.code === 'office.portal-taken',
  );
  assert.equal((await officeTree(database.db)).length, before);
});
