// The Bangladesh revised Bengali calendar (বঙ্গাব্দ) and the ISO-date arithmetic it rests on.
//
// Why the rules look like this: since 1987 (1394/1395 BS) Bangladesh fixes 1 Boishakh on 14 April and
// gives the extra day to Falgun in the Bengali year whose Falgun contains 29 February. The 2019
// revision (Bangla Academy committee, public administration ministry circular; first visible when
// Ashwin 1426 got a 31st day on 16 October 2019) made months 1–6 31 days, Falgun 29 (30 in a leap
// year) and the rest 30, so that 21 February = 8 Falgun, 26 March = 12 Chaitra and 16 December =
// 1 Poush every year. Months 1–5 are identical under both rules, so switching whole years at 1426
// gives the same dates as switching in the middle of Ashwin 1426.
//
// All arithmetic is on whole day numbers (days since 1970-01-01) from the proleptic Gregorian
// calendar, never on Date objects, so no time zone and no clock is involved.

/** The first Bengali year counted with the 2019 rules. */
export const REVISED_FROM_YEAR = 1426;

/** Bengali year = Gregorian year − this, from 14 April on (− this − 1 before 14 April). */
const ERA_OFFSET = 593;

/** Month names as Bangladesh government letters spell them, বৈশাখ first (NFC). */
export const BENGALI_MONTHS_BN: readonly string[] = [
  'বৈশাখ',
  'জ্যৈষ্ঠ',
  'আষাঢ়',
  'শ্রাবণ',
  'ভাদ্র',
  'আশ্বিন',
  'কার্তিক',
  'অগ্রহায়ণ',
  'পৌষ',
  'মাঘ',
  'ফাল্গুন',
  'চৈত্র',
].map((name) => name.normalize('NFC'));

/** Month names for English pages, Boishakh first. */
export const BENGALI_MONTHS_EN: readonly string[] = [
  'Boishakh',
  'Joishtho',
  'Asharh',
  'Shrabon',
  'Bhadro',
  'Ashwin',
  'Kartik',
  'Ogrohayon',
  'Poush',
  'Magh',
  'Falgun',
  'Chaitro',
];

export interface BengaliDate {
  year: number;
  /** 1 (বৈশাখ) to 12 (চৈত্র). */
  month: number;
  day: number;
  /** The Bengali name of the month, e.g. 'বৈশাখ'. */
  monthName: string;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

// ISO dates this module accepts: four-digit years. Bengali year 1 starts on 0594-04-14.
const MIN_BENGALI_YEAR = 1;
const MAX_BENGALI_YEAR = 9999 - ERA_OFFSET - 1;

export function isGregorianLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function gregorianMonthLength(year: number, month: number): number {
  if (month === 2) return isGregorianLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the three numbers name a real day with a four-digit year (0001–9999). */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= gregorianMonthLength(year, month)
  );
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict 'YYYY-MM-DD' string; throws a RangeError for any other shape or an impossible day. */
export function parseIsoDate(iso: string): CivilDate {
  const match = ISO_DATE.exec(iso);
  if (match === null) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(iso)}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (!isValidCivilDate(year, month, day)) {
    throw new RangeError(`No such day: ${iso}`);
  }
  return { year, month, day };
}

/** Formats a day as 'YYYY-MM-DD'; throws a RangeError if the day does not exist. */
export function toIsoDate(year: number, month: number, day: number): string {
  if (!isValidCivilDate(year, month, day)) {
    throw new RangeError(`No such day: year ${year}, month ${month}, day ${day}`);
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil).
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The inverse of dayNumber. */
export function civilFromDayNumber(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Day number of an ISO date; throws a RangeError for a wrong date. */
export function isoToDayNumber(iso: string): number {
  const { year, month, day } = parseIsoDate(iso);
  return dayNumber(year, month, day);
}

/** ISO date of a day number. */
export function dayNumberToIso(days: number): string {
  const { year, month, day } = civilFromDayNumber(days);
  return toIsoDate(year, month, day);
}

/** Adds (or with a negative n subtracts) calendar days to an ISO date. */
export function addDays(iso: string, n: number): string {
  return dayNumberToIso(isoToDayNumber(iso) + n);
}

function checkBengaliYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_BENGALI_YEAR || year > MAX_BENGALI_YEAR) {
    throw new RangeError(`Bengali year must be a whole number from ${MIN_BENGALI_YEAR} to ${MAX_BENGALI_YEAR}, got ${year}`);
  }
}

/** True when the year's Falgun contains 29 February (Falgun falls in Gregorian year + 594). */
export function isBengaliLeapYear(year: number): boolean {
  return isGregorianLeapYear(year + ERA_OFFSET + 1);
}

/** Number of days in a month of a Bengali year, by the rules in force for that year. */
export function bengaliMonthLength(year: number, month: number): number {
  checkBengaliYear(year);
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Bengali month must be 1 (বৈশাখ) to 12 (চৈত্র), got ${month}`);
  }
  const leap = isBengaliLeapYear(year) ? 1 : 0;
  if (year >= REVISED_FROM_YEAR) {
    if (month <= 6) return 31;
    if (month === 11) return 29 + leap;
    return 30;
  }
  if (month <= 5) return 31;
  if (month === 11) return 30 + leap;
  return 30;
}

/** 365, or 366 when the year's Falgun contains 29 February. */
export function bengaliYearLength(year: number): number {
  checkBengaliYear(year);
  return isBengaliLeapYear(year) ? 366 : 365;
}

/** The day number of 1 Boishakh (14 April) of a Bengali year. */
function newYearDayNumber(year: number): number {
  return dayNumber(year + ERA_OFFSET, 4, 14);
}

/** The Bengali date of an ISO date; throws a RangeError for a wrong or out-of-range date. */
export function toBengaliDate(iso: string): BengaliDate {
  const { year: gYear, month: gMonth, day: gDay } = parseIsoDate(iso);
  const beforeNewYear = gMonth < 4 || (gMonth === 4 && gDay < 14);
  const year = gYear - ERA_OFFSET - (beforeNewYear ? 1 : 0);
  if (year < MIN_BENGALI_YEAR || year > MAX_BENGALI_YEAR) {
    throw new RangeError(`${iso} is outside the Bengali years ${MIN_BENGALI_YEAR} to ${MAX_BENGALI_YEAR} this module handles`);
  }
  let rest = dayNumber(gYear, gMonth, gDay) - newYearDayNumber(year);
  for (let month = 1; month <= 12; month++) {
    const length = bengaliMonthLength(year, month);
    if (rest < length) return { year, month, day: rest + 1, monthName: monthNameBn(month) };
    rest -= length;
  }
  // Unreachable while the month lengths add up to the distance between two 14 Aprils.
  throw new RangeError(`Bengali calendar rules do not cover ${iso}`);
}

/** The ISO date of a Bengali date; throws a RangeError if the Bengali date does not exist. */
export function fromBengaliDate(year: number, month: number, day: number): string {
  const length = bengaliMonthLength(year, month);
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`${BENGALI_MONTHS_EN[month - 1] ?? month} ${year} has days 1 to ${length}, got ${day}`);
  }
  let offset = day - 1;
  for (let m = 1; m < month; m++) offset += bengaliMonthLength(year, m);
  return dayNumberToIso(newYearDayNumber(year) + offset);
}

function monthNameBn(month: number): string {
  const name = BENGALI_MONTHS_BN[month - 1];
  if (name === undefined) throw new RangeError(`Bengali month must be 1 to 12, got ${month}`);
  return name;
}
