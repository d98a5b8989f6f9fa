import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fiscalQuarterOf, fiscalYearRange, formatFiscalYear, parseFiscalYear, quarterLabel, quarterRange } from './fiscal.ts';

test('fiscalQuarterOf: July–June years, quarters from July', () => {
  const cases: [iso: string, fiscalYear: string, startYear: number, quarter: number][] = [
    ['2025-07-01', '2025-26', 2025, 1],
    ['2025-09-30', '2025-26', 2025, 1],
    ['2025-10-01', '2025-26', 2025, 2],
    ['2025-12-31', '2025-26', 2025, 2],
    ['2026-01-01', '2025-26', 2025, 3],
    ['2026-03-31', '2025-26', 2025, 3],
    ['2026-04-01', '2025-26', 2025, 4],
    ['2026-06-30', '2025-26', 2025, 4],
    ['2025-06-30', '2024-25', 2024, 4],
    ['2025-05-06', '2024-25', 2024, 4],
    ['2024-02-29', '2023-24', 2023, 3],
    ['2099-08-01', '2099-00', 2099, 1],
    ['2000-01-15', '1999-00', 1999, 3],
  ];
  for (const [iso, fiscalYear, startYear, quarter] of cases) {
    assert.deepEqual(fiscalQuarterOf(iso), { fiscalYear, startYear, quarter }, iso);
  }
});

test('quarterRange and fiscalYearRange give inclusive ISO bounds', () => {
  const cases: [startYear: number, quarter: number, from: string, to: string][] = [
    [2025, 1, '2025-07-01', '2025-09-30'],
    [2025, 2, '2025-10-01', '2025-12-31'],
    [2025, 3, '2026-01-01', '2026-03-31'],
    [2025, 4, '2026-04-01', '2026-06-30'],
    [2023, 3, '2024-01-01', '2024-03-31'],
  ];
  for (const [startYear, quarter, from, to] of cases) {
    assert.deepEqual(quarterRange(startYear, quarter), { from, to }, `${startYear} Q${quarter}`);
    assert.deepEqual(fiscalQuarterOf(from), fiscalQuarterOf(to));
  }
  assert.deepEqual(fiscalYearRange(2025), { from: '2025-07-01', to: '2026-06-30' });
});

test('quarter ranges agree with fiscalQuarterOf at both ends', () => {
  for (let startYear = 2019; startYear <= 2030; startYear++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const { from, to } = quarterRange(startYear, quarter);
      assert.deepEqual(fiscalQuarterOf(from), { ...fiscalQuarterOf(to), quarter });
      assert.equal(fiscalQuarterOf(from).startYear, startYear);
    }
  }
});

test('formatFiscalYear', () => {
  const cases: [number, 'bn' | 'en', string][] = [
    [2025, 'bn', '২০২৫-২৬'],
    [2025, 'en', '2025-26'],
    [1999, 'en', '1999-00'],
    [2009, 'bn', '২০০৯-১০'],
  ];
  for (const [startYear, locale, expected] of cases) assert.equal(formatFiscalYear(startYear, locale), expected);
});

test('quarterLabel', () => {
  const cases: [number, string, string][] = [
    [1, '১ম কোয়ার্টার (জুলাই–সেপ্টেম্বর)', 'Q1 (July–September)'],
    [2, '২য় কোয়ার্টার (অক্টোবর–ডিসেম্বর)', 'Q2 (October–December)'],
    [3, '৩য় কোয়ার্টার (জানুয়ারি–মার্চ)', 'Q3 (January–March)'],
    [4, '৪র্থ কোয়ার্টার (এপ্রিল–জুন)', 'Q4 (April–June)'],
  ];
  for (const [quarter, bn, en] of cases) {
    assert.equal(quarterLabel(quarter, 'bn'), bn.normalize('NFC'), `Q${quarter} bn`);
    assert.equal(quarterLabel(quarter, 'en'), en, `Q${quarter} en`);
  }
});

test('parseFiscalYear', () => {
  const cases: [string, number | null][] = [
    ['২০২৪-২৫', 2024],
    ['2024-25', 2024],
    ['2024-2025', 2024],
    ['২০২৪–২৫ অর্থবছর', 2024],
    ['1999-00', 1999],
    ['2024-26', null],
    ['2024-2026', null],
    ['2024', null],
    ['', null],
  ];
  for (const [text, expected] of cases) assert.equal(parseFiscalYear(text), expected, text);
});

test('wrong input is refused with a RangeError', () => {
  assert.throws(() => quarterRange(2025, 0), { name: 'RangeError', message: /Quarter must be 1, 2, 3 or 4, got 0/ });
  assert.throws(() => quarterRange(2025, 5), RangeError);
  assert.throws(() => quarterRange(2025, 1.5), RangeError);
  assert.throws(() => quarterRange(2025.5, 1), { name: 'RangeError', message: /start year/ });
  assert.throws(() => quarterLabel(5, 'bn'), RangeError);
  assert.throws(() => formatFiscalYear(Number.NaN, 'en'), RangeError);
  assert.throws(() => fiscalQuarterOf('2025-02-29'), RangeError);
  assert.throws(() => fiscalQuarterOf('01/07/2025'), RangeError);
});
