// Offices ranked fairly: over their last N decided-or-overdue grievances, by the Wilson lower bound, with the
// offices that have too few listed apart; and who may see a ranking.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { grievanceWorld, type GrievanceWorld, outcome } from '../../../test/helpers/grievances.ts';
import type { Database } from '../../db/client.ts';
import { PUBLIC, type Ctx } from '../shared/context.ts';
import { runDueJobs } from '../scheduler/jobs.service.ts';
import { fileGrievance } from '../grievances/file.service.ts';
import { takeStep } from '../grievances/handle.service.ts';
import { GRIEVANCE_JOBS } from '../grievances/jobs.ts';
import { MIN_TO_RANK, median, wilsonLowerBound } from './figures.ts';
import { rankOffices } from './reports.service.ts';

const NOW = new Date('2026-06-04T04:00:00Z');
const LATER = new Date('2026-08-15T04:00:00Z');
let database: Database;
let w: GrievanceWorld;
let boda = 0;
let mobiles = 0;
const code = outcome;

async function decided(officeId: number, handler: string, howMany: number): Promise<void> {
  const citizen: Ctx = { db: database.db, actor: PUBLIC, now: NOW };
  for (let i = 0; i < howMany; i++) {
    const filed = await fileGrievance(citizen, {
      officeId,
      name: 'নাম',
      mobile: `016${String(30_000_000 + mobiles++).padStart(8, '0')}`,
      description: 'সেবা পেতে দেরি হচ্ছে, কেউ উত্তর দিচ্ছে না।',
    });
    await takeStep(w.as(handler, new Date('2026-06-08T04:00:00Z')), { grievanceId: filed.id, action: 'resolve', note: 'সমাধান' });
  }
}

before(async () => {
  database = await testDatabase();
  w = await grievanceWorld(database.db, NOW);
  const other = w.people['other-gro'];
  boda = other?.kind === 'user' ? other.officeId : 0;
  // Debiganj: one left to the scheduler (escalated: late), then 19 decided on time. Boda: 1 of 1. The district: 5 of 5.
  await fileGrievance(
    { db: database.db, actor: PUBLIC, now: NOW },
    { officeId: w.upazila.id, name: 'নাম', mobile: '01699999999', description: 'কেউ উত্তর দেয়নি, তিন সপ্তাহ হলো।' },
  );
  await decided(w.upazila.id, 'gro', 19);
  await decided(boda, 'other-gro', 1);
  await decided(w.district.id, 'district-gro', 5);
  await runDueJobs(database.db, new Date('2026-07-16T18:00:00Z'), GRIEVANCE_JOBS);
});
after(() => database.close());

test('the Wilson lower bound: one lucky case says little; 19 of 20 beats 5 of 5 and 1 of 1', () => {
  assert.ok(Math.abs(wilsonLowerBound(1, 1) - 0.2065) < 0.001);
  assert.ok(Math.abs(wilsonLowerBound(19, 20) - 0.7639) < 0.001);
  assert.ok(Math.abs(wilsonLowerBound(5, 5) - 0.5655) < 0.001);
  assert.ok(wilsonLowerBound(19, 20) > wilsonLowerBound(5, 5));
  assert.ok(wilsonLowerBound(5, 5) > wilsonLowerBound(1, 1));
  assert.equal(wilsonLowerBound(0, 0), 0);
  assert.ok(wilsonLowerBound(0, 10) >= 0 && wilsonLowerBound(10, 10) <= 1);
  assert.deepEqual([median([]), median([3]), median([4, 1, 2]), median([1, 2, 3, 10])], [null, 3, 2, 2.5]);
});

test('the district: 19 of 20 ranks above 5 of 5; 1 of 1 is listed apart as too few', async () => {
  const r = await rankOffices(w.as('appeal', LATER), { officeId: w.district.id });
  assert.equal(r.lastN, 20);
  assert.deepEqual(
    r.ranked.map((row) => [row.office.id, row.considered, row.onTime, row.late]),
    [
      [w.upazila.id, 20, 19, 1],
      [w.district.id, 5, 5, 0],
    ],
  );
  assert.ok((r.ranked[0]?.share ?? 1) < (r.ranked[1]?.share ?? 0), 'a plain share would have put the district first');
  assert.deepEqual(
    r.tooFew.map((row) => [row.office.id, row.considered, row.onTime, row.score]),
    [[boda, 1, 1, null]],
  );
  assert.equal(r.minimum, MIN_TO_RANK);
  assert.equal(r.ranked[0]?.avgDays, (19 * 2 + 0) / 19, 'working days of the decided ones: 7 and 8 June');
});

test('over the last N only: with N = 5 Debiganj’s escalated case (the oldest) falls out', async () => {
  const r = await rankOffices(w.as('appeal', LATER), { officeId: w.district.id, lastN: 5 });
  const debiganj = r.ranked.find((row) => row.office.id === w.upazila.id);
  assert.deepEqual([debiganj?.considered, debiganj?.onTime], [5, 5]);
  assert.equal(await code(() => rankOffices(w.as('appeal', LATER), { officeId: w.district.id, lastN: 0 })), 'not-found');
});

test('who sees a ranking: the district’s reviewer (the offices below it), headquarters; not an upazila, not the public', async () => {
  const byReviewer = await rankOffices(w.as('reviewer', LATER), { officeId: w.district.id });
  assert.deepEqual(
    byReviewer.ranked.map((row) => row.office.id),
    [w.upazila.id],
    'the district’s own grievances are not the reviewer’s to see',
  );
  assert.deepEqual(
    byReviewer.tooFew.map((row) => row.office.id),
    [boda],
  );
  const byAdmin = await rankOffices(w.as('admin', LATER), { officeId: w.hq.id });
  assert.deepEqual(
    byAdmin.ranked.map((row) => row.office.id),
    [w.upazila.id, w.district.id],
  );
  assert.ok(byAdmin.tooFew.some((row) => row.office.id === w.hq.id && row.considered === 0));
  assert.equal(await code(() => rankOffices(w.as('head', LATER), { officeId: w.district.id })), 'auth.forbidden');
  assert.equal(await code(() => rankOffices(w.as('gro', LATER), { officeId: w.district.id })), 'auth.forbidden');
  assert.equal(await code(() => rankOffices({ db: database.db, actor: PUBLIC, now: LATER }, { officeId: w.district.id })), 'auth.required');
  const own = await rankOffices(w.as('head', LATER), { officeId: w.upazila.id });
  assert.deepEqual(
    own.ranked.map((row) => row.office.id),
    [w.upazila.id],
  );
});
