// A fee and a time limit run together in one cell ("বিনামূল্যে৭ কার্যদিবস"): where to split them, when that is certain.
import { toAsciiDigits } from '../../bangla/digits.ts';
import { looksLikeFee } from '../../charter/fee.ts';
import { bnRegExp } from '../../charter/match.ts';
import { parseTimeLimit } from '../../charter/time-limit.ts';

export type PairSplit = { kind: 'split'; left: string; right: string } | { kind: 'uncertain' } | null;

/** A number of days, weeks, months or hours: a duration, though not in working days ("৭ দিন", "৩ মাস", "৭২ ঘণ্টা"). */
const CALENDAR_DAYS = bnRegExp(
  '\\d{1,3}\\s*(?:\\([^()]{1,20}\\)\\s*)?(?:টি\\s*)?(?:দিন|সপ্তাহ|মাস|ঘণ্টা|ঘন্টা)|\\b\\d{1,3}\\s*(?:days?|weeks?|months?|hours?)\\b',
  'i',
);

/** A time limit: immediately, working days, or days. */
export function isTimeText(text: string): boolean {
  const t = parseTimeLimit(text);
  return t.immediate || t.workingDays !== null || CALENDAR_DAYS.test(toAsciiDigits(text));
}

export function isFeeText(text: string): boolean {
  return looksLikeFee(text);
}

const SPLIT_AT = bnRegExp('(?<=\\S)(?=\\s)|(?<=[^0-9০-৯\\s])(?=[0-9০-৯])|(?=তাৎক্ষ)', 'g');
const EDGE = /^[\s/,;|:ঃ-]+|[\s/,;|:ঃ-]+$/g;

/**
 * Splits a cell holding a fee and a time limit ("বিনামূল্যে৭ কার্যদিবস", "১০০ টাকা / ৩ দিন") where exactly one
 * split leaves a fee on the fee side and a time limit on the other; null when the cell does not hold both.
 */
export function splitFeeTime(text: string, feeFirst: boolean): PairSplit {
  if (!isFeeText(text) || !isTimeText(text)) return null;
  const found = new Map<string, [string, string]>();
  for (const m of text.matchAll(SPLIT_AT)) {
    const k = m.index;
    if (k <= 0 || k >= text.length) continue;
    const left = text.slice(0, k).replace(EDGE, '');
    const right = text.slice(k).replace(EDGE, '');
    // "১০০ | টাকা…" leaves the unit behind: a bare number is a fee only in a fee column of its own.
    if (left === '' || right === '' || /^(?:টাকা|\/-|৳|tk)/iu.test(feeFirst ? right : left)) continue;
    const [fee, time] = feeFirst ? [left, right] : [right, left];
    if (isFeeText(fee) && !isTimeText(fee) && isTimeText(time) && !isFeeText(time)) found.set(`${left}\u0000${right}`, [left, right]);
  }
  const only = found.size === 1 ? [...found.values()][0] : undefined;
  return only === undefined ? { kind: 'uncertain' } : { kind: 'split', left: only[0], right: only[1] };
}
