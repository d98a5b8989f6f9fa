import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildCharter, buildTree, operatorCtx, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { addUser } from '../accounts/accounts.service.ts';
import { listOutbox } from '../notifications/outbox.service.ts';
import { importDraft } from './charters.service.ts';
import { publishEdition } from './review.service.ts';
import { remindQuarterEnd } from './reminders.service.ts';

let database: Database;
let tree: Tree;
before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const ctx = operatorCtx(database.db);
  // Signed 3 June 2025: the edition of Q4 2024-25.
  const { editionId } = await importDraft(ctx, { officeId: tree.upazila.id, charter: buildCharter(), sourceName: 'a.txt' });
  await publishEdition(ctx, { editionId });
  await addUser(ctx, { officeId: tree.upazila.id, email: 'editor@debiganj.test', password: 'a-long-password', roles: ['editor'] });
  await addUser(ctx, { officeId: tree.upazila.id, email: 'grs@debiganj.test', password: 'a-long-password', roles: ['grievance-officer'] });
});
after(() => database.close());

const at = (iso: string) => operatorCtx(database.db, new Date(iso));

test('in the last two weeks of a quarter, an office whose charter is older is told once; nobody else, never twice', async () => {
  assert.equal(await remindQuarterEnd(at('2025-08-01T04:00:00Z')), 0, 'too early in the quarter');
  assert.equal(await remindQuarterEnd(at('2025-09-20T04:00:00Z')), 1);
  const [notice] = await listOutbox(database.db);
  assert.equal(notice?.recipient, 'editor@debiganj.test');
  assert.match(notice?.subject ?? '', /২০২৫-২৬ অর্থবছরের ১ম কোয়ার্টার/);
  assert.match(notice?.body ?? '', /৩০ সেপ্টেম্বর ২০২৫/);
  assert.equal(await remindQuarterEnd(at('2025-09-25T04:00:00Z')), 0, 'once per quarter');
  assert.equal(await remindQuarterEnd(at('2025-12-20T04:00:00Z')), 1, 'and again the next quarter');
});
