// A row of a table copied one cell a line, where a cell's text wrapped over two or three lines (a long service
// name, a list of documents, a designation): more lines than columns. Which lines start a cell and which continue
// one is decided by what each line is and how it meets the line before it, over the whole row at once.
import { bnRegExp } from '../../charter/match.ts';
import { parseInteger } from '../../bangla/digits.ts';
import type { ServiceColumn } from '../columns/columns.ts';
import { isFeeText, isTimeText } from '../cells/fee-time.ts';
import { isRoleWord } from '../cells/names.ts';
import { saysNone } from '../cells/none.ts';

/** Words of a way to get the service: the delivery method's cell. */
const METHOD = bnRegExp(
  'সরাসরি|অনলাইন|ডাকযোগ|ডাক\\s*যোগ|মাধ্যমে|ওয়েব|ই-?মেইলে|অফিসে|কার্যালয়ে|কেন্দ্রে|হেল্পলাইন|ফোনে|সশরীর|শুনানি|পোর্টাল|online|direct|in person|by post|website|portal|through|via',
  'i',
);
/** Words of papers to bring: the documents' cell. */
const PAPERS = bnRegExp(
  'কপি|ছবি|সনদ|পত্র|দাখিলা|ফরম|ফর্ম|কার্ড|দলিল|খতিয়ান|প্রত্যয়ন|রসিদ|নকশা|সার্টিফিকেট|ছাড়পত্র|copy|photo|certificate|form|card|deed|document|receipt',
  'i',
);
/** A line of an officer's block: a courtesy title, a phone, an e-mail. */
const PERSON = bnRegExp(
  '^(?:জনাব|জনাবা|মোঃ|মো:|মোছাঃ|মোসাঃ|ডাঃ|ডা\\.|বেগম|md\\.?|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s|@|ফোন|মোবাইল|টেলিফোন|phone|mobile|tel\\b|[0-9০-৯][0-9০-৯ -]{6,}',
  'i',
);
const PHONE_OR_MAIL = /@|[0-9০-৯][0-9০-৯ -]{6,}/u;
/** A line that can only continue the one above: it opens with a bracket, a conjunction or a joining mark. */
const CONTINUES = bnRegExp('^(?:[(/,;:&–-]|(?:ও|এবং|বা|অথবা|and|or)\\s|[a-z])', '');
/** A line that leaves its phrase open: a conjunction, a comma, a slash or a hyphen at its end. */
const OPEN_END = bnRegExp('(?:\\s(?:ও|এবং|বা|অথবা|and|or|of|the)|[,/&–-])$', 'i');
/** A genitive at the end of a line ("দলিলের", "বছরের"): the noun it belongs to is on the next line. */
export const GENITIVE = /[\u0980-\u09FF](?:ের|র)$/u;
/** "১.", "২।", "3)": an item of a list inside a cell, and its number. */
const ITEM = bnRegExp('^([০-৯0-9]{1,2})\\s*[.)।]\\s*\\S');

const OFFICERS: ReadonlySet<ServiceColumn | null> = new Set(['responsible', 'superior', 'alternate']);

/** The word a service's name ends with ("… আবেদন নিষ্পত্তি", "… সনদ প্রদান"): what follows it is another cell. */
const NAME_END = bnRegExp('(?:^|\\s)(?:প্রদান|নিষ্পত্তি|বিতরণ|অগ্রায়ন|নবায়ন|সরবরাহ|মঞ্জুর|মঞ্জুরি|অনুমোদন|হালনাগাদ|অবহিতকরণ|আয়োজন|সমাধান)[।]?$');
/** A start that goes on with the name all the same: a bracket, a conjunction, a joining mark. */
const GOES_ON = bnRegExp('^(?:[(/,;:&–-]|(?:ও|এবং|বা|অথবা|সহ)(?:\\s|$))');

/** Where the lines after a service name's end begin ("… চেক বিতরণ" / "বরাদ্দ প্রাপ্তির পর"), or null when none does. */
export function afterNameEnd(lines: readonly string[]): number | null {
  for (let m = 1; m < lines.length; m++) if (NAME_END.test(lines[m - 1] ?? '') && !GOES_ON.test(lines[m] ?? '')) return m;
  return null;
}

/**
 * A line holding a service name's end and then the first line of the papers' cell, run together by the copy
 * ("পরিশোধের আবেদন নিষ্পত্তি আবেদনপত্র, বকেয়ার হিসাব"): the name and the papers, or null when it is one name.
 */
export function splitNameAndPapers(line: string): [string, string] | null {
  const words = line.split(/\s+/u);
  for (let k = words.length - 2; k >= 1; k--) {
    const name = words.slice(0, k + 1).join(' ');
    const rest = words.slice(k + 1).join(' ');
    if (NAME_END.test(name) && !GOES_ON.test(rest) && PAPERS.test(rest) && /[,،;]|^[০-৯0-9]{1,2}\s*[.)।]/u.test(rest)) return [name, rest];
  }
  return null;
}

function itemNumber(line: string): number | null {
  const m = ITEM.exec(line);
  return m?.[1] === undefined ? null : parseInteger(m[1]);
}

function unclosed(line: string): boolean {
  return (line.match(/\(/g) ?? []).length > (line.match(/\)/g) ?? []).length;
}

export const looksLikePerson = (line: string) => PERSON.test(line) || line.split(/\s+/).some(isRoleWord);

/** How well one line suits a column by what it says; positive where it speaks of that column's matter. */
function fit(key: ServiceColumn | null, line: string): number {
  if (OFFICERS.has(key)) return looksLikePerson(line) ? 3 : 0;
  // Phones and e-mail addresses belong to officers, never to the other cells of a row.
  if (PHONE_OR_MAIL.test(line)) return -3;
  if (key === 'name') return 0;
  if (saysNone(line)) return 2;
  switch (key) {
    case 'channels':
      return METHOD.test(line) ? 2 : 0;
    case 'documents':
    case 'documentsSource':
      return PAPERS.test(line) || itemNumber(line) === 1 ? 2 : 0;
    case 'fee':
    case 'paymentMethod':
      return isFeeText(line) ? 3 : 0;
    case 'timeLimit':
      return isTimeText(line) ? 3 : 0;
    default:
      return 0;
  }
}

/** The evidence that a line starts a new cell (positive) or continues the line above (negative). */
function startScore(lines: readonly string[], i: number): number {
  const line = lines[i] ?? '';
  const prev = lines[i - 1] ?? '';
  let score = 0;
  if (CONTINUES.test(line) || unclosed(prev)) score -= 5;
  else if (OPEN_END.test(prev)) score -= 4;
  else if (GENITIVE.test(prev)) score -= 2;
  // A role word alone ("কর্মকর্তা") ends the designation begun on the line above.
  else if (!/\s/u.test(line) && isRoleWord(line)) score -= 2;
  const n = itemNumber(line);
  if (n !== null) score += n === 1 ? 3 : -5;
  else if (lines.slice(0, i).some((l) => itemNumber(l) !== null)) score -= 1;
  return score;
}

/**
 * Whether the next line's first word would have fitted on the line above within the column's width: then the
 * copy did not wrap there, and the next line starts a cell of its own. Unknown width: nothing is said.
 */
function wouldHaveFitted(prev: string, line: string, width: number | undefined): boolean {
  if (width === undefined) return false;
  const word = line.split(/\s+/)[0] ?? '';
  return [...`${prev} ${word}`].length <= width;
}

/**
 * The lines of a run, more than its columns, grouped into one cell a column, in order, every cell given at
 * least one line: the grouping whose cell starts are best supported by the lines (a bracket, a conjunction or
 * an open phrase continues; a list starts at "১." and goes on; a line starts the cell whose matter it speaks of;
 * a line is not wrapped when its first word would have fitted above it, given the column's `widths`).
 */
export function groupWrapped(lines: readonly string[], keys: ReadonlyArray<ServiceColumn | null>, widths: ReadonlyArray<number | undefined> = []): string[][] {
  const n = lines.length;
  const c = keys.length;
  if (c === 0) return [];
  if (n <= c) return keys.map((_, k) => (lines[k] === undefined ? [] : [lines[k] ?? '']));
  // The score of line i in column k: what it says, and how it meets the line above in the same cell.
  const inCell = (k: number, i: number, starts: boolean): number => {
    const line = lines[i] ?? '';
    const own = fit(keys[k] ?? null, line);
    if (starts) return own + (i > 0 ? startScore(lines, i) : 0);
    // A name that ended on the line above ("… আবেদন নিষ্পত্তি") is not continued by a line that does not join it.
    const ended = keys[k] === 'name' && NAME_END.test(lines[i - 1] ?? '') && !GOES_ON.test(line) ? -3 : 0;
    return own + ended + (wouldHaveFitted(lines[i - 1] ?? '', line, widths[k]) ? -3 : 0);
  };
  // best[k][i]: the best score with lines 0..i-1 in columns 0..k-1, and column k-1 ending at line i-1.
  const best: number[][] = Array.from({ length: c + 1 }, () => Array<number>(n + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: c + 1 }, () => Array<number>(n + 1).fill(-1));
  (best[0] as number[])[0] = 0;
  for (let k = 1; k <= c; k++) {
    for (let end = k; end <= n - (c - k); end++) {
      for (let start = k - 1; start < end; start++) {
        const before = best[k - 1]?.[start] ?? -Infinity;
        if (before === -Infinity) continue;
        let score = before;
        for (let i = start; i < end; i++) score += inCell(k - 1, i, i === start);
        // Ties go to the later start: the cell before keeps the line (a long name wraps more often than what follows it).
        if (score >= (best[k]?.[end] ?? -Infinity)) {
          (best[k] as number[])[end] = score;
          (from[k] as number[])[end] = start;
        }
      }
    }
  }
  const groups: string[][] = [];
  let end = n;
  for (let k = c; k >= 1; k--) {
    const start = from[k]?.[end] ?? k - 1;
    groups.unshift(lines.slice(start, end));
    end = start;
  }
  return groups;
}
