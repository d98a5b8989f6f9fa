import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bengaliDigitsInProse, formatNumber, sizeInWords, formatNumberBn, parseInteger, toAsciiDigits, toBengaliDigits } from './digits.ts';

test('toBengaliDigits replaces ASCII digits and keeps everything else', () => {
  const cases: [string | number, string][] = [
    ['0123456789', '০১২৩৪৫৬৭৮৯'],
    [2025, '২০২৫'],
    [0, '০'],
    ['Room 12-B', 'Room ১২-B'],
    ['২০২৫', '২০২৫'],
    ['', ''],
  ];
  for (const [input, expected] of cases) assert.equal(toBengaliDigits(input), expected, String(input));
});

test('toAsciiDigits replaces Bengali digits and keeps everything else', () => {
  const cases: [string, string][] = [
    ['০১২৩৪৫৬৭৮৯', '0123456789'],
    ['০১৭১২-৩৪৫৬৭৮', '01712-345678'],
    ['স্মারক নং ০৫.৪৭.২০২৫', 'স্মারক নং 05.47.2025'],
    ['2025', '2025'],
    ['', ''],
  ];
  for (const [input, expected] of cases) assert.equal(toAsciiDigits(input), expected, input);
});

test('the two directions invert each other on digits', () => {
  for (let n = 0; n <= 1000; n += 7) {
    assert.equal(toAsciiDigits(toBengaliDigits(n)), String(n));
  }
});

test('parseInteger reads whole numbers in either script and nothing else', () => {
  const cases: [string, number | null][] = [
    ['১২৩', 123],
    ['12', 12],
    ['১২a', null],
    [' ৪৫ ', 45],
    ['১2৩', 123],
    ['০০৭', 7],
    ['', null],
    ['-1', null],
    ['1.5', null],
    ['১,২৩৪', null],
    ['99999999999999999999', null],
  ];
  for (const [input, expected] of cases) assert.equal(parseInteger(input), expected, input);
});

test('numbers are formatted with lakh grouping', () => {
  const cases: [number, 'bn' | 'en', string][] = [
    [1234567, 'bn', '১২,৩৪,৫৬৭'],
    [1234567, 'en', '12,34,567'],
    [7, 'bn', '৭'],
    [1000, 'en', '1,000'],
  ];
  for (const [n, locale, expected] of cases) assert.equal(formatNumber(n, locale), expected, `${n} ${locale}`);
  assert.equal(formatNumberBn(100000), '১,০০,০০০');
});

test("bengaliDigitsInProse: the message's own numbers, not what it quotes or codes", () => {
  assert.equal(bengaliDigitsInProse('সারি 3: কলাম 5 ও 6'), 'সারি ৩: কলাম ৫ ও ৬');
  assert.equal(bengaliDigitsInProse('ফাইলটি খুব বড় (12 বাইট; সর্বোচ্চ 10)'), 'ফাইলটি খুব বড় (১২ বাইট; সর্বোচ্চ ১০)');
  assert.equal(bengaliDigitsInProse('ফোন "01711 22" সঠিক নয়'), 'ফোন "01711 22" সঠিক নয়');
  assert.equal(bengaliDigitsInProse('ঠিকানা doict2.gov.bd ও +8801711223344 ও A4 ও x@y1.com'), 'ঠিকানা doict2.gov.bd ও +8801711223344 ও A4 ও x@y1.com');
  assert.equal(bengaliDigitsInProse('“Page 3” বাদ; `cli -- x 2`'), '“Page 3” বাদ; `cli -- x 2`');
  assert.equal(bengaliDigitsInProse('1.5 ঘণ্টা'), '1.5 ঘণ্টা');
});

test('sizeInWords says a size in both languages', () => {
  assert.deepEqual(sizeInWords(20 * 1024 * 1024), { en: '20 MB', bn: '২০ মেগাবাইট' });
  assert.deepEqual(sizeInWords(22544384), { en: '21.5 MB', bn: '২১.৫ মেগাবাইট' });
  assert.deepEqual(sizeInWords(1536), { en: '1.5 KB', bn: '১.৫ কিলোবাইট' });
  assert.deepEqual(sizeInWords(12), { en: '12 bytes', bn: '১২ বাইট' });
});
