// Dates as Bangladesh documents write them: formatting for pages and letters, parsing what documents carry.
import { toAsciiDigits, toBengaliDigits } from './digits.ts';
import { normalizeLine } from './normalize.ts';
import { BENGALI_MONTHS_BN, BENGALI_MONTHS_EN, fromBengaliDate, isValidCivilDate, parseIsoDate, toBengaliDate, toIsoDate } from './calendar.ts';

export type Locale = 'bn' | 'en';

/** Bangladesh keeps UTC+6 all year (no summer time), so the offset is fixed. */
const DHAKA_OFFSET_MS = 6 * 3600_000;

/** The wall-clock time in Bangladesh at an instant, as "YYYY-MM-DDTHH:MM" (the instant is passed in). */
export const dhakaWallClock = (at: Date): string => new Date(at.getTime() + DHAKA_OFFSET_MS).toISOString().slice(0, 16);

/** The date in Bangladesh at an instant, ISO: what a letter, a deadline or a quarter counts by. */
export const dhakaDate = (at: Date): string => dhakaWallClock(at).slice(0, 10);

/** An instant as Bangladesh time with its offset, to the second: "2026-06-04T10:00:00+06:00" (CSV, Open311, dossiers). */
export const dhakaTimestamp = (at: Date): string => `${new Date(at.getTime() + DHAKA_OFFSET_MS).toISOString().slice(0, 19)}+06:00`;

/** The first instant of a day in Bangladesh (an ISO date). */
export const dhakaMidnight = (iso: string): Date => new Date(`${iso}T00:00:00+06:00`);

/** Gregorian month names for Bangla pages, January first (NFC). */
export const GREGORIAN_MONTHS_BN: readonly string[] = [
  'জানুয়ারি',
  'ফেব্রুয়ারি',
  'মার্চ',
  'এপ্রিল',
  'মে',
  'জুন',
  'জুলাই',
  'আগস্ট',
  'সেপ্টেম্বর',
  'অক্টোবর',
  'নভেম্বর',
  'ডিসেম্বর',
].map((name) => name.normalize('NFC'));

export const GREGORIAN_MONTHS_EN: readonly string[] = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

function nameAt(names: readonly string[], month: number): string {
  const name = names[month - 1];
  if (name === undefined) throw new RangeError(`Month must be 1 to 12, got ${month}`);
  return name;
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** '2025-05-06' -> '০৬ মে ২০২৫' (day padded to two digits, as letters print it). */
export function formatDateBn(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return toBengaliDigits(`${pad2(day)} ${nameAt(GREGORIAN_MONTHS_BN, month)} ${year}`);
}

/** '2025-05-06' -> '6 May 2025'. */
export function formatDateEn(iso: string): string {
  const { year, month, day } = parseIsoDate(iso);
  return `${day} ${nameAt(GREGORIAN_MONTHS_EN, month)} ${year}`;
}

/** '2025-05-06' -> '২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ' (day padded to two digits, like formatDateBn). */
export function formatBengaliCalendarDate(iso: string): string {
  const { year, month, day } = toBengaliDate(iso);
  return toBengaliDigits(`${pad2(day)} ${nameAt(BENGALI_MONTHS_BN, month)} ${year}`) + ' বঙ্গাব্দ';
}

/** '2025-05-06' -> '23 Boishakh 1432 BS'. */
export function formatBengaliCalendarDateEn(iso: string): string {
  const { year, month, day } = toBengaliDate(iso);
  return `${day} ${nameAt(BENGALI_MONTHS_EN, month)} ${year} BS`;
}

/**
 * The date twice, as official letters carry it:
 * bn '২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ / ০৬ মে ২০২৫ খ্রিস্টাব্দ', en '23 Boishakh 1432 BS / 6 May 2025'.
 */
export function formatDualDate(iso: string, locale: Locale): string {
  if (locale === 'bn') return `${formatBengaliCalendarDate(iso)} / ${formatDateBn(iso)} খ্রিস্টাব্দ`;
  return `${formatBengaliCalendarDateEn(iso)} / ${formatDateEn(iso)}`;
}

// ---- parsing ----

type MonthRef = { calendar: 'gregorian' | 'bengali'; month: number };

// Keys are compared after the same cleaning as the input (NFC, no joiners, lower case).
function key(text: string): string {
  return normalizeLine(text)
    .replace(/[\u200C\u200D]/g, '')
    .toLowerCase();
}

// Spellings seen in documents besides the standard names; 'sept' and the three-letter forms for English.
const GREGORIAN_VARIANTS: readonly (readonly string[])[] = [
  ['জানুয়ারী', 'jan'],
  ['ফেব্রুয়ারী', 'ফেব্রুয়ারি', 'feb'],
  ['mar'],
  ['apr'],
  [],
  ['jun'],
  ['জুলায়', 'jul'],
  ['আগষ্ট', 'aug'],
  ['সেপ্টেম্বার', 'sep', 'sept'],
  ['অক্টোবার', 'oct'],
  ['নভেম্বার', 'nov'],
  ['ডিসেম্বার', 'dec'],
];

const BENGALI_VARIANTS: readonly (readonly string[])[] = [
  ['baishakh', 'boishak', 'baisakh'],
  ['জৈষ্ঠ', 'জৈষ্ঠ্য', 'jaishtha', 'jyoishtho', 'jyaistha'],
  ['আষাড়', 'ashar', 'asharh', 'asadh', 'ashadh'],
  ['শ্রাবন', 'srabon', 'shraban', 'sraban'],
  ['bhadra'],
  ['ashshin', 'aswin', 'ashshwin'],
  ['কার্ত্তিক', 'kartick', 'kartika'],
  ['অগ্রহায়ন', 'agrahayan', 'ogrohayan', 'agrohayon', 'aghrayan'],
  ['পউষ', 'paush', 'pous'],
  [],
  ['ফাল্গুণ', 'phalgun', 'falgoon'],
  ['chaitra', 'choitro', 'choitra'],
];

const MONTHS: ReadonlyMap<string, MonthRef> = (() => {
  const map = new Map<string, MonthRef>();
  const add = (names: readonly string[], calendar: MonthRef['calendar'], month: number): void => {
    for (const name of names) map.set(key(name), { calendar, month });
  };
  for (let i = 0; i < 12; i++) {
    const month = i + 1;
    add([nameAt(GREGORIAN_MONTHS_BN, month), nameAt(GREGORIAN_MONTHS_EN, month)], 'gregorian', month);
    add(GREGORIAN_VARIANTS[i] ?? [], 'gregorian', month);
    add([nameAt(BENGALI_MONTHS_BN, month), nameAt(BENGALI_MONTHS_EN, month)], 'bengali', month);
    add(BENGALI_VARIANTS[i] ?? [], 'bengali', month);
  }
  return map;
})();

// Era words after a date: ইং (ইংরেজি), খ্রি./খ্রিঃ/খ্রিস্টাব্দ, A.D.; বঙ্গাব্দ/বাং, B.S. for Bengali dates.
const ERA_SUFFIX = /\s*(?:ইং(?:রেজি)?|খ্রি(?:স্টাব্দ|ষ্টাব্দ)?|খৃ(?:ষ্টাব্দ)?|a\.?\s?d|বঙ্গাব্দ|বাংলা|বাং|b\.?\s?s|সন|সাল)\s*[.ঃ:]?\s*$/u;
const DATE_LABEL = /^(?:তারিখ|তাং|date(?:d)?)\s*[.ঃ:]?\s*/u;

const YEAR_FIRST = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/;
const DAY_NAME_YEAR = /^(\d{1,2})(?:st|nd|rd|th|শে|লা|রা|ঠা|ই)?[\s.,-]*([^\d\s.,-]+)[\s.,-]*(\d{4})$/u;
const NAME_DAY_YEAR = /^([^\d\s.,-]+)[\s.]*(\d{1,2})(?:st|nd|rd|th)?[\s,]+(\d{4})$/u;

function civil(year: number, month: number, day: number): string | null {
  return isValidCivilDate(year, month, day) ? toIsoDate(year, month, day) : null;
}

function fromNamed(name: string, day: number, year: number): string | null {
  const ref = MONTHS.get(name.replace(/\.$/, ''));
  if (ref === undefined) return null;
  if (ref.calendar === 'gregorian') return civil(year, ref.month, day);
  try {
    return fromBengaliDate(year, ref.month, day);
  } catch (error) {
    if (error instanceof RangeError) return null;
    throw error;
  }
}

function parseOne(text: string): string | null {
  let s = text.trim();
  // Wrapping brackets, a leading label and a trailing era word, in the order documents put them.
  for (let changed = true; changed;) {
    const before = s;
    s = s
      .replace(/^[([{]\s*(.*?)\s*[)\]}]$/u, '$1')
      .replace(DATE_LABEL, '')
      .replace(ERA_SUFFIX, '')
      .trim();
    changed = s !== before;
  }
  let m = YEAR_FIRST.exec(s);
  if (m !== null) return civil(Number(m[1]), Number(m[2]), Number(m[3]));
  m = DAY_FIRST.exec(s);
  if (m !== null) return civil(Number(m[4]), Number(m[3]), Number(m[1]));
  m = DAY_NAME_YEAR.exec(s);
  if (m !== null) return fromNamed(m[2] ?? '', Number(m[1]), Number(m[3]));
  m = NAME_DAY_YEAR.exec(s);
  if (m !== null) return fromNamed(m[1] ?? '', Number(m[2]), Number(m[3]));
  return null;
}

/**
 * Reads a date the way Bangladesh documents write it and returns it as ISO, or null when the text is
 * not a date or names a day that does not exist (31/02/2025). Slashes, dashes and dots are day first
 * (০৩/০৬/২০২৫ is 3 June). Accepts Bengali or ASCII digits, brackets, a 'তারিখ:' label, era words
 * (ইং, খ্রি., খ্রিস্টাব্দ, বঙ্গাব্দ), Gregorian or Bengali month names in Bangla or English, and the
 * dual form 'Bengali date / Gregorian date' when both halves name the same day.
 */
export function parseDocumentDate(text: string): string | null {
  const s = key(toAsciiDigits(text));
  if (s === '') return null;
  const halves = s.split(/\s+\/\s+/);
  if (halves.length === 2) {
    const first = parseOne(halves[0] ?? '');
    return first !== null && first === parseOne(halves[1] ?? '') ? first : null;
  }
  if (halves.length > 2) return null;
  return parseOne(s);
}
