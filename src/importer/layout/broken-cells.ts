// A tab-separated table copied from a web page or a spreadsheet whose cells hold line breaks (a list of
// documents, an officer's name, designation, phone and e-mail on four lines, a title "Responsible Officer" /
// "(Name, Designation, Phone and E-mail)"): each break ends the line, so a row comes out over several lines, the
// first with the serial and the next ones each continuing the cell the line before broke off ("1\tname\t1.
// Application" / "2. Court fee stamp\tTk. 100\t7 working days\tMr. Md. Rafiqul Islam" / ...). Such a row, and
// such a header, is put back together: a line's first cell goes on with the last cell so far, its other cells
// are the next columns; a spreadsheet's quotes around a cell with breaks are taken off. Joined lines are left
// blank, so every line keeps its number.
import { append } from '../append.ts';
import { parseSerial } from '../columns/table.ts';
import { isHeadingText } from './headings.ts';
import { isPageNumber } from './page-lines.ts';

const cellsOf = (line: string): string[] => line.split('\t');

/** A line that opens a row: a serial in its first cell, and more cells after it. */
const opensRow = (line: string): boolean => line.includes('\t') && parseSerial(cellsOf(line)[0] ?? '') !== null;

/** A line that cannot be part of a cell: blank, a heading, a page number. */
function breaksBlock(line: string): boolean {
  const t = line.trim();
  return t === '' || (!line.includes('\t') && (isHeadingText(t) || isPageNumber(t)));
}

interface Block {
  /** The first line and the line after the last. */
  from: number;
  to: number;
  /** The cells the lines make when each break is inside a cell. */
  cells: string[];
  /** The cells that hold a break. */
  broken: Set<number>;
}

/**
 * The lines from `from` that one row (or header) can span: up to a blank line, a heading, the next row or, for
 * a header, the first row. A line starting with an empty cell is the table's own continuation row, not a cell
 * broken off.
 */
function blockAt(lines: readonly string[], from: number): Block {
  const cells = cellsOf(lines[from] ?? '');
  const broken = new Set<number>();
  let to = from + 1;
  for (; to < lines.length; to++) {
    const next = lines[to] ?? '';
    if (breaksBlock(next) || opensRow(next)) break;
    const more = cellsOf(next);
    if (more.length > 1 && (more[0] ?? '').trim() === '') break;
    const last = cells.length - 1;
    cells[last] = `${(cells[last] ?? '').trimEnd()}\n${(more[0] ?? '').trim()}`;
    broken.add(last);
    append(cells, more.slice(1));
  }
  return { from, to, cells, broken };
}

/** A spreadsheet writes a cell with line breaks in quotes, doubling the quotes inside: they are not the text. */
function unquote(cell: string): string {
  const t = cell.trim();
  return t.length >= 2 && t.startsWith('"') && t.endsWith('"') ? t.slice(1, -1).replace(/""/g, '"') : cell;
}

const written = (block: Block): string => block.cells.map((c, i) => (block.broken.has(i) ? unquote(c) : c).replace(/\s*\n\s*/g, ' ')).join('\t');

/**
 * Joins the lines of rows broken by line breaks inside cells. The table's width is its header's (the line of
 * titles above the first row, itself joined when its lines make up a row's width); a row is joined only when its
 * first line is narrower than that and its lines make up exactly that many cells.
 */
export function joinBrokenCells(lines: readonly string[]): string[] {
  let out: string[] | null = null;
  const join = (block: Block) => {
    out ??= [...lines];
    out[block.from] = written(block);
    for (let k = block.from + 1; k < block.to; k++) out[k] = '';
  };
  for (let i = 0; i < lines.length; i++) {
    if (!opensRow(lines[i] ?? '')) continue;
    // The table starting here: its rows, one block each, up to a line that is no part of a row.
    const rows: Block[] = [];
    let j = i;
    while (j < lines.length && opensRow(lines[j] ?? '')) {
      const row = blockAt(lines, j);
      rows.push(row);
      j = row.to;
    }
    i = j - 1;
    const header = headerAbove(lines, rows[0]?.from ?? i);
    if (header === null) continue;
    // The header's titles broke when its lines make up as many cells as a row does; else (a second row of
    // title parts under the first, a group's row) the header is its first line.
    const first = cellsOf(lines[header.from] ?? '').length;
    const brokenHeader = (header.cells.length > first || wrapsTitle(lines, header)) && rows.some((r) => r.cells.length === header.cells.length);
    if (brokenHeader) join(header);
    const width = brokenHeader ? header.cells.length : first;
    for (const row of rows) if (isBroken(lines, row, width)) join(row);
  }
  return out ?? [...lines];
}

/**
 * A block of several lines that make up the table's width: its first line is narrower, or its last cell is in a
 * spreadsheet's quotes, opened on the first line and closed on a later one.
 */
function isBroken(lines: readonly string[], block: Block, width: number): boolean {
  if (block.to - block.from < 2 || block.cells.length !== width) return false;
  const first = cellsOf(lines[block.from] ?? '');
  if (first.length < width) return true;
  const last = block.cells[width - 1] ?? '';
  return (first[width - 1] ?? '').trim().startsWith('"') && /"\s*$/.test(last) && block.broken.has(width - 1);
}

/**
 * A header whose lines all go on with its last title ("Responsible Officer" / "(Name, Phone)", "Superior
 * Officer/" / "Appeal"): a line without tabs under a header is otherwise a heading of its own.
 */
function wrapsTitle(lines: readonly string[], header: Block): boolean {
  for (let k = header.from + 1; k < header.to; k++) {
    const line = (lines[k] ?? '').trim();
    if (!line.startsWith('(') && !/[/,&(-]$/u.test((lines[k - 1] ?? '').trim())) return false;
  }
  return header.to - header.from > 1;
}

/** How many lines a header's titles can be broken over. */
const HEADER_LINES = 4;

/**
 * The header ending right above the row at `row`: the topmost line of titles (tabs, a first cell) within a few
 * lines above it, with the lines under it that continue its titles.
 */
function headerAbove(lines: readonly string[], row: number): Block | null {
  let top = -1;
  for (let h = row - 1; h >= 0 && row - h <= HEADER_LINES; h--) {
    const line = lines[h] ?? '';
    if (breaksBlock(line) || opensRow(line)) break;
    if (line.includes('\t') && (cellsOf(line)[0] ?? '').trim() !== '') top = h;
  }
  if (top < 0) return null;
  const block = blockAt(lines, top);
  return block.to === row && block.cells.length >= 3 ? block : null;
}
