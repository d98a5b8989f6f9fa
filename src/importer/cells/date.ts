// Finds the date in a line of a document ("(০৩/০৬/২০২৫ ইং)", "স্মারক … তারিখ: ০৬ মে ২০২৫ খ্রিস্টাব্দ"): this file
// only finds where a date stands; bangla/dates.ts parseDocumentDate, the one parser, reads it.
import { toAsciiDigits } from '../../bangla/digits.ts';
import { parseDocumentDate as parseDate } from '../../bangla/dates.ts';

const NUMERIC = /(?:^|\D)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?!\d)/g;
const NAMED = /(?:^|[^\d])(\d{1,2}(?:st|nd|rd|th|শে|লা|রা|ঠা|ই)?[\s,.-]+[^\d\s.,:;()/-]+[\s,.-]+\d{4})(?!\d)/gu;

/** The spans that look like dates, in the order they stand (a two-digit year is this century's). */
function candidates(text: string): { at: number; text: string }[] {
  const ascii = toAsciiDigits(text.normalize('NFC'));
  const found: { at: number; text: string }[] = [];
  for (const m of ascii.matchAll(NUMERIC)) {
    const [, d, sep, mo, y] = m;
    if (d === undefined || sep === undefined || mo === undefined || y === undefined) continue;
    found.push({ at: m.index, text: `${d}${sep}${mo}${sep}${y.length === 2 ? `20${y}` : y}` });
  }
  for (const m of ascii.matchAll(NAMED)) if (m[1] !== undefined) found.push({ at: m.index, text: m[1] });
  return found.sort((a, b) => a.at - b.at);
}

/** The first date in the text as ISO, day first (Bangladesh writes dd/mm/yyyy); null if none or impossible. */
export function parseDocumentDate(text: string): string | null {
  for (const c of candidates(text)) {
    const iso = parseDate(c.text);
    if (iso) return iso;
  }
  return null;
}

/** Whether the text looks like it holds a date, parsable or not. */
export function looksLikeDate(text: string): boolean {
  return candidates(text).some((c) => /^\d{1,2}[/.-]/.test(c.text) || parseDate(c.text) !== null);
}
