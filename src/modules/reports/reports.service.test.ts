// The figures on a world with grievances decided on time, late (escalated by the scheduler under a moved
// clock), rejected, waiting and overdue; monthly and quarterly reports; the CSV; who may see what.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { grievanceInput, grievanceWorld, type GrievanceWorld, outcome } from '../../../test/helpers/grievances.ts';
import type { Database } from '../../db/client.ts';
import { PUBLIC, type Ctx } from '../shared/context.ts';
import { runDueJobs } from '../scheduler/jobs.service.ts';
import { fileGrievance, type GrievanceInput } from '../grievances/file.service.ts';
import { takeStep } from '../grievances/handle.service.ts';
import { GRIEVANCE_JOBS } from '../grievances/jobs.ts';
import { parseCsv } from '../../csv/csv.ts';
import { officeDashboard, parsePeriod, periodKey, periodReport, publicFigures } from './reports.service.ts';
import { reportCsv } from './reports.csv.ts';

// Thursday 4 June 2026, 10:00 in Dhaka. The test database has no holidays: only Friday and Saturday are off.
const NOW = new Date('2026-06-04T04:00:00Z');
const at = (iso: string) => new Date(`${iso}T04:00:00Z`);
const LATER = at('2026-08-15');
let database: Database;
let w: GrievanceWorld;
const citizen = (now = NOW): Ctx => ({ db: database.db, actor: PUBLIC, now });
const input = (more: Partial<GrievanceInput> = {}) => grievanceInput(w, more);
const code = outcome;

before(async () => {
  database = await testDatabase();
  w = await grievanceWorld(database.db, NOW);
  // A: first step on day 1, resolved on day 4. B: rejected on day 2. C: never handled, escalated, resolved by the
  // appeal officer within the appeal's days (still late for the office). D: waits for a clarification asked on
  // 13 July. E: filed on 21 June, last day 2 August, never handled. G: filed 1 April, escalated in July.
  const a = await fileGrievance(citizen(), input());
  await takeStep(w.as('gro', at('2026-06-07')), { grievanceId: a.id, action: 'investigate' });
  await takeStep(w.as('gro', at('2026-06-10')), { grievanceId: a.id, action: 'resolve', note: 'ভর্তি করা হয়েছে' });
  const b = await fileGrievance(citizen(), input());
  await takeStep(w.as('gro', at('2026-06-08')), { grievanceId: b.id, action: 'reject', note: 'সেবাটি এই দপ্তরের নয়' });
  const c = await fileGrievance(citizen(), input({ serviceId: w.serviceIds[0] ?? null }));
  const d = await fileGrievance(citizen(), input());
  // asked on 13 July: still unanswered when the clock is moved to 16 July (a stopped clock runs again by itself after ten working days)
  await takeStep(w.as('gro', at('2026-07-13')), { grievanceId: d.id, action: 'clarify', note: 'আবেদনের তারিখ কত?' });
  await fileGrievance(citizen(at('2026-06-21')), input());
  await fileGrievance(citizen(at('2026-04-01')), input());
  const boda = await fileGrievance(citizen(), input({ officeId: bodaId(), serviceId: null }));
  await takeStep(w.as('other-gro', at('2026-06-07')), { grievanceId: boda.id, action: 'resolve', note: 'সমাধান' });
  await runDueJobs(database.db, new Date('2026-07-16T18:00:00Z'), GRIEVANCE_JOBS);
  await takeStep(w.as('appeal', at('2026-07-20')), { grievanceId: c.id, action: 'resolve', note: 'সমাধান' });
});
after(() => database.close());

function bodaId(): number {
  const actor = w.people['other-gro'];
  return actor?.kind === 'user' ? actor.officeId : 0;
}

test('the office’s dashboard: open, overdue, waiting, decided on time and late, rejected, working days, acknowledged, moved up', async () => {
  const { figures: f } = await officeDashboard(w.as('head', LATER), { officeId: w.upazila.id });
  assert.deepEqual(
    [f.total, f.open, f.overdue, f.clarification, f.decided, f.resolvedOnTime, f.resolvedLate, f.rejected],
    [6, 3, 1, 1, 3, 1, 1, 1],
    'E is past its last day; G runs again, at the cell',
  );
  // A: 4 working days (7–10 June), B: 2, C: 32 (30 to 16 July, then 19 and 20 July).
  assert.equal(f.avgDays, (4 + 2 + 32) / 3);
  assert.equal(f.medianDays, 4);
  assert.deepEqual(f.acknowledged, { inTime: 2, counted: 6 }, 'A and B within 3 working days; D on 13 July; C, E and G not in time');
  // G's appeal level counted from the day after its first last day (14 May), so it too had passed by 16 July: the cell
  assert.deepEqual([f.atAppeal, f.atCell, f.escalated], [1, 1, 2]);
  const early = await officeDashboard(w.as('head', LATER), { officeId: w.upazila.id, today: '2026-07-01' });
  assert.equal(early.figures.overdue, 0, 'on 1 July E still had time');
});

test('who may see a dashboard: the head and the offices above; not another upazila, not the public', async () => {
  assert.equal(await code(() => officeDashboard(w.as('head'), { officeId: w.upazila.id })), 'ok');
  assert.equal(await code(() => officeDashboard(w.as('reviewer'), { officeId: w.upazila.id })), 'ok');
  assert.equal(await code(() => officeDashboard(w.as('admin'), { officeId: w.upazila.id })), 'ok');
  assert.equal(await code(() => officeDashboard(w.as('head'), { officeId: bodaId() })), 'auth.forbidden');
  assert.equal(await code(() => officeDashboard(w.as('editor'), { officeId: w.upazila.id })), 'auth.forbidden');
  assert.equal(await code(() => officeDashboard(w.as('reviewer'), { officeId: w.district.id })), 'auth.forbidden', 'a reviewer reaches below');
  assert.equal(await code(() => officeDashboard(citizen(), { officeId: w.upazila.id })), 'auth.required');
});

test('a month: what was received in it, what was still open at its end', async () => {
  const june = await periodReport(w.as('head', LATER), { officeId: w.upazila.id, period: { kind: 'month', year: 2026, month: 6 }, includeBelow: false });
  assert.deepEqual(june.range, { from: '2026-06-01', to: '2026-06-30' });
  assert.equal(june.complete, true);
  assert.equal(june.rows.length, 1);
  const f = june.total;
  assert.deepEqual(
    [f.received, f.acknowledged, f.resolvedOnTime, f.resolvedLate, f.rejected, f.openAtEnd, f.overdueAtEnd],
    [5, 4, 1, 1, 1, 3, 0],
    'on 30 June C, D and E were open, none past its last day',
  );
  const april = await periodReport(w.as('head', LATER), { officeId: w.upazila.id, period: { kind: 'month', year: 2026, month: 4 } });
  assert.deepEqual([april.total.received, april.total.openAtEnd, april.total.overdueAtEnd], [1, 1, 0], 'G was due on 13 May');
});

test('a quarter: G was past its last day at the quarter’s end (escalated only in July)', async () => {
  const q = await periodReport(w.as('head', LATER), { officeId: w.upazila.id, period: { kind: 'quarter', startYear: 2025, quarter: 4 }, includeBelow: false });
  assert.deepEqual(q.range, { from: '2026-04-01', to: '2026-06-30' });
  assert.deepEqual([q.total.received, q.total.openAtEnd, q.total.overdueAtEnd], [6, 4, 1]);
  assert.equal(periodKey(q.period), '2025-26-Q4');
});

test('a period still running is read as of today', async () => {
  const r = await periodReport(w.as('head', at('2026-06-15')), { officeId: w.upazila.id, period: { kind: 'month', year: 2026, month: 6 } });
  assert.deepEqual([r.complete, r.endDay, r.total.received, r.total.openAtEnd], [false, '2026-06-15', 4, 2]);
});

test('with the offices below: each office the reader may see, and the total', async () => {
  const period = { kind: 'quarter', startYear: 2025, quarter: 4 } as const;
  const byAppeal = await periodReport(w.as('appeal', LATER), { officeId: w.district.id, period, includeBelow: true });
  assert.equal(byAppeal.rows[0]?.office.id, w.district.id, 'the office itself first');
  assert.deepEqual(
    new Map(byAppeal.rows.map((r) => [r.office.id, r.figures.received])),
    new Map([
      [w.district.id, 0],
      [bodaId(), 1],
      [w.upazila.id, 6],
    ]),
  );
  assert.equal(byAppeal.total.received, 7);
  const byReviewer = await periodReport(w.as('reviewer', LATER), { officeId: w.district.id, period, includeBelow: true });
  assert.equal(
    byReviewer.rows.some((r) => r.office.id === w.district.id),
    false,
    'the district’s own grievances are not the reviewer’s',
  );
  assert.equal(byReviewer.total.received, 7);
  assert.equal(await code(() => periodReport(w.as('head'), { officeId: w.district.id, period, includeBelow: true })), 'auth.forbidden');
  assert.equal(await code(() => periodReport(citizen(), { officeId: w.upazila.id, period })), 'auth.required');
});

test('the CSV: one line per grievance with ISO times in Bangladesh time, and nothing of who filed it', async () => {
  const q = await periodReport(w.as('head', LATER), { officeId: w.upazila.id, period: { kind: 'quarter', startYear: 2025, quarter: 4 } });
  for (const locale of ['bn', 'en'] as const) {
    const raw = reportCsv(q, locale);
    assert.ok(raw.startsWith('\uFEFF'), 'a BOM for Excel');
    for (const secret of ['রহিমা', 'খাতুন', 'rahima', 'শালডাঙ্গা', 'সাকোয়া', '01820000', '+8801820', 'প্রশিক্ষণের জন্য', 'ভর্তি করা হয়েছে']) {
      assert.equal(raw.includes(secret), false, `no "${secret}" in the CSV`);
    }
    const rows = parseCsv(raw);
    assert.equal(rows.length, 7);
    assert.equal(rows[0]?.length, 11);
    const office = locale === 'bn' ? w.upazila.nameBn : w.upazila.nameEn;
    assert.ok(office.includes(','), 'the office name has commas, so it must be quoted');
    assert.ok(rows.slice(1).every((r) => r[1] === office && r.length === 11));
  }
  const rows = parseCsv(reportCsv(q, 'en'));
  const [header] = rows;
  assert.deepEqual(header, ['Tracking number', 'Office', 'Service', 'Status', 'Level', 'Received', 'Acknowledged', 'Decided', 'Closed', 'Last day', 'On time']);
  const a = rows.find((r) => r[7]?.startsWith('2026-06-10'));
  assert.deepEqual(a?.slice(3), [
    'resolved',
    'officer',
    '2026-06-04T10:00:00+06:00',
    '2026-06-07T10:00:00+06:00',
    '2026-06-10T10:00:00+06:00',
    '',
    '2026-07-16',
    'yes',
  ]);
  assert.match(a?.[0] ?? '', /^\d{3}-\d{3}-\d{4}$/);
  const c = rows.find((r) => r[7]?.startsWith('2026-07-20'));
  assert.deepEqual([c?.[4], c?.[10]], ['appeal', 'no'], 'escalated: late for the office');
  const e = rows.find((r) => r[5]?.startsWith('2026-06-21'));
  assert.deepEqual([e?.[9], e?.[10]], ['2026-08-02', 'no'], 'past its last day on the report’s date');
});

test('periods as addresses write them', () => {
  assert.deepEqual(parsePeriod({ month: '2026-06' }), { kind: 'month', year: 2026, month: 6 });
  assert.deepEqual(parsePeriod({ month: '২০২৬-০৬' }), { kind: 'month', year: 2026, month: 6 });
  assert.deepEqual(parsePeriod({ quarter: '2025-26-Q4' }), { kind: 'quarter', startYear: 2025, quarter: 4 });
  assert.deepEqual(parsePeriod({ quarter: '2099-00-q1' }), { kind: 'quarter', startYear: 2099, quarter: 1 });
  for (const bad of [{ month: '2026-13' }, { month: '2026' }, { quarter: '2025-27-Q1' }, { quarter: '2025-26-Q5' }, {}]) assert.equal(parsePeriod(bad), null);
  assert.equal(periodKey({ kind: 'month', year: 2026, month: 6 }), '2026-06');
});

test('public figures: counts only, of this fiscal year and open now', async () => {
  const figures = await publicFigures(database.db, w.upazila.id, LATER);
  assert.deepEqual(figures, { fiscalYear: 2026, received: 0, decided: 0, decidedOnTime: 0, open: 3 }, 'the fiscal year began on 1 July');
  const june = await publicFigures(database.db, w.upazila.id, at('2026-06-30'));
  assert.deepEqual(
    june,
    { fiscalYear: 2025, received: 6, decided: 3, decidedOnTime: 2, open: 3 },
    'A and B; C was decided within the appeal’s days, but escalated',
  );
});
