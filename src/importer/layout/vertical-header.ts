// The header of a table copied one cell a line: the serial's title alone on a line, one column title a line
// (titles wrapped over two lines joined back), then "(১)" column numbers or the first serial; and the same
// header again after a page break.
import { parseInteger } from '../../bangla/digits.ts';
import { bnRegExp } from '../../charter/match.ts';
import { scoreTitle, SERVICE_COLUMNS, squashTitle } from '../columns/columns.ts';
import { EMPTY_CELL } from './page-lines.ts';
import { GENITIVE } from './wrapped.ts';

const SERIAL_TITLE = bnRegExp('ক্রম|ক্র\\s*[.ঃ:]|নং|^s\\.?\\s*l|^sr\\.?\\s*no|serial|^no\\.?$|^s/n', 'i');
/** "(১)" or "(১) (২) (৩) ..." on one line. */
export const COLUMN_NUMBERS = /^(?:\(\s*[0-9০-৯]{1,2}\s*\)\s*)+$/u;
export function isSerialTitle(text: string): boolean {
  if (text.length > 20 || !SERIAL_TITLE.test(text)) return false;
  return (scoreTitle(text, SERVICE_COLUMNS).get('serial') ?? 0) >= 3;
}

export interface VerticalHeader {
  /** Index of the serial title line and of the first line after the header (and column numbers). */
  start: number;
  end: number;
  titles: string[];
  /** The squashed lines of the header, to recognise it repeated after a page break. */
  signature: string[];
}

const CONTINUES = bnRegExp('^(?:ও|এবং|and|&|/)\\s|^\\(', 'i');
/** A title cut after "ও" (and): "সেবার মূল্য ও" / "পরিশোধ পদ্ধতি". */
const OPEN_END = bnRegExp('\\s(?:ও|এবং|and|&)$', 'i');
const scores = (title: string) => scoreTitle(title, SERVICE_COLUMNS);
/** The word a column title opens with: the service ("সেবা প্রদান পদ্ধতি", "সেবার মূল্য", "Service …"). */
const OPENS_TITLE = bnRegExp('^(?:সেবা|সেবার|service)\\s', 'i');
const best = (title: string) => Math.max(0, ...scores(title).values());
const field = (title: string) => [...scores(title)].sort((a, b) => b[1] - a[1])[0]?.[0];

/**
 * A title copied over two lines ("সেবা প্রদান" / "পদ্ধতি", "প্রয়োজনীয় কাগজপত্র" / "ও প্রাপ্তিস্থান",
 * "দায়িত্বপ্রাপ্ত" / "কর্মকর্তা"): a line that starts with "ও" or "(", or follows one that ends with "ও", joins
 * the title before it; a weak fragment
 * joins the line after it when the two name a column clearly, else the title before it when it only
 * continues that title's meaning. Whole titles are each clear on their own and stay apart.
 */
function joinTitleFragments(titles: readonly string[]): string[] {
  const [first, ...rest] = titles;
  // The serial's title over two lines ("ক্রমিক:" / "নং"): the second is a serial's word too, and together they still are.
  let serial = first;
  while (serial !== undefined && rest.length > 0 && field(rest[0] ?? '') === 'serial' && isSerialTitle(`${serial} ${rest[0] ?? ''}`)) {
    serial = `${serial} ${rest.shift() ?? ''}`;
  }
  // Only a services header is joined: other tables (grievance, expectations) have titles of their own.
  if (rest.filter((t) => best(t) >= 3).length * 2 < rest.length) return [...titles];
  const attached: string[] = [];
  for (const t of rest) {
    const prev = attached.length;
    if (prev > 0 && (CONTINUES.test(t) || OPEN_END.test(attached[prev - 1] ?? ''))) attached[prev - 1] += ` ${t}`;
    else attached.push(t);
  }
  const out: string[] = [];
  for (let k = 0; k < attached.length; k++) {
    const t = attached[k] ?? '';
    const next = attached[k + 1];
    // A weak title that opens as titles do ("সেবা …") and names a field besides the service ("সেবা পদ্ধতি") is a
    // column of its own, though weak: it neither opens the title after it nor continues the one before.
    const own = [...scores(t)].some(([k]) => k !== 'name');
    if (own && OPENS_TITLE.test(t)) {
      out.push(t);
      continue;
    }
    // A line of three words or more that names nothing is a title of its own (a column of laws the reader does
    // not know: "সংশ্লিষ্ট আইন কানুন বিধিবিধান"), not the first half of the next.
    const before = out[out.length - 1] ?? '';
    const opened = (before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length;
    const whole = best(t) === 0 && t.split(/\s+/u).length >= 3 && !/[,،]/u.test(t) && !opened && !/[,(]\s*$/u.test(before) && !GENITIVE.test(before);
    if (best(t) <= 1 && !whole && next !== undefined && best(`${t} ${next}`) >= 3) {
      out.push(`${t} ${next}`);
      k++;
      continue;
    }
    const prev = out[out.length - 1];
    // A weak fragment of the same meaning after a title left in the genitive ("দায়িত্বপ্রাপ্ত কর্মকর্তার" / "পদবি ও
    // যোগাযোগ") continues it too.
    const weak = !whole && (best(t) <= 1 || (best(t) < 3 && prev !== undefined && GENITIVE.test(prev) && field(t) === field(prev)));
    if (weak && prev !== undefined && field(`${prev} ${t}`) === field(prev) && best(`${prev} ${t}`) >= 3) {
      out[out.length - 1] = `${prev} ${t}`;
      continue;
    }
    out.push(t);
  }
  return serial === undefined ? out : [serial, ...out];
}

/** "ক্রমিক নং" alone on a line, then one column title a line, then "(১)" ... or the first serial "১". */
export function verticalHeaderAt(lines: readonly string[], start: number): VerticalHeader | null {
  const titles = [lines[start]?.trim() ?? ''];
  const signature = [squashTitle(titles[0] ?? '')];
  let i = start + 1;
  for (; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (t === '' || t === EMPTY_CELL) continue;
    // A long line ends the header, unless it is a title that says a column's use at length ("দায়িত্বপ্রাপ্ত
    // কর্মকর্তার পদবি, মোবাইল নম্বর ও ই-মেইল (… যোগাযোগ করুন)").
    if (t.includes('\t') || parseSerial(t) !== null || COLUMN_NUMBERS.test(t) || (t.length > 90 && (t.length > 160 || best(t) < 3))) break;
    signature.push(squashTitle(t));
    if (t.startsWith('(') && titles.length > 1) titles[titles.length - 1] += ` ${t}`;
    else titles.push(t);
  }
  const merged = joinTitleFragments(titles);
  if (merged.length < 2 || merged.length > 12) return null;
  // Column numbers under the titles: "(১)" a line each, or all on one line.
  for (; i < lines.length; i++) {
    const t = (lines[i] ?? '').trim();
    if (t !== '' && !COLUMN_NUMBERS.test(t)) break;
  }
  i = pastBareNumbers(lines, i, merged.length);
  if (parseSerial((lines[i] ?? '').trim()) !== 1) return null;
  return { start, end: i, titles: merged, signature };
}

/**
 * Column numbers written bare, one a line ("১ |", "২ |" … under the titles; a cell short, or one a column): a run
 * 1, 2, 3 … of at least three, no longer than the titles, then the first serial 1 again. Where the run is not
 * followed by a 1, it is the first row, and `i` is returned unchanged.
 */
function pastBareNumbers(lines: readonly string[], i: number, columns: number): number {
  let n = 0;
  let j = i;
  for (; j < lines.length; j++) {
    const t = (lines[j] ?? '').trim();
    if (t === '' || t === EMPTY_CELL) continue;
    if (parseSerial(t) !== n + 1) break;
    n++;
  }
  if (n < 3 || n > columns || n < columns - 1) return i;
  return parseSerial((lines[j] ?? '').trim()) === 1 ? j : i;
}

export function parseSerial(text: string): number | null {
  return text.length > 6 ? null : parseInteger(text.replace(/^[\s(]+|[\s.)।:]+$/g, ''));
}

/** The header again after a page break: its lines in the same order. */
export function repeatsHeader(lines: readonly string[], i: number, header: VerticalHeader): number | null {
  let k = 0;
  let j = i;
  for (; j < lines.length && k < header.signature.length; j++) {
    const t = (lines[j] ?? '').trim();
    if (t === '' || t === EMPTY_CELL) continue;
    if (squashTitle(t) !== header.signature[k]) return null;
    k++;
  }
  for (; j < lines.length; j++) {
    const t = (lines[j] ?? '').trim();
    if (t !== '' && !COLUMN_NUMBERS.test(t)) break;
  }
  return j;
}
