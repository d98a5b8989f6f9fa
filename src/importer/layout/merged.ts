// A cell merged down a table (an officer for several services) is printed once, in the first row of its span,
// and the rows under it come out blank in that column: in a table laid out with spaces (spaced.ts) and in a
// tab-separated copy from a word processor or spreadsheet, the blank takes the officer above, down to the next.
import { scoreTitle, SERVICE_COLUMNS } from '../columns/columns.ts';
import { isServiceHeader } from '../columns/service-table.ts';
import { parseSerial } from '../columns/table.ts';

const OFFICER_FIELDS = new Set(['responsible', 'superior', 'alternate']);

/** The columns of a header that hold officers, by their titles. */
export function officerColumns(titles: readonly string[]): number[] {
  return titles
    .map((title, k) => {
      const best = [...scoreTitle(title, SERVICE_COLUMNS)].sort((a, b) => b[1] - a[1])[0];
      return best !== undefined && OFFICER_FIELDS.has(best[0]) ? k : -1;
    })
    .filter((k) => k >= 0);
}

/**
 * An officer cell merged down the table is printed once, in the first row of its span, and the rows under it
 * come out blank: in an officer column filled in its first row, a blank takes the officer above, down to the next
 * officer (two officers each printed once for the rows they cover).
 */
export function carryOfficers(out: string[], rows: readonly number[], columns: readonly number[], spanned: Array<{ line: number; columns: number[] }>): void {
  for (const k of columns) {
    const cellsOf = (i: number) => (out[i] ?? '').split('\t');
    const filled = rows.filter((i) => (cellsOf(i)[k] ?? '') !== '').length;
    if (filled === 0 || filled === rows.length || (cellsOf(rows[0] ?? -1)[k] ?? '') === '') continue;
    // Merged down, the officers fill at most half the rows, or leave runs of two blanks or more: one blank among
    // rows filled one by one is only a blank cell.
    const sparse = filled * 2 <= rows.length;
    const blank = rows.map((i) => (cellsOf(i)[k] ?? '') === '');
    const inRun = (r: number) => (blank[r - 1] ?? false) || (blank[r + 1] ?? false);
    let above = '';
    rows.forEach((i, r) => {
      const cells = cellsOf(i);
      if (!sparse && blank[r] === true && !inRun(r)) return;
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
 * The tab-separated tables of the input (`tabbed`: the lines that came with tabs) with their merged officer cells
 * carried down; `spanned` gets the rows filled, for `cell.spanned`.
 */
export function carryTabTables(lines: string[], tabbed: ReadonlySet<number>, spanned: Array<{ line: number; columns: number[] }>): void {
  let officers: number[] = [];
  let rows: number[] = [];
  const end = () => {
    // A table typed row by row (its superior written in every row) left its blank officer cells blank.
    const everyRow = officers.some((k) => rows.every((i) => (lines[i]?.split('\t')[k] ?? '').trim() !== ''));
    if (rows.length >= 2 && officers.length > 0 && !everyRow) carryOfficers(lines, rows, officers, spanned);
    rows = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '') continue;
    if (!tabbed.has(i) || !line.includes('\t')) {
      end();
      officers = [];
      continue;
    }
    const cells = line.split('\t').map((c) => c.trim());
    if (isServiceHeader(cells)) {
      end();
      officers = officerColumns(cells);
      continue;
    }
    if (officers.length > 0 && parseSerial(cells[0] ?? '') !== null) rows.push(i);
  }
  end();
}
