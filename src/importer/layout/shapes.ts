// Every shape copying gives a table, turned into the tab-separated lines the rest of the importer reads:
// pipe tables ("| ১ | সেবা | ... |") here, one cell per line in vertical.ts (a table copied from a PDF or a web
// page), page numbers (page-lines.ts) and running headers between the rows dropped, and a fee and time limit
// run together in one cell split (fee-time.ts). Line numbers are those of the input, for findings.
// Tab-separated input passes through after a cheap look at each line.
import { parseInteger } from '../../bangla/digits.ts';
import { at, issue } from '../../charter/finding.ts';
import type { Finding } from '../../charter/model.ts';
import type { RawLine } from '../lines.ts';
import { squashTitle } from '../columns/columns.ts';
import { EMPTY_CELL, isPageNumber, LONE_NUMBER } from './page-lines.ts';
import { readVertical } from './vertical.ts';
import { isSerialTitle, verticalHeaderAt, type VerticalHeader } from './vertical-header.ts';
import { spacedTables } from './spaced.ts';
import { joinBrokenCells } from './broken-cells.ts';
import { carryTabTables } from './merged.ts';
import { looksLikePerson } from './wrapped.ts';
import { parseSerial } from '../columns/table.ts';
import { isHeadingText } from './headings.ts';

export interface Reshaped {
  lines: RawLine[];
  findings: Finding[];
}

// ---- Pipe tables ----

const PIPE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;

/** "| a | b |" or "a | b | c": a row of cells; a lone "|" at the end of a sentence is a danda, not a table. */
function pipeCells(line: string, bordered: boolean): string[] | null {
  const t = line.trim();
  const pipes = t.split('|').length - 1;
  if (pipes === 0 || line.includes('\t')) return null;
  const framed = t.startsWith('|') && t.endsWith('|') && t.length > 1;
  if (!framed && (pipes < 2 || !spacedPipes(t))) return null;
  let cells = t.split('|');
  if (bordered || framed) {
    if (cells[0]?.trim() === '') cells = cells.slice(1);
    if (cells[cells.length - 1]?.trim() === '') cells = cells.slice(0, -1);
  }
  return cells.map((c) => c.trim());
}

/**
 * A danda typed as a bar closes the word before it, and a sentence ends with one ("প্রতিষ্ঠা| সুশাসন|"); a row
 * of cells without a frame does not end with a bar stuck to its last word ("ক|খ|গ", "ক | খ | গ |").
 */
function spacedPipes(t: string): boolean {
  return !(t.endsWith('|') && !/\s/u.test(t[t.length - 2] ?? ' '));
}

/** Lines next to a page number that repeat elsewhere next to one: running headers and footers. */
function runningLines(lines: readonly string[], pages: readonly number[], drop: Set<number>, keep: ReadonlySet<string>, body: number): void {
  const near = new Set<number>();
  for (const p of pages) {
    for (const step of [-1, 1]) {
      let seen = 0;
      for (let j = p + step; j >= 0 && j < lines.length && seen < 3; j += step) {
        const t = (lines[j] ?? '').trim();
        if (t === '' || drop.has(j)) continue;
        seen++;
        if (!t.includes('\t')) near.add(j);
      }
    }
  }
  const byText = new Map<string, number[]>();
  lines.forEach((l, j) => {
    const t = l.trim();
    if (t !== '' && !l.includes('\t') && !keep.has(squashTitle(t))) byText.set(t, [...(byText.get(t) ?? []), j]);
  });
  for (const [, at] of byText) {
    if (at.length < 2 || !at.some((j) => near.has(j))) continue;
    const [first, ...others] = at;
    // Every repeat sits at a page break; the first one may be the document's own letterhead or title, above
    // the table. A line that first stands inside the table (an officer named in two rows) is the table's.
    if (!others.every((j) => near.has(j))) continue;
    if (first !== undefined && !near.has(first) && first > body) continue;
    if (first !== undefined && near.has(first)) drop.add(first);
    for (const j of others) drop.add(j);
  }
}

/**
 * The line at the foot of every page of PDF text with no page number beside it ("সিটিজেন চার্টার: জোনাল অফিস,
 * সিংড়া" before each form feed and at the end): the same text as the last line before two or more page breaks,
 * never a contact or an officer's line, is the page's, not the last row's.
 */
function pageFeet(lines: readonly string[], drop: Set<number>, keep: ReadonlySet<string>): void {
  const breaks = lines.flatMap((l, i) => (l.startsWith('\f') ? [i] : []));
  if (breaks.length === 0) return;
  const feet = new Map<string, number[]>();
  for (const b of [...breaks, lines.length]) {
    let j = b - 1;
    while (j >= 0 && ((lines[j] ?? '').trim() === '' || drop.has(j))) j--;
    const t = (lines[j] ?? '').trim();
    if (j < 0 || t.includes('\t') || keep.has(squashTitle(t)) || parseSerial(t) !== null || looksLikePerson(t)) continue;
    feet.set(t, [...(feet.get(t) ?? []), j]);
  }
  for (const [text, at] of feet) {
    const everywhere = lines.filter((l) => l.trim() === text).length;
    if (at.length >= 2 && everywhere === at.length) for (const j of at) drop.add(j);
  }
}

/**
 * A crawled table where each cell ends with " |" and a cell may wrap onto the next line ("সেবা প্রদানের" /
 * "সময়সীমা |"): the bar closes the cell, so the lines up to it are one cell, a line each, as vertical.ts reads.
 * The wrapped lines are left blank, keeping every line's number.
 */
function barredCells(lines: string[], breaks: Map<string, string[]>): string[] {
  const filled = lines.filter((l) => l.trim() !== '');
  const barred = filled.filter((l) => /\S\s*\|$/.test(l.trim()) && !l.trim().startsWith('|') && !l.includes('\t'));
  if (barred.length < 6 || barred.length * 2 < filled.length) return lines;
  const out = [...lines];
  const isBarred = (l: string) => /\S\s*\|$/.test(l.trim()) && !l.trim().startsWith('|') && !l.includes('\t');
  const first = lines.findIndex(isBarred);
  // The last row's last cells may follow the last barred line: a bar alone (an empty cell), or a cell whose bar
  // stands on the line after it.
  let last = lines.map(isBarred).lastIndexOf(true);
  for (let j = last + 1; j < lines.length && (lines[j] ?? '').trim() !== '' && j <= last + 6; j++) {
    if ((lines[j] ?? '').trim() === '|') last = j;
  }
  let open: number | null = null;
  /** The lines of the cell being read. */
  let parts: string[] = [];
  lines.forEach((l, i) => {
    const t = l.trim();
    if (i < first || i > last) return;
    // A bar alone closes the cell left open above it ("উপজেলা সমাজসেবা কর্মকর্তা" / "|"); else it is an empty
    // cell, a mark the one-cell-a-line reader counts as a cell.
    if (t === '' || t === '|' || t.startsWith('|') || l.includes('\t')) {
      if (t === '|') out[i] = open !== null ? '' : EMPTY_CELL;
      open = null;
      return;
    }
    const ends = /\|$/.test(t);
    const text = t.replace(/\s*\|$/, '');
    // A heading ("২.২ প্রাতিষ্ঠানিক সেবা:") or a sentence above the next table's header is no cell: the serial's
    // title ("ক্রমিক নং |") starts a header, it never closes a cell wrapped over lines. The lines stay as they were.
    if (open !== null && ends && isSerialTitle(text)) {
      for (let j = open; j < i; j++) out[j] = lines[j] ?? '';
      open = null;
    }
    if (open === null && !ends && isHeadingText(text)) {
      out[i] = text;
      return;
    }
    if (open !== null) {
      out[open] = `${out[open] ?? ''} ${text}`;
      out[i] = '';
      parts.push(text);
      if (ends) breaks.set(out[open] ?? '', parts);
    } else {
      out[i] = text;
      parts = [text];
    }
    if (!ends && open === null) open = i;
    else if (ends) open = null;
  });
  return out;
}

/** The serial a tab row starts with, as a number (0 when it has none). */
const serialOf = (row: string) => parseInteger((row.split('\t')[0] ?? '').replace(/[\s.)।:]+$/u, '')) ?? 0;

/**
 * Turns the shapes of copied tables into tab-separated lines; tab-separated input comes back line for line but
 * for officer cells merged down a table (`merged`: false where an empty cell is one, as in markdown).
 */
export function reshape(input: string, merged = true): Reshaped {
  const spanned: Array<{ line: number; columns: number[] }> = [];
  /** A cell of several lines joined by barredCells, by its text: the lines it was, for an officer's block. */
  const breaks = new Map<string, string[]>();
  const split = input.replace(/\r\n?/g, '\n').split('\n');
  const tabbed = new Set(split.flatMap((l, i) => (l.includes('\t') ? [i] : [])));
  const lines = joinBrokenCells(spacedTables(barredCells(split, breaks), spanned));
  if (merged && tabbed.size > 0) carryTabTables(lines, tabbed, spanned);
  const findings: Finding[] = spanned.flatMap((s) =>
    at({ line: s.line }, [issue('cell.spanned', { serial: serialOf(lines[s.line - 1] ?? ''), columns: s.columns.join(', ') })]),
  );
  const hasPipe = input.includes('|');
  const pages: number[] = [];
  const headers: number[] = [];
  lines.forEach((l, i) => {
    if (l.includes('\t') || l.length > 90) return;
    const t = l.trim();
    if (t === '' || t.length > 24) return;
    if (isPageNumber(t)) pages.push(i);
    else if (isSerialTitle(t)) headers.push(i);
  });
  // A lone number between two table rows is a page number too.
  let lone: number[] = [];
  if (!hasPipe && headers.length === 0) lone = loneNumbersBetweenRows(lines);
  if (!hasPipe && headers.length === 0 && pages.length === 0 && lone.length === 0) {
    return { lines: lines.map((text, i) => ({ no: i + 1, text: text === EMPTY_CELL ? '' : text })), findings };
  }
  const drop = new Set<number>([...pages, ...lone]);
  // The header of a table copied one cell a line repeats at page breaks too; reading the table skips it whole.
  const vertical = new Map<number, VerticalHeader>();
  for (const h of headers) {
    const header = verticalHeaderAt(lines, h);
    if (header !== null) vertical.set(h, header);
  }
  const titles = new Set([...vertical.values()].flatMap((h) => h.signature));
  if (pages.length > 0) {
    const firstRow = lines.findIndex((l) => l.includes('\t'));
    const body = Math.min(headers[0] ?? lines.length, firstRow < 0 ? lines.length : firstRow);
    runningLines(lines, pages, drop, titles, body);
  }
  pageFeet(lines, drop, titles);
  const out: RawLine[] = [];
  const bordered = hasPipe && lines.some((l) => /^\s*\|.*\|\s*$/.test(l) && !l.includes('\t'));
  const pipeRows = hasPipe ? new Set<number>() : null;
  for (let i = 0; i < lines.length; i++) {
    if (drop.has(i)) continue;
    const raw = lines[i] ?? '';
    if (hasPipe) {
      const t = raw.trim();
      if (t.includes('|') && !raw.includes('\t') && PIPE_SEPARATOR.test(t) && t.includes('-')) continue;
      const cells = pipeCells(raw, bordered);
      if (cells !== null) {
        pipeRows?.add(i);
        out.push({ no: i + 1, text: cells.join('\t') });
        continue;
      }
    }
    if (vertical.has(i)) {
      const header = vertical.get(i);
      if (header !== undefined) {
        i = readVertical(lines, header, drop, out, findings, breaks) - 1;
        continue;
      }
    }
    out.push({ no: i + 1, text: raw === EMPTY_CELL ? '' : raw });
  }
  if (pipeRows !== null && pipeRows.size > 0) return { lines: dropLoneBetweenRows(out), findings };
  return { lines: out, findings };
}

/** Lone numbers ("৩") whose nearest filled neighbours on both sides are tab rows. */
function loneNumbersBetweenRows(lines: readonly string[]): number[] {
  const found: number[] = [];
  lines.forEach((l, i) => {
    if (l.includes('\t') || !LONE_NUMBER.test(l.trim())) return;
    let b = i - 1;
    while (b >= 0 && (lines[b] ?? '').trim() === '') b--;
    let a = i + 1;
    while (a < lines.length && (lines[a] ?? '').trim() === '') a++;
    const before = lines[b];
    const after = lines[a];
    if (before?.includes('\t') && after?.includes('\t')) found.push(i);
  });
  return found;
}

function dropLoneBetweenRows(lines: RawLine[]): RawLine[] {
  const texts = lines.map((l) => l.text);
  const lone = new Set(loneNumbersBetweenRows(texts));
  return lone.size === 0 ? lines : lines.filter((_, i) => !lone.has(i));
}
