// Reads a charter's time-limit cell ("তাৎক্ষণিক/৩ কার্যদিবস (প্রযোজ্য ক্ষেত্রে)") into a promise we can count.
import { toAsciiDigits } from '../bangla/digits.ts';
import { normalizeLine } from '../bangla/normalize.ts';
import { issue, type Issue } from './finding.ts';
import { bnRegExp } from './match.ts';
import type { TimeLimit } from './model.ts';

/** Both spellings the documents use: তাৎক্ষণিক and তাৎক্ষনিক (and তাৎক্ষণিকভাবে). */
const IMMEDIATE = bnRegExp('তাৎক্ষ[ণন]িক');
const WORKING_DAY = 'কার্য\\s*দিবস|কর্ম\\s*দিবস';
/** "৩ কার্যদিবস", "০৫ (পাঁচ) কার্যদিবস", "১০টি কার্যদিবস"; digits already ASCII. */
const DIGITS_THEN_UNIT = bnRegExp(`(\\d{1,3})\\s*(?:\\([^)]*\\))?\\s*(?:টি\\s*)?(?:${WORKING_DAY})`);
const MENTIONS_DAYS = bnRegExp(`${WORKING_DAY}|দিন`);
const CALENDAR_DAYS = bnRegExp('\\d{1,3}\\s*(?:টি\\s*)?দিন');

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
  ['পনের', 15],
  ['পনেরো', 15],
  ['বিশ', 20],
  ['ত্রিশ', 30],
  ['ষাট', 60],
];

const WORDS_THEN_UNIT = bnRegExp(
  `(?:^|[^\u0980-\u09FF])(${[...NUMBER_WORDS]
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*(?:\\([^)]*\\))?\\s*(?:${WORKING_DAY})`,
);

function daysFromWords(text: string): number | null {
  const word = WORDS_THEN_UNIT.exec(text)?.[1];
  if (word === undefined) return null;
  return NUMBER_WORDS.find(([w]) => w.normalize('NFC') === word)?.[1] ?? null;
}

/** Parses a time-limit cell; the original text is always kept in `text`. */
export function parseTimeLimit(cell: string): TimeLimit {
  const text = normalizeLine(cell);
  const ascii = toAsciiDigits(text);
  const match = DIGITS_THEN_UNIT.exec(ascii);
  const fromDigits = match?.[1] === undefined ? null : Number(match[1]);
  const days = fromDigits ?? daysFromWords(text);
  return {
    immediate: IMMEDIATE.test(text),
    workingDays: days !== null && days > 0 ? days : null,
    text,
  };
}

/** What is wrong with a parsed time limit, if anything. */
export function timeLimitIssues(limit: TimeLimit): Issue[] {
  if (limit.text === '') {
    return [issue('error', 'time-limit.empty', 'Time limit is empty', 'সেবা প্রদানের সময়সীমা খালি')];
  }
  if (limit.workingDays !== null) return [];
  const ascii = toAsciiDigits(limit.text);
  if (CALENDAR_DAYS.test(ascii) && !bnRegExp(WORKING_DAY).test(ascii)) {
    return [
      issue(
        'warning',
        'time-limit.calendar-days',
        `Time limit is given in days, not working days: "${limit.text}"`,
        `সময়সীমা কার্যদিবসে নয়, দিনে লেখা: "${limit.text}"`,
      ),
    ];
  }
  if (MENTIONS_DAYS.test(ascii)) {
    return [
      issue('error', 'time-limit.no-number', `Time limit has no number of working days: "${limit.text}"`, `সময়সীমায় কার্যদিবসের সংখ্যা নেই: "${limit.text}"`),
    ];
  }
  return [];
}
