// Numbers and dates for the page's locale: Bengali digits in Bangla text, both calendars where letters use them.
import { toBengaliDigits } from '../bangla/digits.ts';
import { dhakaWallClock, formatDateBn, formatDateEn, formatDualDate } from '../bangla/dates.ts';
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

/** An instant as people in Bangladesh read it: the date in the page's language and the time ("১ জানুয়ারি ২০২৬ ০২:৩০"). */
export function dateTime(at: Date, locale: Locale): string {
  const local = dhakaWallClock(at);
  return `${date(local.slice(0, 10), locale)} ${digits(local.slice(11, 16), locale)}`;
}
