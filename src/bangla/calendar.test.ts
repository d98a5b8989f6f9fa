import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays,
  bengaliMonthLength,
  bengaliYearLength,
  civilFromDayNumber,
  dayNumber,
  dayNumberToIso,
  fromBengaliDate,
  isBengaliLeapYear,
  isoToDayNumber,
  parseIsoDate,
  toBengaliDate,
} from './calendar.ts';

type Anchor = [iso: string, year: number, month: number, day: number, why: string];

// Dates known from outside the code. Each is checked in both directions.
const ANCHORS: Anchor[] = [
  ['2025-05-06', 1432, 1, 23, '২৩ বৈশাখ ১৪৩২ / ০৬ মে ২০২৫, an official letter'],
  ['2020-09-28', 1427, 6, 13, '১৩ আশ্বিন ১৪২৭ / ২৮ সেপ্টেম্বর ২০২০, an official letter'],
  ['2025-04-14', 1432, 1, 1, 'Pohela Boishakh is 14 April'],
  // Victory Day. The brief suggested ২ পৌষ ১৪৩১; that is the pre-2019 rule (Ashwin 30 days). The 2019
  // revision made Ashwin 31 days precisely so that 16 December is ১ পৌষ, and 1431 is a revised year.
  ['2024-12-16', 1431, 9, 1, 'Victory Day = 1 Poush under the revised calendar'],
  ['2025-02-21', 1431, 11, 8, 'Language Martyrs’ Day = 8 Falgun'],
  ['2025-03-26', 1431, 12, 12, 'Independence Day = 12 Chaitra'],
  ['2025-05-08', 1432, 1, 25, 'Rabindra Jayanti = 25 Boishakh (Bangla Academy)'],
  ['2025-05-25', 1432, 2, 11, 'Nazrul Jayanti = 11 Joishtho (Bangla Academy)'],
  // The revision took effect in 1426: Ashwin got its 31st day on 16 October 2019 (press reports).
  ['2019-10-16', 1426, 6, 31, 'first 31 Ashwin'],
  ['2019-10-17', 1426, 7, 1, '1 Kartik 1426 was a Thursday'],
  ['2020-02-14', 1426, 11, 1, 'Pohela Falgun moved from 13 to 14 February'],
  ['2020-02-29', 1426, 11, 16, 'leap day inside Falgun'],
  ['2020-03-14', 1426, 11, 30, 'Falgun has 30 days in a leap year'],
  ['2020-03-15', 1426, 12, 1, ''],
  ['2020-04-13', 1426, 12, 30, 'last day of 1426'],
  // Before the revision (years up to 1425): months 1–5 of 31 days, Falgun 31 in a leap year.
  ['2019-02-13', 1425, 11, 1, 'Pohela Falgun on 13 February under the old rules'],
  ['2019-02-21', 1425, 11, 9, '21 February was 9 Falgun under the old rules'],
  ['2018-12-16', 1425, 9, 2, '16 December was 2 Poush under the old rules'],
  ['2018-10-16', 1425, 7, 1, 'old Ashwin had 30 days'],
  ['2016-03-14', 1422, 11, 31, 'old Falgun had 31 days in a leap year'],
  ['2016-03-15', 1422, 12, 1, ''],
  ['2000-04-14', 1407, 1, 1, ''],
  ['2000-04-13', 1406, 12, 30, ''],
];

test('known anchors, Gregorian to Bengali', () => {
  for (const [iso, year, month, day, why] of ANCHORS) {
    const got = toBengaliDate(iso);
    assert.deepEqual([got.year, got.month, got.day], [year, month, day], `${iso} (${why})`);
  }
});

test('known anchors, Bengali to Gregorian', () => {
  for (const [iso, year, month, day, why] of ANCHORS) {
    assert.equal(fromBengaliDate(year, month, day), iso, `${day}/${month}/${year} (${why})`);
  }
});

test('month names come with the date', () => {
  const cases: [string, string][] = [
    ['2025-04-14', 'বৈশাখ'],
    ['2025-05-25', 'জ্যৈষ্ঠ'],
    ['2025-06-15', 'আষাঢ়'.normalize('NFC')],
    ['2025-07-16', 'শ্রাবণ'],
    ['2025-08-16', 'ভাদ্র'],
    ['2025-09-16', 'আশ্বিন'],
    ['2025-10-17', 'কার্তিক'],
    ['2025-11-16', 'অগ্রহায়ণ'.normalize('NFC')],
    ['2025-12-16', 'পৌষ'],
    ['2026-01-15', 'মাঘ'],
    ['2026-02-14', 'ফাল্গুন'],
    ['2026-03-15', 'চৈত্র'],
  ];
  for (const [iso, name] of cases) assert.equal(toBengaliDate(iso).monthName, name, iso);
});

test('national days fall on fixed Bengali dates every year of the revised calendar', () => {
  for (let g = 2020; g <= 2120; g++) {
    const feb21 = toBengaliDate(`${g}-02-21`);
    const mar26 = toBengaliDate(`${g}-03-26`);
    const dec16 = toBengaliDate(`${g}-12-16`);
    const apr14 = toBengaliDate(`${g}-04-14`);
    assert.deepEqual([feb21.month, feb21.day], [11, 8], `21 February ${g} = 8 Falgun`);
    assert.deepEqual([mar26.month, mar26.day], [12, 12], `26 March ${g} = 12 Chaitra`);
    assert.deepEqual([dec16.month, dec16.day, dec16.year], [9, 1, g - 593], `16 December ${g} = 1 Poush`);
    assert.deepEqual([apr14.month, apr14.day, apr14.year], [1, 1, g - 593], `14 April ${g} = 1 Boishakh`);
  }
});

test('14 April is 1 Boishakh under the old rules too', () => {
  for (let g = 1988; g <= 2019; g++) {
    assert.equal(fromBengaliDate(g - 593, 1, 1), `${g}-04-14`);
  }
});

test('month lengths by year', () => {
  const cases: [year: number, lengths: number[], why: string][] = [
    [1431, [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30], 'revised, Falgun in Feb 2025'],
    [1430, [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30], 'revised, Falgun in Feb 2024 (leap)'],
    [1426, [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30], 'first revised year, Feb 2020 leap'],
    [1425, [31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30, 30], 'old rules, Feb 2019'],
    [1422, [31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 31, 30], 'old rules, Feb 2016 (leap)'],
    [1506, [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30], 'Feb 2100 is not a leap month'],
    [1406, [31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 31, 30], 'Feb 2000 is a leap month'],
  ];
  for (const [year, lengths, why] of cases) {
    const got = lengths.map((_, i) => bengaliMonthLength(year, i + 1));
    assert.deepEqual(got, lengths, `${year}: ${why}`);
    assert.equal(
      bengaliYearLength(year),
      lengths.reduce((a, b) => a + b, 0),
      `${year} length`,
    );
  }
});

test('round trip and month structure for every day from 2015-01-01 to 2035-12-31', () => {
  const first = isoToDayNumber('2015-01-01');
  const last = isoToDayNumber('2035-12-31');
  const daysInYear = new Map<number, number>();
  const daysInMonth = new Map<string, number>();
  let previous = toBengaliDate(dayNumberToIso(first - 1));
  for (let n = first; n <= last; n++) {
    const iso = dayNumberToIso(n);
    const b = toBengaliDate(iso);
    assert.equal(fromBengaliDate(b.year, b.month, b.day), iso, `round trip ${iso}`);
    // Each day follows the one before: next day of the month, or day 1 of the next month or year.
    const sameMonth = b.year === previous.year && b.month === previous.month && b.day === previous.day + 1;
    const nextMonth =
      b.day === 1 &&
      previous.day === bengaliMonthLength(previous.year, previous.month) &&
      ((b.year === previous.year && b.month === previous.month + 1) || (b.year === previous.year + 1 && b.month === 1 && previous.month === 12));
    assert.ok(sameMonth || nextMonth, `${iso} follows ${JSON.stringify(previous)} with ${JSON.stringify(b)}`);
    daysInYear.set(b.year, (daysInYear.get(b.year) ?? 0) + 1);
    const monthKey = `${b.year}-${b.month}`;
    daysInMonth.set(monthKey, (daysInMonth.get(monthKey) ?? 0) + 1);
    previous = b;
  }
  // Whole Bengali years inside the range: 1422 (from 2015-04-14) to 1441 (to 2035-04-13).
  for (let year = 1422; year <= 1441; year++) {
    const count = daysInYear.get(year);
    const leap = isBengaliLeapYear(year);
    assert.equal(count, leap ? 366 : 365, `days in ${year}`);
    // The leap year is the one whose Falgun contains 29 February.
    const feb29 = (year + 594) % 4 === 0 && ((year + 594) % 100 !== 0 || (year + 594) % 400 === 0);
    assert.equal(leap, feb29, `${year} leap`);
    if (feb29) assert.equal(toBengaliDate(`${year + 594}-02-29`).month, 11, `29 Feb in Falgun ${year}`);
    assert.equal(fromBengaliDate(year, 12, 30), `${year + 594}-04-13`, `last day of ${year}`);
    for (let month = 1; month <= 12; month++) {
      const expected = year >= 1426 ? (month <= 6 ? 31 : month === 11 ? (feb29 ? 30 : 29) : 30) : month <= 5 ? 31 : month === 11 ? (feb29 ? 31 : 30) : 30;
      assert.equal(daysInMonth.get(`${year}-${month}`), expected, `days in month ${month} of ${year}`);
    }
  }
});

test('day numbers: ISO arithmetic without Date or time zones', () => {
  const cases: [string, number][] = [
    ['1970-01-01', 0],
    ['1969-12-31', -1],
    ['2000-03-01', 11017],
    ['2025-05-06', 20214],
    ['0001-01-01', -719162],
    ['9999-12-31', 2932896],
  ];
  for (const [iso, n] of cases) {
    assert.equal(isoToDayNumber(iso), n, iso);
    assert.equal(dayNumberToIso(n), iso, String(n));
  }
  for (let n = -800000; n <= 3000000; n += 997) {
    const { year, month, day } = civilFromDayNumber(n);
    assert.equal(dayNumber(year, month, day), n);
  }
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-02-28', 1), '2025-03-01');
  assert.equal(addDays('2025-01-01', -1), '2024-12-31');
});

test('wrong ISO dates are refused with a RangeError', () => {
  const cases: [string, RegExp][] = [
    ['2025-02-29', /No such day: 2025-02-29/],
    ['2025-13-01', /No such day/],
    ['2025-04-31', /No such day/],
    ['2025-00-10', /No such day/],
    ['0000-01-01', /No such day/],
    ['2025-5-6', /Not an ISO date/],
    ['06/05/2025', /Not an ISO date/],
    ['২০২৫-০৫-০৬', /Not an ISO date/],
    ['2025-05-06T00:00:00Z', /Not an ISO date/],
    ['', /Not an ISO date/],
  ];
  for (const [iso, message] of cases) {
    assert.throws(() => toBengaliDate(iso), { name: 'RangeError', message }, iso);
    assert.throws(() => parseIsoDate(iso), RangeError, iso);
  }
  assert.throws(() => toBengaliDate('0500-01-01'), { name: 'RangeError', message: /outside the Bengali years/ });
});

test('wrong Bengali dates are refused with a RangeError', () => {
  const cases: [year: number, month: number, day: number, message: RegExp][] = [
    [1431, 11, 30, /Falgun 1431 has days 1 to 29, got 30/],
    [1430, 11, 31, /Falgun 1430 has days 1 to 30, got 31/],
    [1425, 11, 31, /Falgun 1425 has days 1 to 30/],
    [1432, 7, 31, /Kartik 1432 has days 1 to 30/],
    [1432, 1, 0, /Boishakh 1432 has days 1 to 31, got 0/],
    [1432, 1, 1.5, /got 1.5/],
    [1432, 0, 1, /month must be 1 .* to 12/],
    [1432, 13, 1, /month must be 1 .* to 12/],
    [0, 1, 1, /year must be a whole number/],
    [1432.5, 1, 1, /year must be a whole number/],
    [Number.NaN, 1, 1, /year must be a whole number/],
  ];
  for (const [year, month, day, message] of cases) {
    assert.throws(() => fromBengaliDate(year, month, day), { name: 'RangeError', message }, `${day}/${month}/${year}`);
  }
  assert.equal(fromBengaliDate(1430, 11, 30), '2024-03-14');
  assert.equal(fromBengaliDate(1422, 11, 31), '2016-03-14');
});
