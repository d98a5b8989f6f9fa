// What the .docx and HTML readers share: a document of paragraphs and tables, written as they are parsed
// and rendered as the tab-separated lines importText reads. Merged cells are resolved here, once, for both.
//
// - A paragraph is one line. Inside a cell, paragraphs and line breaks join with a space, as an officer's
//   block (name, designation, code, phone, e-mail) sits in one cell of the text charters.
// - A cell spanning N columns is the cell then N-1 empty cells, so the columns stay aligned.
// - A cell merged down (docx vMerge, HTML rowspan) repeats its text in every row it covers: a responsible
//   officer merged across all the service rows reaches every service. When the merge covers the row's
//   first cell (the serial) the row continues the one above; its merged cells are left empty, because
//   importText appends a row without a serial to the row above.
// - A table inside a cell is flattened into the cell's text, unless the outer table is layout (see isLayout):
//   then the outer table's cells are read as paragraphs and the inner table as rows.
// - Rows that repeat a header row of the same table (a header copied on every page) are dropped.
import { convertBijoyRaw, convertMixed } from '../../bangla/bijoy.ts';
import { at, issue, type Where } from '../../charter/finding.ts';
import type { Finding } from '../../charter/model.ts';
import { ImportError } from '../errors.ts';
import type { Limits } from '../limits.ts';

/** Columns one cell may span, rows it may cover, cells of one row: larger values are hostile or broken. */
const MAX_SPAN = 64;
const MAX_ROWSPAN = 1000;
const MAX_COLUMNS = 512;

interface Line {
  kind: 'line';
  text: string;
}
interface TableItem {
  kind: 'table';
  table: Table;
}
type Item = Line | TableItem;

export interface CellOptions {
  /** Columns the cell covers (gridSpan, colspan). */
  span?: number;
  /** Rows the cell covers (HTML rowspan). */
  rowspan?: number;
  /** docx vMerge: 'restart' opens a vertical merge, 'continue' is a cell covered by the one above. */
  vmerge?: 'restart' | 'continue' | null;
}

interface Cell {
  items: Item[];
  span: number;
  rowspan: number;
  continues: boolean;
}
interface Row {
  cells: Cell[];
  header: boolean;
}
interface Table {
  rows: Row[];
}

interface Segment {
  text: string;
  bijoy: boolean;
}

interface OpenTable {
  table: Table;
  /** Where the table sits: text inside the table but outside its cells goes there, as a browser puts it. */
  parent: Item[];
  row: Row | null;
  cell: Cell | null;
}

const BENGALI = /[\u0980-\u09FF]/;

/**
 * A Bijoy (legacy, non-Unicode) font: SutonnyMJ and every other "...MJ" of the Bijoy family. The "...OMJ"
 * fonts (SutonnyOMJ) are Bijoy's OpenType fonts for Unicode text: English in them is English, so they are
 * left to detection (and Unicode Bengali is never converted, whatever its font).
 */
export function isBijoyFont(name: string | null | undefined): boolean {
  if (name === null || name === undefined) return false;
  const n = name
    .trim()
    .replace(/^["']|["']$/g, '')
    .trim()
    .replace(/\s+(bold|italic)$/gi, '');
  return /MJ$/i.test(n) && !/OMJ$/i.test(n);
}

function tooLarge(chars: number, limits: Readonly<Limits>): ImportError {
  return new ImportError('import.too-large', 'text-at-least', { chars, max: limits.maxTextChars });
}

function clean(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

function clamp(n: number | undefined, max: number): number {
  return n === undefined || !Number.isFinite(n) || n < 1 ? 1 : Math.min(Math.floor(n), max);
}

/** The document being read: readers call text/paragraph/table events in order, then render(). */
export class Layout {
  private readonly top: Item[] = [];
  private readonly open: OpenTable[] = [];
  private segments: Segment[] = [];
  private chars = 0;
  /** Runs in a Bijoy font converted to Unicode. */
  bijoyRuns = 0;

  constructor(private readonly limits: Readonly<Limits>) {}

  /** Text of the current paragraph; `bijoy` when its font is a Bijoy font. */
  text(text: string, bijoy = false): void {
    if (text === '') return;
    this.chars += text.length;
    if (this.chars > this.limits.maxTextChars) throw tooLarge(this.chars, this.limits);
    const last = this.segments[this.segments.length - 1];
    if (last !== undefined && last.bijoy === bijoy) last.text += text;
    else this.segments.push({ text, bijoy });
  }

  /** Ends the current paragraph (or line, after a line break). */
  paragraph(): void {
    if (this.segments.length === 0) return;
    let text = '';
    for (const s of this.segments) {
      if (s.bijoy && !BENGALI.test(s.text) && /[^\s\d.,]/.test(s.text)) {
        text += convertBijoyRaw(s.text);
        this.bijoyRuns++;
      } else text += s.text;
    }
    this.segments = [];
    const line = clean(text);
    const t = this.open[this.open.length - 1];
    if (t !== undefined && t.cell === null) {
      if (line !== '') t.parent.push({ kind: 'line', text: line });
    } else this.items().push({ kind: 'line', text: line });
  }

  private items(): Item[] {
    const t = this.open[this.open.length - 1];
    if (t === undefined) return this.top;
    return t.cell?.items ?? t.parent;
  }

  get inTable(): boolean {
    return this.open.length > 0;
  }

  openTable(): void {
    this.paragraph();
    const table: Table = { rows: [] };
    const parent = this.items();
    parent.push({ kind: 'table', table });
    this.open.push({ table, parent, row: null, cell: null });
  }

  closeTable(): void {
    this.paragraph();
    this.closeRow();
    this.open.pop();
  }

  openRow(header = false): void {
    const t = this.open[this.open.length - 1];
    if (t === undefined) return;
    this.paragraph();
    this.closeRow();
    t.row = { cells: [], header };
    t.table.rows.push(t.row);
  }

  /** Ends the row; `header` (when given) marks it a header row. */
  closeRow(header?: boolean): void {
    const t = this.open[this.open.length - 1];
    if (t === undefined) return;
    this.closeCell();
    if (t.row !== null && header !== undefined) t.row.header = t.row.header || header;
    t.row = null;
  }

  openCell(options: CellOptions = {}): void {
    const t = this.open[this.open.length - 1];
    if (t === undefined) return;
    this.paragraph();
    this.closeCell();
    if (t.row === null) this.openRow();
    const row = t.row;
    if (row === null || row.cells.length >= MAX_COLUMNS) return;
    t.cell = {
      items: [],
      span: clamp(options.span, MAX_SPAN),
      rowspan: clamp(options.rowspan, MAX_ROWSPAN),
      continues: options.vmerge === 'continue',
    };
    row.cells.push(t.cell);
  }

  /** Sets what the current cell's properties say (they come after the cell opens in .docx). */
  cellOptions(options: CellOptions): void {
    const cell = this.open[this.open.length - 1]?.cell;
    if (cell === null || cell === undefined) return;
    if (options.span !== undefined) cell.span = clamp(options.span, MAX_SPAN);
    if (options.rowspan !== undefined) cell.rowspan = clamp(options.rowspan, MAX_ROWSPAN);
    if (options.vmerge !== undefined) cell.continues = options.vmerge === 'continue';
  }

  closeCell(): void {
    const t = this.open[this.open.length - 1];
    if (t === undefined || t.cell === null) return;
    this.paragraph();
    t.cell = null;
  }

  /** The document as tab-separated lines. */
  render(): string {
    this.paragraph();
    while (this.open.length > 0) this.closeTable();
    const out: string[] = [];
    let size = 0;
    const push = (line: string) => {
      size += line.length + 1;
      if (size > this.limits.maxTextChars) throw tooLarge(size, this.limits);
      out.push(line);
    };
    renderItems(this.top, push);
    return out
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }
}

function columnsOf(table: Table): number {
  // reduce, not Math.max(...rows): a table of 300,000 rows would overflow the call stack
  return table.rows.reduce(
    (most, r) =>
      Math.max(
        most,
        r.cells.reduce((n, c) => n + c.span, 0),
      ),
    0,
  );
}

function isDataTable(table: Table): boolean {
  return table.rows.length >= 2 && columnsOf(table) >= 3 && hasText(table);
}

/**
 * A table is layout when it has one column, or holds a table of data at least as wide as itself, or holds
 * one and has two columns at most (a page laid out in a table around the charter). A services table
 * whose fee cell holds a small table of fees stays a table.
 */
function isLayout(table: Table): boolean {
  const columns = columnsOf(table);
  if (columns <= 1) return true;
  return table.rows.some((r) =>
    r.cells.some((c) =>
      c.items.some((i) => i.kind === 'table' && (isDataTable(i.table) || isLayout(i.table)) && (columns <= 2 || columnsOf(i.table) >= columns)),
    ),
  );
}

function hasText(table: Table): boolean {
  return table.rows.some((r) => r.cells.some((c) => c.items.some((i) => (i.kind === 'line' ? i.text !== '' : hasText(i.table)))));
}

function renderItems(items: readonly Item[], push: (line: string) => void): void {
  for (const item of items) {
    if (item.kind === 'line') push(item.text);
    else if (isLayout(item.table)) {
      for (const row of item.table.rows) for (const cell of row.cells) renderItems(cell.items, push);
    } else {
      push('');
      for (const line of tableLines(item.table)) push(line);
      push('');
    }
  }
}

/** The text of a cell on one line: paragraphs joined with a space, tables inside flattened. */
function cellText(cell: Cell): string {
  const parts: string[] = [];
  for (const item of cell.items) {
    if (item.kind === 'line') parts.push(item.text);
    else for (const row of item.table.rows) for (const c of row.cells) parts.push(cellText(c));
  }
  return clean(parts.join(' '));
}

interface Placed {
  span: number;
  /** null: a cell covered by a merge from above. */
  text: string | null;
}

const SERIAL_CELL = /^[\s(]*[0-9০-৯]{1,3}[\s.)।:]*$/u;

/** The rows of a data table with merged cells resolved; repeated header rows dropped. */
function tableLines(table: Table): string[] {
  const origin: string[] = [];
  const pending: Array<{ left: number; span: number } | undefined> = [];
  const lines: string[] = [];
  const headers = new Set<string>();
  const firstHeaderless = !table.rows.some((r) => r.header);
  let dataSeen = false;
  table.rows.forEach((row, r) => {
    const placed: Placed[] = [];
    let col = 0;
    const fillPending = () => {
      for (let p = pending[col]; p !== undefined && p.left > 0; p = pending[col]) {
        p.left--;
        placed.push({ span: p.span, text: null });
        col += p.span;
      }
    };
    for (const cell of row.cells) {
      fillPending();
      if (cell.rowspan > 1) pending[col] = { left: cell.rowspan - 1, span: cell.span };
      placed.push({ span: cell.span, text: cell.continues ? null : cellText(cell) });
      col += cell.span;
    }
    // Merges from above that cover the columns after this row's last cell.
    for (let c = col; c < pending.length; c++) {
      const p = pending[c];
      if (p === undefined || p.left <= 0) continue;
      while (col < c) {
        placed.push({ span: 1, text: '' });
        col++;
      }
      fillPending();
    }
    const continues = placed[0]?.text === null;
    const cells: string[] = [];
    col = 0;
    for (const p of placed) {
      const text = p.text === null ? (continues ? '' : (origin[col] ?? '')) : p.text;
      if (p.text !== null) origin[col] = p.text;
      cells.push(text);
      for (let i = 1; i < p.span; i++) {
        if (p.text !== null) origin[col + i] = '';
        cells.push('');
      }
      col += p.span;
    }
    const line = cells.join('\t');
    const key = line.replace(/\s+/g, '');
    if (key === '') return;
    // Without marked header rows the first row is taken for the header, unless it opens with a serial (a data row).
    const isHeader = row.header || (firstHeaderless && r === 0 && !SERIAL_CELL.test(cells[0] ?? ''));
    if (dataSeen && headers.has(key)) return;
    if (isHeader && !dataSeen) headers.add(key);
    if (!isHeader) dataSeen = true;
    lines.push(line);
  });
  return lines;
}

/**
 * Converts the Bijoy the fonts did not mark, cell by cell (convertMixed normalises whitespace, tabs
 * included), and says once how many runs were converted, by font and by detection together.
 */
export function finishBijoy(text: string, fontRuns: number, where: Where = { section: 'file' }): { text: string; findings: Finding[] } {
  let detected = 0;
  const converted = text
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((cell) => {
          if (!/[\u0080-\u02ff\u2000-\u206f]|[a-zA-Z]/.test(cell)) return cell;
          const r = convertMixed(cell);
          if (r.converted === 0) return cell;
          detected += r.converted;
          return r.text.replace(/\s+/g, ' ');
        })
        .join('\t'),
    )
    .join('\n');
  const total = fontRuns + detected;
  if (total === 0) return { text, findings: [] };
  return {
    text: converted,
    findings: at(where, [issue('bijoy.converted', { count: total })]),
  };
}
