// Reads tab-separated tables: header rows name the columns, "(১) (২) ..." rows are skipped, a header repeated
// after a page break is read again, and a row whose serial cell is empty continues the row above.
import { parseInteger } from '../bangla/digits.ts';
import { at, issue } from '../charter/finding.ts';
import { squash } from '../charter/match.ts';
import type { Finding } from '../charter/model.ts';
import { isBlank, type Line } from './lines.ts';

export interface ColumnSpec<K extends string> {
  key: K;
  /** Words a header cell holds for this column, compared without spaces ("পরিশোধপদ্ধ তি"). */
  words: readonly string[];
}

export interface TableSpec<K extends string> {
  /** Checked in this order; each key is given to one column only. */
  columns: readonly ColumnSpec<K>[];
  /** What each column means when no header says. */
  positions: readonly K[];
  serial: K;
  /** Used in findings: "2.1", "grievance". */
  label: string;
}

export type ColumnMap<K extends string> = ReadonlyArray<K | null>;

export interface TableRow<K extends string> {
  serial: number;
  line: number;
  cells: Partial<Record<K, string>>;
  /** 1-based column of each key in this row's table, for findings. */
  columns: Partial<Record<K, number>>;
}

export interface TableResult<K extends string> {
  rows: TableRow<K>[];
  /** Non-empty lines without tabs, for the caller to place. */
  loose: Line[];
  findings: Finding[];
  /** The last column map, carried into a following table that has no header of its own. */
  map: ColumnMap<K> | null;
}

function matchColumn<K extends string>(cell: string, spec: TableSpec<K>, used: ReadonlySet<K>): K | null {
  const s = squash(cell);
  const found = spec.columns.find((c) => !used.has(c.key) && c.words.some((w) => s.includes(squash(w))));
  return found?.key ?? null;
}

/** The column map a header row gives, or null when the row is not a header. */
export function headerMap<K extends string>(cells: readonly string[], spec: TableSpec<K>): ColumnMap<K> | null {
  if (parseSerial(cells[0] ?? '') !== null) return null;
  const used = new Set<K>();
  const named = cells.map((c) => {
    const key = c === '' ? null : matchColumn(c, spec, used);
    if (key !== null) used.add(key);
    return key;
  });
  const matched = named.filter((k) => k !== null).length;
  const isHeader = cells[0] === '' ? matched >= 3 : named[0] === spec.serial || matched >= 2;
  if (!isHeader) return null;
  return named.map((key, i) => {
    const byPosition = spec.positions[i];
    if (key !== null || byPosition === undefined || used.has(byPosition)) return key;
    used.add(byPosition);
    return byPosition;
  });
}

/** "(১) (২) (৩) ..." under a header: each cell is its own column number. */
function isColumnNumberRow(cells: readonly string[]): boolean {
  const filled = cells.map((c, i) => [c, i] as const).filter(([c]) => c !== '');
  return filled.length >= 2 && filled.every(([c, i]) => parseInteger(c.replace(/[()]/g, '')) === i + 1);
}

/** A serial as printed: "১", "০১", "১.", "(১)", "1)". */
export function parseSerial(text: string): number | null {
  return parseInteger(text.replace(/^[\s(]+|[\s.)।:]+$/g, ''));
}

function columnsOf<K extends string>(map: ColumnMap<K>): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  map.forEach((key, i) => {
    if (key !== null) columns[key] = i + 1;
  });
  return columns;
}

function unplaced(label: string, line: Line, en: string, bn: string): Finding[] {
  return at(`${label} line ${line.no}`, [issue('error', 'row.unplaced', `${en}: "${line.text}"`, `${bn}: "${line.text}"`)]);
}

/** Cells the column map has no meaning for; reported with their text, so nothing is dropped silently. */
function strayCells<K extends string>(line: Line, map: ColumnMap<K>, label: string): Finding[] {
  return line.cells.flatMap((cell, i) =>
    cell !== '' && (map[i] ?? null) === null
      ? at(`${label} line ${line.no} column ${i + 1}`, [
          issue('warning', 'cell.unplaced', `Cell under no known column: "${cell}"`, `অজানা কলামের ঘর: "${cell}"`),
        ])
      : [],
  );
}

function cellsOf<K extends string>(line: Line, map: ColumnMap<K>): Partial<Record<K, string>> {
  const cells: Partial<Record<K, string>> = {};
  map.forEach((key, i) => {
    const cell = line.cells[i] ?? '';
    if (key !== null && cell !== '') cells[key] = cell;
  });
  return cells;
}

function appendCells<K extends string>(row: TableRow<K>, more: Partial<Record<K, string>>): void {
  for (const key of Object.keys(more) as K[]) {
    const add = more[key];
    if (add === undefined) continue;
    const had = row.cells[key];
    row.cells[key] = had === undefined ? add : `${had} ${add}`;
  }
}

/** Reads the rows of one table; `initial` is the column map of the table before it, if any. */
export function readTable<K extends string>(
  lines: readonly Line[],
  spec: TableSpec<K>,
  initial: ColumnMap<K> | null = null,
): TableResult<K> {
  const result: TableResult<K> = { rows: [], loose: [], findings: [], map: initial };
  for (const line of lines) {
    if (!line.isRow) {
      if (!isBlank(line)) result.loose.push(line);
      continue;
    }
    if (isBlank(line) || isColumnNumberRow(line.cells)) continue;
    const header = headerMap(line.cells, spec);
    if (header !== null) {
      result.map = header;
      continue;
    }
    if (result.map === null) {
      result.map = spec.positions;
      result.findings.push(
        ...at(`${spec.label} line ${line.no}`, [
          issue('warning', 'table.no-header', 'Table has no header row; columns are read by position', 'সারণিতে শিরোনাম সারি নেই; কলামগুলো অবস্থান অনুযায়ী পড়া হয়েছে'),
        ]),
      );
    }
    readRow(line, result.map, spec, result);
  }
  return result;
}

function readRow<K extends string>(line: Line, map: ColumnMap<K>, spec: TableSpec<K>, result: TableResult<K>): void {
  const serialText = line.cells[map.indexOf(spec.serial)] ?? '';
  const cells = cellsOf(line, map);
  delete cells[spec.serial];
  result.findings.push(...strayCells(line, map, spec.label));
  const previous = result.rows[result.rows.length - 1];
  if (serialText === '') {
    if (previous === undefined) {
      result.findings.push(...unplaced(spec.label, line, 'Row continues no row above it', 'সারিটি আগের কোনো সারির অংশ নয়'));
    } else {
      appendCells(previous, cells);
    }
    return;
  }
  const serial = parseSerial(serialText);
  if (serial === null) {
    result.findings.push(...unplaced(spec.label, line, `Row serial "${serialText}" is not a number`, `সারির ক্রমিক "${serialText}" সংখ্যা নয়`));
    return;
  }
  result.rows.push({ serial, line: line.no, cells, columns: columnsOf(map) });
}
