import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildTree, operatorCtx, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import type { Charter } from '../../charter/model.ts';
import { render } from '../../i18n/messages.ts';
import { bulkImport, type BulkResult } from './bulk-import.service.ts';
import { listEditions } from './charters.service.ts';

let database: Database;
let tree: Tree;
before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
});
after(() => database.close());

test('one bad file never stops the rest, and what was stored before stays', async () => {
  const files: Record<string, () => Charter> = {
    'a.txt': () => buildCharter(),
    'broken.txt': () => {
      const e = new Error('This is not text / এটি লেখা নয়');
      e.name = 'ImportError';
      throw e;
    },
    'bad-shape.txt': () => ({ ...buildCharter(), services: [{ name: '' }] }) as unknown as Charter,
    'b.txt': () => buildCharter({ vision: 'দ্বিতীয়' }),
  };
  const seen: BulkResult[] = [];
  const results = await bulkImport(
    operatorCtx(database.db),
    [
      { file: 'a.txt', officeRef: String(tree.upazila.id) },
      { file: 'broken.txt', officeRef: String(tree.upazila.id) },
      { file: 'bad-shape.txt', officeRef: 'doict.debiganj.panchagarh.gov.bd' },
      { file: 'unknown-office.txt', officeRef: 'nowhere.gov.bd' },
      { file: 'unmapped.txt', officeRef: null },
      { file: 'b.txt', officeRef: 'doict.debiganj.panchagarh.gov.bd' },
    ],
    { read: async (f) => (files[f] ?? (() => buildCharter()))(), onDone: (r) => seen.push(r) },
  );
  assert.deepEqual(
    results.map((r) => [r.file, r.status]),
    [
      ['a.txt', 'imported'],
      ['broken.txt', 'failed'],
      ['bad-shape.txt', 'failed'],
      ['unknown-office.txt', 'failed'],
      ['unmapped.txt', 'skipped'],
      ['b.txt', 'imported'],
    ],
  );
  assert.equal(seen.length, 6, 'progress is told of every file');
  const why = (i: number) => (results[i]?.reason ? `${render('en', results[i].reason)} / ${render('bn', results[i].reason)}` : '');
  assert.match(why(1), /not text.* \/ .*এটি লেখা নয়/);
  assert.match(why(2), /not well formed/);
  assert.match(why(3), /not found/);
  assert.deepEqual(results[4]?.reason, { key: 'cli.import-dir.unmapped' });
  const editions = await listEditions(operatorCtx(database.db), { officeId: tree.upazila.id });
  assert.deepEqual(
    editions.map((e) => e.number),
    [2, 1],
    'exactly the two good files were stored',
  );
});
