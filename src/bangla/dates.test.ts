import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatBengaliCalendarDate, formatBengaliCalendarDateEn, formatDateBn, formatDateEn, formatDualDate, parseDocumentDate } from './dates.ts';

// Expected Bangla text is compared in NFC, the form the formatters produce (য় as য + nukta).
const nfc = (s: string): string => s.normalize('NFC');

test('formatDateBn and formatDateEn', () => {
  const cases: [string, string, string][] = [
    ['2025-05-06', '০৬ মে ২০২৫', '6 May 2025'],
    ['2025-01-01', '০১ জানুয়ারি ২০২৫', '1 January 2025'],
    ['2024-02-29', '২৯ ফেব্রুয়ারি ২০২৪', '29 February 2024'],
    ['2025-03-26', '২৬ মার্চ ২০২৫', '26 March 2025'],
    ['2025-04-14', '১৪ এপ্রিল ২০২৫', '14 April 2025'],
    ['2025-06-30', '৩০ জুন ২০২৫', '30 June 2025'],
    ['2025-07-01', '০১ জুলাই ২০২৫', '1 July 2025'],
    ['2025-08-15', '১৫ আগস্ট ২০২৫', '15 August 2025'],
    ['2020-09-28', '২৮ সেপ্টেম্বর ২০২০', '28 September 2020'],
    ['2025-10-17', '১৭ অক্টোবর ২০২৫', '17 October 2025'],
    ['2025-11-30', '৩০ নভেম্বর ২০২৫', '30 November 2025'],
    ['2024-12-16', '১৬ ডিসেম্বর ২০২৪', '16 December 2024'],
  ];
  for (const [iso, bn, en] of cases) {
    assert.equal(formatDateBn(iso), nfc(bn), iso);
    assert.equal(formatDateEn(iso), en, iso);
  }
});

test('Bengali calendar dates and the dual date of official letters', () => {
  const cases: [iso: string, bengali: string, bengaliEn: string, dualBn: string, dualEn: string][] = [
    ['2025-05-06', '২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ', '23 Boishakh 1432 BS', '২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ / ০৬ মে ২০২৫ খ্রিস্টাব্দ', '23 Boishakh 1432 BS / 6 May 2025'],
    ['2020-09-28', '১৩ আশ্বিন ১৪২৭ বঙ্গাব্দ', '13 Ashwin 1427 BS', '১৩ আশ্বিন ১৪২৭ বঙ্গাব্দ / ২৮ সেপ্টেম্বর ২০২০ খ্রিস্টাব্দ', '13 Ashwin 1427 BS / 28 September 2020'],
    ['2024-12-16', '০১ পৌষ ১৪৩১ বঙ্গাব্দ', '1 Poush 1431 BS', '০১ পৌষ ১৪৩১ বঙ্গাব্দ / ১৬ ডিসেম্বর ২০২৪ খ্রিস্টাব্দ', '1 Poush 1431 BS / 16 December 2024'],
    ['2025-02-21', '০৮ ফাল্গুন ১৪৩১ বঙ্গাব্দ', '8 Falgun 1431 BS', '০৮ ফাল্গুন ১৪৩১ বঙ্গাব্দ / ২১ ফেব্রুয়ারি ২০২৫ খ্রিস্টাব্দ', '8 Falgun 1431 BS / 21 February 2025'],
    ['2025-06-20', '০৬ আষাঢ় ১৪৩২ বঙ্গাব্দ', '6 Asharh 1432 BS', '০৬ আষাঢ় ১৪৩২ বঙ্গাব্দ / ২০ জুন ২০২৫ খ্রিস্টাব্দ', '6 Asharh 1432 BS / 20 June 2025'],
    [
      '2025-11-20',
      '০৫ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ',
      '5 Ogrohayon 1432 BS',
      '০৫ অগ্রহায়ণ ১৪৩২ বঙ্গাব্দ / ২০ নভেম্বর ২০২৫ খ্রিস্টাব্দ',
      '5 Ogrohayon 1432 BS / 20 November 2025',
    ],
  ];
  for (const [iso, bengali, bengaliEn, dualBn, dualEn] of cases) {
    assert.equal(formatBengaliCalendarDate(iso), nfc(bengali), iso);
    assert.equal(formatBengaliCalendarDateEn(iso), bengaliEn, iso);
    assert.equal(formatDualDate(iso, 'bn'), nfc(dualBn), iso);
    assert.equal(formatDualDate(iso, 'en'), dualEn, iso);
  }
});

test('formatted Bangla is already NFC, so it matches normalised text in search', () => {
  for (const iso of ['2025-01-01', '2025-02-01', '2025-06-20', '2025-11-20']) {
    const text = formatDualDate(iso, 'bn');
    assert.equal(text, text.normalize('NFC'), iso);
  }
});

test('formatters refuse a wrong ISO date', () => {
  for (const iso of ['2025-02-29', '06/05/2025', '']) {
    assert.throws(() => formatDateBn(iso), RangeError, iso);
    assert.throws(() => formatDateEn(iso), RangeError, iso);
    assert.throws(() => formatDualDate(iso, 'bn'), RangeError, iso);
  }
});

test('parseDocumentDate reads the shapes documents use', () => {
  const cases: [string, string][] = [
    ['০৩/০৬/২০২৫', '2025-06-03'],
    ['(০৩/০৬/২০২৫ ইং)', '2025-06-03'],
    ['০৬-০৫-২০২৫', '2025-05-06'],
    ['২৫ ফেব্রুয়ারি ২০২৫ খ্রি.', '2025-02-25'],
    ['06 May 2025', '2025-05-06'],
    ['2025-05-06', '2025-05-06'],
    ['৬/৫/২০২৫', '2025-05-06'],
    ['06.05.2025', '2025-05-06'],
    ['০৬.০৫.২০২৫ খ্রিঃ', '2025-05-06'],
    ['তারিখ: ০৬/০৫/২০২৫', '2025-05-06'],
    ['তারিখঃ ২১শে ফেব্রুয়ারী ২০২৪ খ্রিস্টাব্দ', '2024-02-21'],
    ['১লা বৈশাখ ১৪৩২', '2025-04-14'],
    ['০৬ মে, ২০২৫', '2025-05-06'],
    ['০৬ মে ২০২৫ খ্রিস্টাব্দ', '2025-05-06'],
    ['১৫ আগষ্ট ২০২৫', '2025-08-15'],
    ['6 may 2025', '2025-05-06'],
    ['6-May-2025', '2025-05-06'],
    ['6th Sept. 2025', '2025-09-06'],
    ['May 6, 2025', '2025-05-06'],
    ['Dated: 06/05/2025', '2025-05-06'],
    ['২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ', '2025-05-06'],
    ['১৩ আশ্বিন ১৪২৭ বঙ্গাব্দ', '2020-09-28'],
    ['23 Boishakh 1432 BS', '2025-05-06'],
    ['২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ / ০৬ মে ২০২৫ খ্রিস্টাব্দ', '2025-05-06'],
    ['23 Boishakh 1432 BS / 6 May 2025', '2025-05-06'],
    ['  ০৩/০৬/২০২৫\u00A0 ', '2025-06-03'],
    ['২৯/০২/২০২৪', '2024-02-29'],
  ];
  for (const [text, iso] of cases) assert.equal(parseDocumentDate(text), iso, text);
});

test('parseDocumentDate returns null, never throws, for what is not a real date', () => {
  const cases: string[] = [
    '31/02/2025',
    '২৯/০২/২০২৫',
    '৩১/০৪/২০২৫',
    '১২/১৩/২০২৫',
    '00/01/2025',
    '2025-02-30',
    '03/06/25',
    '03/06-2025',
    '৩০ ফাল্গুন ১৪৩১',
    '৩২ বৈশাখ ১৪৩২',
    '৩২ মে ২০২৫',
    '06 Mayo 2025',
    '২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ / ০৭ মে ২০২৫ খ্রিস্টাব্দ',
    '০৩/০৬/২০২৫ থেকে ০৩/০৭/২০২৫',
    'hello',
    '',
    '   ',
  ];
  for (const text of cases) assert.equal(parseDocumentDate(text), null, JSON.stringify(text));
});

test('the date in Bangladesh at an instant: UTC+6 all year, so 19:00 UTC on 30 June is already 1 July there', async () => {
  const { dhakaDate, dhakaWallClock } = await import('./dates.ts');
  assert.equal(dhakaDate(new Date('2025-06-30T19:00:00Z')), '2025-07-01');
  assert.equal(dhakaDate(new Date('2025-06-30T17:59:00Z')), '2025-06-30');
  assert.equal(dhakaWallClock(new Date('2025-12-31T20:30:00Z')), '2026-01-01T02:30');
});
