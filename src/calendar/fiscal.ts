// The government fiscal year (July–June) and its quarters, by which charters are updated and reported.
import { toBengaliDigits, toAsciiDigits } from '../bangla/digits.ts';
import { parseIsoDate, toIsoDate } from '../bangla/calendar.ts';

export type Locale = 'bn' | 'en';
export type Quarter = 1 | 2 | 3 | 4;

export interface FiscalQuarter {
  /** '2025-26': ASCII, the form used as a key in data and URLs. */
  fiscalYear: string;
  /** The calendar year in which the fiscal year starts (1 July). */
  startYear: number;
  quarter: Quarter;
}

export interface DateRange {
  /** First day, ISO, inclusive. */
  from: string;
  /** Last day, ISO, inclusive. */
  to: string;
}

// Q1 Jul–Sep, Q2 Oct–Dec fall in startYear; Q3 Jan–Mar, Q4 Apr–Jun in startYear + 1.
const QUARTER_MONTHS: Readonly<Record<Quarter, { first: number; last: number; yearOffset: number }>> = {
  1: { first: 7, last: 9, yearOffset: 0 },
  2: { first: 10, last: 12, yearOffset: 0 },
  3: { first: 1, last: 3, yearOffset: 1 },
  4: { first: 4, last: 6, yearOffset: 1 },
};

const LABELS: Readonly<Record<Quarter, { bn: string; en: string }>> = {
  1: { bn: '১ম কোয়ার্টার (জুলাই–সেপ্টেম্বর)', en: 'Q1 (July–September)' },
  2: { bn: '২য় কোয়ার্টার (অক্টোবর–ডিসেম্বর)', en: 'Q2 (October–December)' },
  3: { bn: '৩য় কোয়ার্টার (জানুয়ারি–মার্চ)', en: 'Q3 (January–March)' },
  4: { bn: '৪র্থ কোয়ার্টার (এপ্রিল–জুন)', en: 'Q4 (April–June)' },
};

export function isQuarter(value: number): value is Quarter {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

function checkStartYear(startYear: number): void {
  if (!Number.isInteger(startYear) || startYear < 1 || startYear > 9998) {
    throw new RangeError(`Fiscal start year must be a whole number from 1 to 9998, got ${startYear}`);
  }
}

function checkQuarter(quarter: number): Quarter {
  if (!isQuarter(quarter)) throw new RangeError(`Quarter must be 1, 2, 3 or 4, got ${quarter}`);
  return quarter;
}

/** '2025' -> '2025-26' (ASCII). */
function fiscalYearKey(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** The fiscal year and quarter of an ISO date: '2025-08-01' -> {fiscalYear: '2025-26', startYear: 2025, quarter: 1}. */
export function fiscalQuarterOf(iso: string): FiscalQuarter {
  const { year, month } = parseIsoDate(iso);
  const startYear = month >= 7 ? year : year - 1;
  if (startYear < 1) throw new RangeError(`${iso} is before the first fiscal year this module handles`);
  const quarter = checkQuarter(month >= 7 ? Math.floor((month - 7) / 3) + 1 : Math.floor((month - 1) / 3) + 3);
  return { fiscalYear: fiscalYearKey(startYear), startYear, quarter };
}

/** First and last day (inclusive, ISO) of a quarter of the fiscal year starting 1 July startYear. */
export function quarterRange(startYear: number, quarter: number): DateRange {
  checkStartYear(startYear);
  const { first, last, yearOffset } = QUARTER_MONTHS[checkQuarter(quarter)];
  const year = startYear + yearOffset;
  const lastDay = last === 9 || last === 6 ? 30 : 31;
  return { from: toIsoDate(year, first, 1), to: toIsoDate(year, last, lastDay) };
}

/** 1 July startYear to 30 June startYear + 1. */
export function fiscalYearRange(startYear: number): DateRange {
  checkStartYear(startYear);
  return { from: toIsoDate(startYear, 7, 1), to: toIsoDate(startYear + 1, 6, 30) };
}

/** 2025 -> '২০২৫-২৬' (bn) or '2025-26' (en). */
export function formatFiscalYear(startYear: number, locale: Locale): string {
  checkStartYear(startYear);
  const key = fiscalYearKey(startYear);
  return locale === 'bn' ? toBengaliDigits(key) : key;
}

/** 1 -> '১ম কোয়ার্টার (জুলাই–সেপ্টেম্বর)' (bn) or 'Q1 (July–September)' (en). */
export function quarterLabel(quarter: number, locale: Locale): string {
  const label = LABELS[checkQuarter(quarter)];
  return locale === 'bn' ? label.bn.normalize('NFC') : label.en;
}

/**
 * Reads a fiscal year as documents write it ('২০২৪-২৫', '2024-25', '2024-2025', '২০২৪–২৫ অর্থবছর')
 * and returns its start year, or null when the text is not one (the two years must be consecutive).
 */
export function parseFiscalYear(text: string): number | null {
  const m = /^\s*(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})\s*(?:অর্থবছর|অর্থ বছর|fy|fiscal year)?\s*$/iu.exec(toAsciiDigits(text.normalize('NFC')));
  if (m === null) return null;
  const startYear = Number(m[1]);
  const end = m[2] ?? '';
  const endYear = end.length === 2 ? startYear + 1 - ((startYear + 1) % 100) + Number(end) : Number(end);
  if (endYear !== startYear + 1 || startYear < 1 || startYear > 9998) return null;
  return startYear;
}

/** The quarter after the given one (Q4 of 2024-25 is followed by Q1 of 2025-26). */
export function nextQuarter(startYear: number, quarter: number): { startYear: number; quarter: Quarter } {
  return quarter >= 4 ? { startYear: startYear + 1, quarter: 1 } : { startYear, quarter: (quarter + 1) as Quarter };
}

/** Whether quarter a comes before quarter b. */
export const quarterBefore = (a: { startYear: number; quarter: number }, b: { startYear: number; quarter: number }) =>
  a.startYear * 4 + a.quarter < b.startYear * 4 + b.quarter;
