import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays } from '../bangla/calendar.ts';
import { BANGLADESH_WEEKLY, addWorkingDays, dayOff, explainDeadline, weekday, workingDaysBetween, type WorkingCalendar } from './working-days.ts';

const names = (en: string) => ({ bn: en, en });
const calendar = (holidays: Record<string, string> = {}, weekly = BANGLADESH_WEEKLY): WorkingCalendar => ({
  weekly,
  holidays: new Map(Object.entries(holidays).map(([date, name]) => [date, names(name)])),
});

// An Eid cluster that takes in a weekend, and Independence Day a week later (dates as in March 2026).
const MARCH = calendar({
  '2026-03-19': 'Eid-ul-Fitr',
  '2026-03-20': 'Eid-ul-Fitr',
  '2026-03-21': 'Eid-ul-Fitr',
  '2026-03-22': 'Eid-ul-Fitr',
  '2026-03-23': 'Eid-ul-Fitr',
  '2026-03-26': 'Independence Day',
});
const YEAR_END = calendar({ '2025-12-16': 'Victory Day', '2025-12-25': 'Christmas' });

test('weekday: 0 is Sunday, and 1970-01-01 was a Thursday', () => {
  assert.equal(weekday('1970-01-01'), 4);
  assert.equal(weekday('2026-06-04'), 4);
  assert.equal(weekday('2026-06-07'), 0);
  assert.equal(weekday('1969-12-31'), 3);
  assert.equal(weekday('2024-02-29'), 4);
});

test('addWorkingDays: the day of receipt never counts; day 1 is the first working day after it', () => {
  const cases: [cal: WorkingCalendar, from: string, n: number, due: string, why: string][] = [
    [calendar(), '2026-06-04', 0, '2026-06-04', 'zero days is the day itself'],
    [calendar(), '2026-06-04', 1, '2026-06-07', 'Thursday: Friday and Saturday off, day 1 is Sunday'],
    [calendar(), '2026-06-04', 5, '2026-06-11', 'one working week'],
    [calendar(), '2026-06-04', 6, '2026-06-14', 'over the next weekend'],
    [calendar(), '2026-06-04', 30, '2026-07-16', 'six working weeks'],
    [calendar(), '2026-06-05', 1, '2026-06-07', 'received on a Friday'],
    [calendar(), '2026-06-06', 1, '2026-06-07', 'received on a Saturday'],
    [calendar(), '2026-06-07', 1, '2026-06-08', 'received on a Sunday: Monday'],
    [MARCH, '2026-03-18', 1, '2026-03-24', 'a five-day Eid cluster over the weekend'],
    [MARCH, '2026-03-18', 3, '2026-03-29', 'then Independence Day next to the weekend'],
    [MARCH, '2026-03-20', 1, '2026-03-24', 'received on a holiday inside the cluster'],
    [MARCH, '2026-03-17', 2, '2026-03-24', 'day 1 before the cluster, day 2 after it'],
    [YEAR_END, '2025-12-24', 1, '2025-12-28', 'Christmas on Thursday, then the weekend'],
    [YEAR_END, '2025-12-30', 3, '2026-01-04', 'across the year end'],
    [YEAR_END, '2025-12-14', 2, '2025-12-17', 'Victory Day skipped'],
    [calendar({}, [0]), '2026-06-04', 3, '2026-06-08', 'another organisation resting on Sunday only'],
  ];
  for (const [cal, from, n, due, why] of cases) {
    assert.equal(addWorkingDays(cal, from, n), due, `${from} + ${n}: ${why}`);
    assert.equal(workingDaysBetween(cal, from, due), n, `${from} to ${due} counts ${n}: ${why}`);
  }
});

test('a holiday added late moves a deadline it falls inside, and only such a deadline', () => {
  const before = calendar({ '2026-03-26': 'Independence Day' });
  const due = addWorkingDays(before, '2026-03-01', 30);
  assert.equal(due, '2026-04-13');
  const inside = calendar({ '2026-03-26': 'Independence Day', '2026-04-01': 'An election' });
  assert.equal(addWorkingDays(inside, '2026-03-01', 30), '2026-04-14');
  const after = calendar({ '2026-03-26': 'Independence Day', '2026-04-20': 'An election' });
  assert.equal(addWorkingDays(after, '2026-03-01', 30), due);
  const onReceipt = calendar({ '2026-03-26': 'Independence Day', '2026-03-01': 'An election' });
  assert.equal(addWorkingDays(onReceipt, '2026-03-01', 30), due, 'the day of receipt never counted anyway');
});

test('counting forward and counting between agree on every start and length over two years', () => {
  for (let start = 0; start < 730; start += 7) {
    const from = addDays('2025-01-01', start);
    for (const n of [1, 2, 3, 7, 20, 30, 60]) {
      const due = addWorkingDays(MARCH, from, n);
      assert.equal(workingDaysBetween(MARCH, from, due), n, `${from} + ${n}`);
      assert.equal(dayOff(MARCH, due), null, `${due} is a working day`);
      assert.ok(workingDaysBetween(MARCH, from, addDays(due, -1)) < n, `${from} + ${n} is not earlier`);
    }
  }
});

test('explainDeadline writes the count out run by run', () => {
  const explained = explainDeadline(calendar(), '2026-06-04', 6);
  assert.equal(explained.due, '2026-06-14');
  assert.equal(explained.dueWeekday, 0);
  assert.deepEqual(explained.steps, [
    { kind: 'start', date: '2026-06-04', weekday: 4 },
    { kind: 'closed', from: '2026-06-05', to: '2026-06-06', holidays: [], weekly: true },
    { kind: 'working', from: '2026-06-07', to: '2026-06-11', firstDay: 1, lastDay: 5, firstWeekday: 0 },
    { kind: 'closed', from: '2026-06-12', to: '2026-06-13', holidays: [], weekly: true },
    { kind: 'working', from: '2026-06-14', to: '2026-06-14', firstDay: 6, lastDay: 6, firstWeekday: 0 },
  ]);
  const cluster = explainDeadline(MARCH, '2026-03-18', 1).steps[1];
  assert.equal(cluster?.kind, 'closed');
  if (cluster?.kind === 'closed') {
    assert.deepEqual([cluster.from, cluster.to, cluster.weekly, cluster.holidays.length], ['2026-03-19', '2026-03-23', true, 5]);
  }
});

test('bad input is refused, not looped over', () => {
  assert.throws(() => addWorkingDays(calendar(), '2026-06-04', -1), RangeError);
  assert.throws(() => addWorkingDays(calendar(), '2026-06-04', 1.5), RangeError);
  assert.throws(() => addWorkingDays(calendar(), '2026-02-30', 1), RangeError);
  assert.throws(() => addWorkingDays(calendar({}, [0, 1, 2, 3, 4, 5, 6]), '2026-06-04', 1), RangeError);
});
