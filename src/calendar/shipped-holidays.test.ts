// The holiday lists shipped in holidays: each read by the same reader as an administrator's import, every
// date in its file's year, no line twice, and the days checked by hand against the notifications (see the README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { parseHolidayCsv, toHolidayCsv, type ParsedHoliday } from '../modules/holidays/holiday-csv.ts';
import { closesOffices, HOLIDAY_CLASSES, weekday } from './working-days.ts';

const dir = fileURLToPath(new URL('../../holidays', import.meta.url));
const years = readdirSync(dir)
  .filter((f) => /^\d{4}\.csv$/.test(f))
  .map((f) => Number(f.slice(0, 4)));

function rows(year: number): ParsedHoliday[] {
  const text = readFileSync(join(dir, `${year}.csv`), 'utf8');
  assert.equal(text.split('\n')[0], 'date,name_bn,name_en,class,religion,moon,source', 'the documented header');
  const parsed = parseHolidayCsv(text);
  assert.ok(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.problems));
  return parsed.rows;
}

const on = (list: ParsedHoliday[], date: string) => list.filter((r) => r.date === date);

test('the shipped years are 2025 and 2026 at least', () => {
  assert.ok(years.includes(2025) && years.includes(2026), years.join(', '));
});

for (const year of years) {
  test(`${year}: every line reads, in its year, sorted, no line twice, names in both languages`, () => {
    const list = rows(year);
    assert.ok(list.length > 30);
    const seen = new Set<string>();
    let previous = '';
    for (const r of list) {
      assert.ok(r.date.startsWith(`${year}-`), `line ${r.line}: ${r.date}`);
      assert.ok(r.date >= previous, `line ${r.line}: sorted by date`);
      previous = r.date;
      const key = `${r.date}|${r.class}|${r.nameBn}`;
      assert.ok(!seen.has(key), `line ${r.line} repeats`);
      seen.add(key);
      assert.ok((HOLIDAY_CLASSES as readonly string[]).includes(r.class));
      assert.equal(r.religion !== null, r.class === 'optional', `line ${r.line}: a religion exactly for the optional days`);
      assert.ok(r.nameBn && r.nameEn && r.source, `line ${r.line}: both names and a source`);
      assert.match(r.nameBn, /[\u0980-\u09FF]/, `line ${r.line}: the Bangla name in Bangla`);
    }
  });
}

test('21 February, 26 March, 16 December, 1 May and 5 August are general holidays in both years', () => {
  for (const year of [2025, 2026]) {
    const list = rows(year);
    for (const day of ['02-21', '03-26', '05-01', '08-05', '12-16', '12-25']) {
      assert.ok(
        on(list, `${year}-${day}`).some((r) => r.class === 'general'),
        `${year}-${day}`,
      );
    }
  }
});

test("the README's counts: 13 general, 17 executive, 31 optional (5/9/8/7/2) lines a year; days on the weekend", () => {
  for (const year of [2025, 2026]) {
    const list = rows(year);
    const count = (cls: string) => list.filter((r) => r.class === cls).length;
    assert.deepEqual([count('general'), count('executive'), count('optional')], [13, 17, 31], String(year));
    const religions = ['muslim', 'hindu', 'christian', 'buddhist', 'ethnic'].map((rel) => list.filter((r) => r.religion === rel).length);
    assert.deepEqual(religions, [5, 9, 8, 7, 2], String(year));
  }
  const weekend = (r: ParsedHoliday) => [5, 6].includes(weekday(r.date));
  const y2025 = rows(2025);
  assert.equal(y2025.filter((r) => r.class === 'general' && weekend(r)).length, 5, '2025: 5 general days on a Friday or Saturday');
  assert.equal(y2025.filter((r) => r.class === 'executive' && weekend(r)).length, 4, '2025: 4 executive days on a Friday or Saturday');
  const closing2026 = new Set(
    rows(2026)
      .filter((r) => closesOffices(r.class) && weekend(r))
      .map((r) => r.date),
  );
  assert.equal(closing2026.size, 9, '2026: 9 closing dates on a Friday or Saturday');
});

test('the table is national: 13 April (Chaitra Sankranti) closes only the hill districts, so no line closes offices that day', () => {
  for (const year of [2025, 2026]) {
    const day = on(rows(year), `${year}-04-13`);
    assert.deepEqual(
      day.map((r) => [r.class, r.religion]),
      [['optional', 'buddhist']],
      `${year}: only the optional day for Buddhists`,
    );
  }
});

test('each list printed as `holidays list` prints it reads back the same', () => {
  for (const year of years) {
    const list = rows(year);
    const printed = toHolidayCsv(list);
    const again = parseHolidayCsv(printed);
    assert.ok(again.ok, again.ok ? '' : JSON.stringify(again.problems));
    const values = (l: ParsedHoliday[]) => l.map(({ line: _line, ...v }) => v);
    assert.deepEqual(values(again.rows), values(list), String(year));
  }
});

test('the later orders the README names are in, and the doubtful 25 May 2026 is not', () => {
  const y2025 = rows(2025);
  const y2026 = rows(2026);
  const closes = (list: ParsedHoliday[], date: string) => on(list, date).some((r) => closesOffices(r.class));
  for (const date of ['2025-04-03', '2025-06-11', '2025-06-12', '2025-09-06']) assert.ok(closes(y2025, date), date);
  assert.ok(!closes(y2025, '2025-09-05'), 'Eid-e-Miladunnabi moved from 5 to 6 September 2025');
  for (const date of ['2026-02-11', '2026-02-12', '2026-03-18']) assert.ok(closes(y2026, date), date);
  assert.equal(on(y2026, '2026-05-25').length, 0);
  for (const date of ['2026-05-26', '2026-05-27', '2026-05-28', '2026-05-29', '2026-05-30', '2026-05-31']) assert.ok(closes(y2026, date), date);
  assert.deepEqual(
    on(y2025, '2025-03-28')
      .map((r) => r.class)
      .sort(),
    ['executive', 'general'],
    'two holidays on one date',
  );
  assert.equal(on(y2026, '2026-05-01').filter((r) => r.class === 'general').length, 2);
  assert.equal(on(y2026, '2026-10-25').filter((r) => r.class === 'optional').length, 2);
});
