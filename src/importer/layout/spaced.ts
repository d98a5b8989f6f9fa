// A table whose columns are runs of spaces (text laid out from a PDF or a crawled page): when a line's space-
// separated parts are a services header, it and the rows under it become tab-separated, each part placed under
// the header column it starts below, so a vanished empty cell does not shift the rest.
import { scoreTitle, SERVICE_COLUMNS } from '../columns/columns.ts';
import { isServiceHeader } from '../columns/service-table.ts';
import { parseSerial } from '../columns/table.ts';
import { EMPTY_CELL, LONE_NUMBER } from './page-lines.ts';

/** Two or more spaces part two cells; one space is inside a cell. */
const GAP = /\S+(?: \S+)*/g;

interface Part {
  start: number;
  text: string;
}

function partsOf(line: string): Part[] {
  return [...line.matchAll(GAP)].map((m) => ({ start: m.index, text: m[0] }));
}

/**
 * The parts of a row under the header's columns: each part goes to the column whose start is nearest its own
 * (Bengali's combining signs make counted positions drift a little, so the nearest, not the last before).
 */
function place(parts: readonly Part[], starts: readonly number[], byCount = true): string[] {
  const cells = starts.map(() => '');
  if (byCount && parts.length === starts.length) return parts.map((p) => p.text);
  for (const p of parts) {
    let col = 0;
    for (let k = 1; k < starts.length; k++) if (Math.abs((starts[k] ?? 0) - p.start) < Math.abs((starts[col] ?? 0) - p.start)) col = k;
    cells[col] = cells[col] === '' ? p.text : `${cells[col]} ${p.text}`;
  }
  return cells;
}

/** A line of title fragments ("নং", "সময়সীমা", "কর্মকর্তা"): no serial, every part a word of some column's title. */
function titlesOnly(parts: readonly Part[]): boolean {
  return parts.length > 0 && parseSerial(parts[0]?.text ?? '') === null && parts.every((p) => scoreTitle(p.text, SERVICE_COLUMNS).size > 0);
}

/** A header whose titles wrap onto a second line ("সেবা প্রদানের" / "সময়সীমা"): the two lines' parts joined by column. */
function twoLineHeader(first: readonly Part[], second: readonly Part[]): string[] | null {
  if (second.length === 0 || second.length > first.length) return null;
  const under = place(
    second,
    first.map((p) => p.start),
    false,
  );
  const titles = first.map((p, k) => `${p.text} ${under[k] ?? ''}`.trim());
  return isServiceHeader(titles) ? titles : null;
}

/** Whether the lines from `from` are blank up to the end, the next row (a serial at the margin) or a title. */
function pageEnds(lines: readonly string[], from: number): boolean {
  for (let j = from; j < lines.length; j++) {
    const t = lines[j] ?? '';
    if (t.trim() === '') continue;
    return !/^\s{3,}/u.test(t);
  }
  return true;
}

const OFFICER_FIELDS = new Set(['responsible', 'superior', 'alternate']);

/** The columns of a header that hold officers, by their titles. */
function officerColumns(titles: readonly string[]): number[] {
  return titles
    .map((title, k) => {
      const best = [...scoreTitle(title, SERVICE_COLUMNS)].sort((a, b) => b[1] - a[1])[0];
      return best !== undefined && OFFICER_FIELDS.has(best[0]) ? k : -1;
    })
    .filter((k) => k >= 0);
}

/**
 * An officer cell merged down the table is printed once, in the first row of its span, and the rows under it
 * come out blank: in an officer column filled in fewer than half the rows, a blank takes the officer above.
 */
function carryOfficers(out: string[], rows: readonly number[], columns: readonly number[], spanned: Array<{ line: number; columns: number[] }>): void {
  for (const k of columns) {
    const cellsOf = (i: number) => (out[i] ?? '').split('\t');
    const filled = rows.filter((i) => (cellsOf(i)[k] ?? '') !== '').length;
    if (filled === 0 || filled * 2 >= rows.length || (cellsOf(rows[0] ?? -1)[k] ?? '') === '') continue;
    let above = '';
    rows.forEach((i, r) => {
      const cells = cellsOf(i);
      if ((cells[k] ?? '') !== '') {
        // The officer's block goes on in the lines wrapped under it (its phone, its e-mail) before the next row.
        const end = rows[r + 1] ?? Math.min(out.length, i + 6);
        const wrapped: string[] = [];
        for (let j = i + 1; j < end && (out[j] ?? '').includes('\t'); j++) wrapped.push(cellsOf(j)[k] ?? '');
        above = [cells[k] ?? '', ...wrapped].filter((c) => c !== '').join(' ');
      } else {
        while (cells.length <= k) cells.push('');
        cells[k] = above;
        out[i] = cells.join('\t');
        const found = spanned.find((s) => s.line === i + 1);
        if (found === undefined) spanned.push({ line: i + 1, columns: [k + 1] });
        else found.columns.push(k + 1);
      }
    });
  }
}

/**
 * The lines with every space-laid table turned into tab-separated rows; other lines unchanged. `spanned` gets the
 * rows whose officer was carried down from a merged cell (line, 1-based columns), for `cell.spanned`.
 */
export function spacedTables(lines: readonly string[], spanned: Array<{ line: number; columns: number[] }> = []): string[] {
  if (!lines.some((l) => / {2,}\S/.test(l.trim()))) return [...lines];
  const out = [...lines];
  let starts: number[] | null = null;
  let officers: number[] = [];
  let rows: number[] = [];
  const endTable = () => {
    if (rows.length >= 3 && officers.length > 0) carryOfficers(out, rows, officers, spanned);
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').replace(/\s+$/, '');
    if (line === EMPTY_CELL) continue;
    if (line.includes('\t')) {
      if (starts !== null) endTable();
      starts = null;
      continue;
    }
    const parts = partsOf(line);
    const next = partsOf((lines[i + 1] ?? '').replace(/\s+$/, ''));
    const wrapped = parts.length >= 3 && titlesOnly(next) ? twoLineHeader(parts, next) : null;
    if (wrapped !== null) {
      endTable();
      starts = parts.map((p) => p.start);
      officers = officerColumns(wrapped);
      out[i] = wrapped.join('\t');
      out[i + 1] = '';
      i++;
      continue;
    }
    if (parts.length >= 3 && isServiceHeader(parts.map((p) => p.text))) {
      endTable();
      starts = parts.map((p) => p.start);
      officers = officerColumns(parts.map((p) => p.text));
      out[i] = parts.map((p) => p.text).join('\t');
      continue;
    }
    if (starts === null || parts.length === 0) continue;
    // A line indented under a column past the serial is a cell wrapped from the row above; a line at the margin
    // that is not a row (a sentence with two spaces after its danda, a sign-off laid out in two columns) ends
    // the table and is left as written.
    const first = parts[0];
    const atMargin = first !== undefined && first.start <= (starts[0] ?? 0) + 2;
    // A row starts with its serial at the margin; a wrapped cell is indented; anything else at the margin ends it.
    if (atMargin && parseSerial(first.text) === null) {
      endTable();
      starts = null;
      continue;
    }
    // A number alone, indented, with no more of the table after it than the next row: the page's number.
    if (parts.length === 1 && !atMargin && LONE_NUMBER.test(first?.text ?? '') && pageEnds(lines, i + 1)) {
      out[i] = '';
      continue;
    }
    if (parts.length >= 2 || !atMargin) out[i] = place(parts, starts, parts.length >= 2).join('\t');
    if (atMargin && parts.length >= 2) rows.push(i);
  }
  endTable();
  return out;
}
