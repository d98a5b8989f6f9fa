// Reads a charter's time-limit cell ("তাৎক্ষণিক/৩ কার্যদিবস (প্রযোজ্য ক্ষেত্রে)") into a promise we can count.
import { toAsciiDigits } from '../bangla/digits.ts';
import { normalizeLine } from '../bangla/normalize.ts';
import { issue, type Issue } from './finding.ts';
import { bnRegExp } from './match.ts';
import type { TimeLimit } from './model.ts';

/** Both spellings the documents use: তাৎক্ষণিক and তাৎক্ষনিক (and তাৎক্ষণিকভাবে); "চাহিবা মাত্র" (on asking). */
const IMMEDIATE = bnRegExp(
  'তাৎক্ষ[ণন]িক|তাৎখ[ণন]িক|তৎক্ষণাৎ|চাহিবা\\s*মাত্র|চাওয়া\\s*মাত্র|সাথে\\s*সাথে|সঙ্গে\\s*সঙ্গে|\\bimmediate(?:ly)?\\b|\\binstant(?:ly)?\\b|on the spot',
  'i',
);
/** The unit as offices spell it: কার্যদিবস, কার্য্যদিবস, কাযদিবস (reph lost), কার্যদিবশ, কর্মদিবস, কাজের দিন, working days. */
const WORKING_DAY = 'কা(?:র্য(?:্য)?|য(?:্য)?)\\s*দিব[সশষ]|কর্ম\\s*দিব[সশষ]|কাজের\\s*দিন|working\\s*days?|work\\s*days?|business\\s*days?';
/** "৩ কার্যদিবস", "০৫ (পাঁচ) কার্যদিবস", "১০টি কার্যদিবস"; digits already ASCII. */
const DIGITS_THEN_UNIT = bnRegExp(`(\\d{1,3})\\s*(?:\\([^)]*\\))?\\s*(?:টি\\s*)?(?:${WORKING_DAY})`, 'i');
/** What joins the two ends of a range: "থেকে", "হতে", "to", a dash. */
const RANGE_AFTER = bnRegExp('^\\s*(?:থেকে|হতে|to|[-–])\\s*\\d', 'i');
const MENTIONS_DAYS = bnRegExp(`${WORKING_DAY}|দিন|\\bdays?\\b`, 'i');
const CALENDAR_DAYS = bnRegExp('\\d{1,3}\\s*(?:টি\\s*)?দিন|\\d{1,3}\\s*days?\\b', 'i');

/** Number words, for a cell that writes "পাঁচ কার্যদিবস" without digits. */
const NUMBER_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['এক', 1],
  ['দুই', 2],
  ['তিন', 3],
  ['চার', 4],
  ['পাঁচ', 5],
  ['ছয়', 6],
  ['সাত', 7],
  ['আট', 8],
  ['নয়', 9],
  ['দশ', 10],
  ['এগার', 11],
  ['এগারো', 11],
  ['বার', 12],
  ['বারো', 12],
  ['তের', 13],
  ['তেরো', 13],
  ['চৌদ্দ', 14],
  ['পনের', 15],
  ['পনেরো', 15],
  ['ষোল', 16],
  ['ষোলো', 16],
  ['সতের', 17],
  ['সতেরো', 17],
  ['আঠার', 18],
  ['আঠারো', 18],
  ['উনিশ', 19],
  ['ঊনিশ', 19],
  ['বিশ', 20],
  ['কুড়ি', 20],
  ['একুশ', 21],
  ['বাইশ', 22],
  ['পঁচিশ', 25],
  ['আটাশ', 28],
  ['ত্রিশ', 30],
  ['পঁয়তাল্লিশ', 45],
  ['ষাট', 60],
  ['নব্বই', 90],
  ['one', 1],
  ['two', 2],
  ['three', 3],
  ['five', 5],
  ['seven', 7],
  ['ten', 10],
  ['fifteen', 15],
  ['thirty', 30],
];

const WORDS_THEN_UNIT = bnRegExp(
  `(?:^|[^\u0980-\u09FFa-z])(${[...NUMBER_WORDS]
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(?:\\([^)]*\\))?\\s*(?:${WORKING_DAY})`,
  'i',
);

function daysFromWords(text: string): number | null {
  const word = WORDS_THEN_UNIT.exec(text)?.[1]?.toLowerCase();
  if (word === undefined) return null;
  return NUMBER_WORDS.find(([w]) => w.normalize('NFC') === word)?.[1] ?? null;
}

/** Parses a time-limit cell; the original text is always kept in `text`. */
export function parseTimeLimit(cell: string): TimeLimit {
  const text = normalizeLine(cell);
  const ascii = toAsciiDigits(text);
  const match = DIGITS_THEN_UNIT.exec(ascii);
  let fromDigits = match?.[1] === undefined ? null : Number(match[1]);
  // "২ কার্যদিবস থেকে ৭ কার্যদিবস": a range written with the unit twice is promised by its upper bound too.
  if (match !== null && RANGE_AFTER.test(ascii.slice(match.index + match[0].length))) {
    const next = DIGITS_THEN_UNIT.exec(ascii.slice(match.index + match[0].length));
    if (next?.[1] !== undefined) fromDigits = Math.max(fromDigits ?? 0, Number(next[1]));
  }
  const days = fromDigits ?? daysFromWords(text);
  return {
    immediate: IMMEDIATE.test(text),
    workingDays: days !== null && days > 0 ? days : null,
    text,
  };
}

const WORKING_DAY_WORD = bnRegExp(WORKING_DAY, 'i');
/** "০৩", "১০ (দশ)", "১০-১৫": a number or a range alone; digits already ASCII. */
const NUMBER_ALONE = /^(\d{1,3})\s*(?:\([^()]{1,20}\))?(?:\s*(?:-|–|থেকে|হতে)\s*(\d{1,3}))?$/u;

/** Units other than working days, which make a title's unit uncertain ("(ঘণ্টা/কার্যদিবস)"). */
const OTHER_UNIT = bnRegExp(
  'ঘণ্টা|ঘন্টা|মিনিট|(?<![\\u0980-\\u09FF])দিন|মাস|বছর|সপ্তাহ|\\bhours?\\b|\\bminutes?\\b|\\bmonths?\\b|\\bweeks?\\b|\\byears?\\b|calendar',
  'iu',
);

/**
 * Whether a time-limit column's title gives the unit of its cells ("সেবা প্রদানের সময়সীমা (কার্যদিবস)"): working days,
 * and no other unit beside them.
 */
export function titleCountsWorkingDays(title: string): boolean {
  const t = normalizeLine(title);
  return WORKING_DAY_WORD.test(t) && !OTHER_UNIT.test(t.replace(WORKING_DAY_WORD, ' '));
}

/** A number or a range alone ("০৩", "১০ (দশ)", "১০-১৫"), as a cell under a title in working days gives it. */
export function isNumberAlone(text: string): boolean {
  return NUMBER_ALONE.test(toAsciiDigits(text.trim()));
}

/** A time-limit cell under its column's title: a number alone under a title in working days counts them ("০৩"). */
export function parseTimeLimitUnder(cell: string, title: string): TimeLimit {
  const limit = parseTimeLimit(cell);
  if (limit.workingDays !== null || limit.immediate || !titleCountsWorkingDays(title)) return limit;
  const m = NUMBER_ALONE.exec(toAsciiDigits(limit.text));
  if (m === null) return limit;
  const days = Math.max(Number(m[1]), Number(m[2] ?? 0));
  return { ...limit, workingDays: days > 0 ? days : null };
}

/** What is wrong with a parsed time limit, if anything. */
export function timeLimitIssues(limit: TimeLimit): Issue[] {
  if (limit.text === '') {
    return [issue('time-limit.empty')];
  }
  if (limit.workingDays !== null) return [];
  const ascii = toAsciiDigits(limit.text);
  if (CALENDAR_DAYS.test(ascii) && !bnRegExp(WORKING_DAY, 'i').test(ascii)) {
    return [issue('time-limit.calendar-days', { text: limit.text })];
  }
  if (MENTIONS_DAYS.test(ascii)) {
    return [issue('time-limit.no-number', { text: limit.text })];
  }
  return [];
}
