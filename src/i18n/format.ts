// Numbers and dates for the page's locale: Bengali digits in Bangla text, both calendars where letters use them.
import { toBengaliDigits } from '../bangla/digits.ts';
import { formatDateBn, formatDateEn, formatDualDate } from '../bangla/dates.ts';
import type { Locale } from './messages.ts';

export function num(value: number | string, locale: Locale): string {
  return locale === 'bn' ? toBengaliDigits(value) : String(value);
}

/** Digits inside text (codes, phone numbers shown in Bangla). */
export function digits(text: string, locale: Locale): string {
  return locale === 'bn' ? toBengaliDigits(text) : text;
}

export function date(iso: string, locale: Locale): string {
  return locale === 'bn' ? formatDateBn(iso) : formatDateEn(iso);
}

/** "২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ / ০৬ মে ২০২৫ খ্রিস্টাব্দ" */
export const dualDate = (iso: string, locale: Locale): string => formatDualDate(iso, locale);

/** A phone in E.164 as people read it: ০১৭৫১-১১৯০৭৩ for mobiles, the national form for land lines. */
export function phone(e164: string, locale: Locale): string {
  const national = e164.startsWith('+880') ? `0${e164.slice(4)}` : e164;
  const shown = /^01\d{9}$/.test(national) ? `${national.slice(0, 5)}-${national.slice(5)}` : national;
  return digits(shown, locale);
}

const PLACE_WORDS_BN: [RegExp, string][] = [
  [/\bgrievance step\b/g, 'অভিযোগ প্রতিকারের ধাপ'],
  [/\bsubordinate offices\b/g, 'আওতাধীন দপ্তর'],
  [/\bgrievance\b/g, 'অভিযোগ প্রতিকার ব্যবস্থা'],
  [/\bexpectations\b/g, 'প্রত্যাশা'],
  [/\bservices\b/g, 'প্রতিশ্রুত সেবা'],
  [/\bsign-off\b/g, 'স্বাক্ষর অংশ'],
  [/\bheader\b/g, 'শিরোনাম'],
  [/\bvision\b/g, 'ভিশন'],
  [/\bmission\b/g, 'মিশন'],
  [/\bfile\b/g, 'ফাইল'],
  [/\brows?\b/g, 'সারি'],
  [/\blines?\b/g, 'লাইন'],
  [/\bcolumns?\b/g, 'কলাম'],
  [/\bstep\b/g, 'ধাপ'],
];

/** Where a finding is ("2.1 row 3 column 6", "header"), in the page's language: "২.১ সারি ৩ কলাম ৬", "শিরোনাম". */
export function place(where: string, locale: Locale): string {
  if (locale === 'en') return where;
  return toBengaliDigits(PLACE_WORDS_BN.reduce((text, [word, bn]) => text.replace(word, bn), where));
}
