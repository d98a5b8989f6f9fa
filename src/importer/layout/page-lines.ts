// Lines a page break leaves between the rows of a copied table: page numbers, a lone number, a date line.
import { bnRegExp } from '../../charter/match.ts';

const N = '[0-9০-৯]{1,4}';
const PAGE = bnRegExp(
  `^(?:(?:পৃষ্ঠা|পৃষ্টা|পাতা|page|pg\\.?|p\\.)\\s*(?:নং|no\\.?)?\\s*[-:ঃ#.]?\\s*${N}(?:\\s*(?:of|/|এর|মধ্যে|-)+\\s*${N})?|[-–—]\\s*${N}\\s*[-–—]|${N}\\s*(?:/|of)\\s*${N}|${N}\\s*(?:of|এর মধ্যে)\\s*${N})$`,
  'i',
);
export const LONE_NUMBER = bnRegExp(`^${N}$`);
/**
 * A cell copied as a bar alone (" |"): an empty cell that was there, unlike a row-span's, which leaves no line.
 * It stands in the lines as this mark until a table reader counts it; any other reader sees a blank line.
 */
export const EMPTY_CELL = '\u2063';
/** A line that is only a date ("১২/০৫/২০২৫", "12.05.2025"): the sign-off after the last table. */
export const DATE_LINE = /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}(?:\s*(?:খ্রি\S*|ইং|বঙ্গাব্দ))?$/u;

export function isPageNumber(text: string): boolean {
  return text.length <= 24 && PAGE.test(text.trim());
}
