// Reads a Gregorian date as documents print it ("(০৩/০৬/২০২৫ ইং)", "০৬ মে ২০২৫ খ্রিস্টাব্দ") into ISO YYYY-MM-DD.
import { toAsciiDigits } from '../../bangla/digits.ts';
import { bnRegExp } from '../../charter/match.ts';

const MONTHS: ReadonlyArray<readonly string[]> = [
  ['জানুয়ারি', 'জানুয়ারী', 'january', 'jan'],
  ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'february', 'feb'],
  ['মার্চ', 'march', 'mar'],
  ['এপ্রিল', 'april', 'apr'],
  ['মে', 'may'],
  ['জুন', 'june', 'jun'],
  ['জুলাই', 'july', 'jul'],
  ['আগস্ট', 'আগষ্ট', 'august', 'aug'],
  ['সেপ্টেম্বর', 'september', 'sep', 'sept'],
  ['অক্টোবর', 'october', 'oct'],
  ['নভেম্বর', 'november', 'nov'],
  ['ডিসেম্বর', 'december', 'dec'],
];

const NUMERIC = /(?:^|\D)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4}|\d{2})(?!\d)/;
const MONTH_NAMES = MONTHS.flat()
  .map((m) => m.normalize('NFC'))
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAMED = bnRegExp(`(?:^|\\D)(\\d{1,2})\\s+(${MONTH_NAMES})[,\\s]+(\\d{4})(?!\\d)`, 'i');

function iso(day: number, month: number, year: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** The first Gregorian date in the text as ISO, day first (Bangladesh writes dd/mm/yyyy); null if none or impossible. */
export function parseDocumentDate(text: string): string | null {
  const ascii = toAsciiDigits(text.normalize('NFC'));
  const named = NAMED.exec(ascii);
  if (named?.[1] !== undefined && named[2] !== undefined && named[3] !== undefined) {
    const name = named[2].toLowerCase();
    const month = MONTHS.findIndex((ms) => ms.some((m) => m.normalize('NFC') === name)) + 1;
    return month > 0 ? iso(Number(named[1]), month, Number(named[3])) : null;
  }
  const m = NUMERIC.exec(ascii);
  if (m?.[1] === undefined || m[2] === undefined || m[3] === undefined) return null;
  const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  return iso(Number(m[1]), Number(m[2]), year);
}

/** Whether the text looks like it holds a date, parsable or not. */
export function looksLikeDate(text: string): boolean {
  const ascii = toAsciiDigits(text.normalize('NFC'));
  return NUMERIC.test(ascii) || NAMED.test(ascii);
}
