// Reads tab-separated tables: header rows name the columns, "(১) (২) ..." rows are skipped, a header repeated
// after a page break is read again, and a row whose serial cell is empty continues the row above.
import { parseInteger, toAsciiDigits } from '../../bangla/digits.ts';
import { at, issue, location } from '../../charter/finding.ts';
import type { Finding, FindingLocation, FindingParams } from '../../charter/model.ts';
import { formIssues, mapTitles, scoreTitle, type ColumnSpec, type HeaderForms, type HeaderIssue } from './columns.ts';
import { isBlank, type Line } from '../lines.ts';
import type { PairSplit } from '../cells/fee-time.ts';
import { append } from '../append.ts';

export type { ColumnSpec } from './columns.ts';

export interface TableSpec<K extends string> {
  /** Every field a column can be, with the words of its titles; see columns.ts. */
  columns: readonly ColumnSpec<K>[];
  /** What each column means when no header says. */
  positions: readonly K[];
  serial: K;
  /** The section findings are placed in: "2.1", "5" (the grievance table), "4". */
  section: string;
  /** The standard forms of this table, for columns.missing and columns.non-standard. */
  forms?: HeaderForms<K>;
  /** Two neighbouring columns whose cells copying runs together (fee and time limit), and how to split them. */
  runTogether?: RunTogether<K>;
  /** The field every row must have (the service's name), and how a cell that could be it looks. */
  name?: { key: K; looks: (cell: string) => boolean };
  /** Whether a cell holds what its column says (a time limit under the time limit), for aligning a header. */
  fits?: (key: K, cell: string) => boolean;
}

export interface RunTogether<K extends string> {
  left: K;
  right: K;
  /** Splits a cell that holds both; `left` is the key of the text that comes first. */
  split: (text: string, first: K) => PairSplit;
}

export type ColumnMap<K extends string> = ReadonlyArray<K | null>;

export interface TableRow<K extends string> {
  serial: number;
  line: number;
  cells: Partial<Record<K, string>>;
  /** 1-based column of each key in this row's table, for findings. */
  columns: Partial<Record<K, number>>;
  /** The title of each key's column, where the table had a header ("সেবা প্রদানের সময়সীমা (কার্যদিবস)"). */
  titles?: Partial<Record<K, string>>;
}

export interface TableResult<K extends string> {
  rows: TableRow<K>[];
  /** Non-empty lines without tabs, for the caller to place. */
  loose: Line[];
  findings: Finding[];
  /** The last column map, carried into a following table that has no header of its own. */
  map: ColumnMap<K> | null;
  /** Text the Charter will not keep (column titles, cells under no known column), for the text checks. */
  texts: PlacedText[];
}

export interface PlacedText {
  text: string;
  location: FindingLocation;
}

interface Header<K extends string> {
  map: ColumnMap<K>;
  issues: HeaderIssue[];
}

/** A cell that holds a value, not a title: a number of days, a sum of money ("৫০ টাকা", "Tk. 500"), a phone or an e-mail address. */
const VALUE =
  /[0-9০-৯]\s*(?:কার্য\s*দিবস|কর্ম\s*দিবস|দিন|working\s*days?|days?\b|টাকা|tk\b|৳|\/-)|(?:\btk\.?|৳|টাকা)\s*[0-9০-৯]|@|(?:\+?88)?0?1[3-9][0-9]{2}[\s-]?[0-9]{6}/iu;

/** "বিনামূল্যে", "Free of charge": what a fee cell says, never a title. */
const FREE_VALUE = /^(?:বিনা\s*মূল্যে|বিনামূল্যে|ফ্রি|free(?: of (?:charge|cost))?)$/iu;

/** The column map a header row gives, with what is uncertain about it, or null when the row is not a header. */
function readHeader<K extends string>(cells: readonly string[], spec: TableSpec<K>): Header<K> | null {
  if (parseSerial(cells[0] ?? '') !== null) return null;
  // A row of a table with no serial column can hold title words ("Free of charge", "3 working days"): a row
  // with two cells that hold values is data, whatever words it shares with titles.
  if (cells.filter((c) => VALUE.test(toAsciiDigits(c)) || FREE_VALUE.test(c)).length >= 2) return null;
  // A weak word ("কর্মকর্তা", "নাম") is found in data rows too: only titles scoring 2 or more make a header.
  const scored = cells.map((c) => (c === '' ? 0 : Math.max(0, ...scoreTitle(c, spec.columns).values())));
  const matched = scored.filter((s) => s >= 2).length;
  const { map, issues } = mapTitles(cells, spec.columns, spec.forms);
  const firstIsSerial = map[0] === spec.serial || (scoreTitle(cells[0] ?? '', spec.columns).get(spec.serial) ?? 0) >= 3;
  const isHeader = cells[0] === '' ? matched >= 3 : firstIsSerial || matched >= 2;
  if (!isHeader) return null;
  const unclear = new Set(issues.map((i) => i.column));
  const used = new Set(map.filter((k) => k !== null));
  // An untitled column takes the meaning of its position, in a table of the standard width only.
  const byPosition = spec.forms === undefined || cells.length >= 7;
  const full = map.map((key, i) => {
    const position = spec.positions[i];
    if (key !== null || !byPosition || unclear.has(i + 1) || position === undefined || used.has(position)) return key;
    used.add(position);
    return position;
  });
  const formIssueList = spec.forms === undefined ? [] : formIssues(cells, full, spec.forms);
  return { map: full, issues: [...issues, ...formIssueList] };
}

/** The column map a header row gives, or null when the row is not a header. */
export function headerMap<K extends string>(cells: readonly string[], spec: TableSpec<K>): ColumnMap<K> | null {
  return readHeader(cells, spec)?.map ?? null;
}

/** A second header row under the first: every filled cell is a title or a part of one ("নং", "(নাম, পদবি)"). */
function continuesHeader<K extends string>(cells: readonly string[], spec: TableSpec<K>): boolean {
  const filled = cells.filter((c) => c !== '');
  return (
    filled.length >= 2 &&
    parseSerial(cells[0] ?? '') === null &&
    filled.every((c) => (/^\(.*\)$/u.test(c) ? parseSerial(c) === null : scoreTitle(c, spec.columns).size > 0))
  );
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

function titlesOf<K extends string>(map: ColumnMap<K>, cells: readonly string[]): Partial<Record<K, string>> {
  const titles: Partial<Record<K, string>> = {};
  map.forEach((key, i) => {
    if (key !== null && (cells[i] ?? '') !== '') titles[key] = cells[i];
  });
  return titles;
}

function columnsOf<K extends string>(map: ColumnMap<K>): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  map.forEach((key, i) => {
    if (key !== null) columns[key] = i + 1;
  });
  return columns;
}

function unplaced(section: string, line: Line, params: FindingParams, variant?: string): Finding[] {
  return at({ section, line: line.no }, [issue('row.unplaced', { text: line.text, ...params }, variant)]);
}

/** Cells the column map has no meaning for; reported with their text, so nothing is dropped silently. */
function strayCells<K extends string>(line: Line, map: ColumnMap<K>, section: string): Finding[] {
  return line.cells.flatMap((cell, i) =>
    cell !== '' && (map[i] ?? null) === null ? at({ section, line: line.no, column: i + 1 }, [issue('cell.unplaced', { cell })]) : [],
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

/**
 * A title split over two header cells ("দায়িত্বপ্রাপ্ত" | "কর্মকর্তা (নাম, পদবি)") makes the header one cell wider
 * than its rows: when exactly one pair of neighbours has a part that means nothing alone and together they
 * mean what the other part means, they are one title.
 */
function joinSplitTitle<K extends string>(pending: { cells: string[]; line: Line; header: Header<K> }, row: Line, spec: TableSpec<K>): typeof pending {
  let width = pending.cells.length;
  while (width > 0 && pending.cells[width - 1] === '') width--;
  if (row.cells.length !== width - 1) return pending;
  const best = (title: string): [K | null, number] => {
    const ranked = [...scoreTitle(title, spec.columns)].sort((a, b) => b[1] - a[1])[0];
    return ranked === undefined ? [null, 0] : ranked;
  };
  const joins: number[] = [];
  for (let i = 1; i + 1 < width; i++) {
    const a = pending.cells[i] ?? '';
    const b = pending.cells[i + 1] ?? '';
    const [ka, sa] = best(a);
    const [kb, sb] = best(b);
    const [strong, weak] = sa >= sb ? [ka, b] : [kb, a];
    const weakScores = scoreTitle(weak, spec.columns);
    const fits = strong !== null && Math.min(sa, sb) < 2 && (weakScores.size === 0 || weakScores.has(strong));
    if (fits && best(`${a} ${b}`)[0] === strong) joins.push(i);
  }
  const at = joins.length === 1 ? joins[0] : undefined;
  if (at === undefined) return pending;
  const cells = [...pending.cells.slice(0, at), `${pending.cells[at]} ${pending.cells[at + 1]}`, ...pending.cells.slice(at + 2)];
  const header = readHeader(cells, spec);
  return header === null ? pending : { cells, line: pending.line, header };
}

/**
 * The page's title copied into the header row as an extra first cell ("সিটিজেন চার্টার | সেবার নাম | …"): the
 * header is one cell wider than every row under it and its first cell names nothing, so the titles start one
 * cell later.
 */
function dropTitleCell<K extends string>(
  pending: { cells: string[]; line: Line; header: Header<K> },
  lines: readonly Line[],
  at: number,
  spec: TableSpec<K>,
): typeof pending {
  const { cells, header } = pending;
  // The first cell names nothing: untitled, or given the serial's meaning only by its position (seven cells wide).
  const namesNothing = header.map[0] === null || (header.map[0] === spec.serial && scoreTitle(cells[0] ?? '', spec.columns).size === 0);
  if (!namesNothing || (cells[0] ?? '') === '' || header.map[1] === null) return pending;
  const width = (c: readonly string[]) => {
    let w = c.length;
    while (w > 0 && (c[w - 1] ?? '') === '') w--;
    return w;
  };
  const rows = rowsBelow(lines, at);
  const full = width(cells);
  // No row reaches the header's width, and most stop one short of it (a row may end in empty cells).
  const short = rows.filter((r) => width(r.cells) === full - 1).length;
  if (rows.length < 2 || rows.some((r) => width(r.cells) >= full) || short * 2 < rows.length) return pending;
  // A last column left empty in every row makes rows one cell short too: shifted, the cells must fit their
  // columns better (time limits under the time limit, fees under the fee).
  const fits = spec.fits;
  if (fits === undefined) return pending;
  const score = (shift: number) => rows.reduce((n, r) => n + header.map.filter((key, i) => key !== null && fits(key, r.cells[i - shift] ?? '')).length, 0);
  if (score(1) <= score(0)) return pending;
  const shifted = readHeader(cells.slice(1), spec);
  return shifted === null ? pending : { cells: cells.slice(1), line: pending.line, header: shifted };
}

/** The data rows under a header, at most ten, for deciding a column by what its cells hold. */
function rowsBelow(lines: readonly Line[], from: number): Line[] {
  const rows: Line[] = [];
  for (let i = from; i < lines.length && rows.length < 10; i++) if ((lines[i] as Line).isRow) rows.push(lines[i] as Line);
  return rows;
}

/**
 * A header with no name column, where two columns could be the name ("সেবার ধরন" and "সেবার বিবরণ") or none is
 * titled so: the column whose cells look most like names (not durations, fees or people) is the name, and
 * `columns.by-content` says so. Every row must have a name; a table is never read without one.
 */
function nameByContent<K extends string>(pending: { cells: string[]; header: Header<K> }, lines: readonly Line[], at: number, spec: TableSpec<K>): Header<K> {
  const want = spec.name;
  const { map, issues } = pending.header;
  if (want === undefined || map.includes(want.key)) return pending.header;
  const claimed = issues.filter((h) => h.column !== null && h.claims?.includes(want.key)).map((h) => (h.column ?? 0) - 1);
  const candidates = claimed.length > 0 ? claimed : map.map((k, i) => (k === null && i > 0 ? i : -1)).filter((i) => i >= 0);
  const rows = rowsBelow(lines, at);
  if (candidates.length === 0 || rows.length === 0) return pending.header;
  const score = (i: number) => rows.filter((r) => want.looks(r.cells[i] ?? '')).length;
  const ranked = [...candidates].sort((a, b) => score(b) - score(a) || a - b);
  const best = ranked[0];
  if (best === undefined || score(best) * 2 < rows.length) return pending.header;
  const next = [...map];
  next[best] = want.key;
  const title = pending.cells[best] ?? '';
  const column = best + 1;
  const decided: HeaderIssue = {
    column,
    issue: issue('columns.by-content', { column, title }),
  };
  const kept = issues.filter(
    (h) => !(h.column === column && h.issue.code === 'columns.ambiguous') && !(h.issue.code === 'columns.missing' && h.claims?.includes(want.key)),
  );
  return { map: next, issues: [...kept, decided] };
}

function sameMap<K extends string>(a: ColumnMap<K> | null, b: ColumnMap<K>): boolean {
  return a !== null && a.length === b.length && a.every((k, i) => k === b[i]);
}

/** Reads the rows of one table; `initial` is the column map of the table before it, if any. */
export function readTable<K extends string>(lines: readonly Line[], spec: TableSpec<K>, initial: ColumnMap<K> | null = null): TableResult<K> {
  const result: TableResult<K> = { rows: [], loose: [], findings: [], map: initial, texts: [] };
  /** The header just read (a second header row may follow) and the findings it gives, reported at the first row. */
  let pending: { cells: string[]; line: Line; header: Header<K> } | null = null;
  /** The header's titles by key, for the rows under it. */
  let titles: Partial<Record<K, string>> = {};
  const flush = () => {
    if (pending === null) return;
    const { line, header, cells } = pending;
    pending = null;
    titles = titlesOf(header.map, cells);
    cells.forEach((text, i) => {
      if (text !== '') result.texts.push({ text, location: location({ section: spec.section, line: line.no, column: i + 1 }) });
    });
    if (sameMap(result.map, header.map)) return;
    result.map = header.map;
    append(
      result.findings,
      header.issues.flatMap((h) => at({ section: spec.section, line: line.no, column: h.column }, [h.issue])),
    );
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (!line.isRow) {
      if (!isBlank(line)) result.loose.push(line);
      continue;
    }
    if (isBlank(line) || isColumnNumberRow(line.cells)) continue;
    if (pending !== null && continuesHeader(line.cells, spec)) {
      const width = Math.max(pending.cells.length, line.cells.length);
      const cells = Array.from({ length: width }, (_, i) => `${pending?.cells[i] ?? ''} ${line.cells[i] ?? ''}`.trim());
      const merged = readHeader(cells, spec);
      if (merged !== null) {
        pending = { cells, line: pending.line, header: merged };
        continue;
      }
    }
    // Under rows already read, a row of words that only sound like titles ("… | অফিস চলাকালীন সময়ে | নির্ধারিত মূল্যে")
    // is data: a new table's header names its serial or name column, or repeats the header before.
    const candidate = readHeader(line.cells, spec);
    const opensTable = (h: Header<K>) =>
      result.rows.length === 0 || sameMap(result.map, h.map) || h.map.includes(spec.serial) || (spec.name !== undefined && h.map.includes(spec.name.key));
    const header = candidate !== null && opensTable(candidate) ? candidate : null;
    if (header !== null) {
      flush();
      pending = { cells: [...line.cells], line, header };
      continue;
    }
    if (pending !== null) pending = dropTitleCell(pending, lines, li, spec);
    if (pending !== null) pending = joinSplitTitle(pending, line, spec);
    if (pending !== null) pending = { ...pending, header: nameByContent(pending, lines, li, spec) };
    flush();
    if (result.map === null) {
      result.map = spec.positions;
      result.findings.push(...at({ section: spec.section, line: line.no }, [issue('table.no-header')]));
    }
    readRow(runTogether(line, result.map, spec, result.findings), result.map, spec, result, titles);
  }
  flush();
  return result;
}

/**
 * A row whose fee and time limit ran into one cell ("বিনামূল্যে৭ কার্যদিবস") has one cell fewer than the header,
 * or an empty time-limit cell: split it where the split is certain, else keep the text in the first of the two
 * cells; either way `cell.run-together` says so.
 */
function runTogether<K extends string>(line: Line, map: ColumnMap<K>, spec: TableSpec<K>, findings: Finding[]): Line {
  const pair = spec.runTogether;
  if (pair === undefined) return line;
  const a = map.indexOf(pair.left);
  const b = map.indexOf(pair.right);
  if (a < 0 || b < 0 || Math.abs(a - b) !== 1) return line;
  const i = Math.min(a, b);
  const short = line.cells.length === map.length - 1 && (line.cells[line.cells.length - 1] ?? '') !== '';
  const emptyNext = line.cells.length >= map.length && (line.cells[i + 1] ?? '') === '';
  const text = line.cells[i] ?? '';
  if ((!short && !emptyNext) || text === '') return line;
  const first = map[i] as K;
  const split = pair.split(text, first);
  if (split === null) return line;
  const where = { section: spec.section, line: line.no, column: i + 1 };
  const rest = line.cells.slice(i + (short ? 1 : 2));
  if (split.kind === 'split') {
    findings.push(...at(where, [issue('cell.run-together', { text, left: split.left, right: split.right })]));
    return { ...line, cells: [...line.cells.slice(0, i), split.left, split.right, ...rest] };
  }
  findings.push(...at(where, [issue('cell.run-together', { text, column: i + 1 }, 'uncertain')]));
  return { ...line, cells: [...line.cells.slice(0, i), text, '', ...rest] };
}

/** "ঐ", "-ঐ-", '"', "〃", "do": the same as the cell above. */
const DITTO = /^[-–(\s]*(?:\u0990|["”“'`〃]{1,2}|do\.?|ditto|একই)[-–)\s।.]*$/iu;

/** A ditto mark takes the value of the cell above it in the same column; the first row has none to take. */
function resolveDittos<K extends string>(cells: Partial<Record<K, string>>, previous: TableRow<K> | undefined): void {
  for (const key of Object.keys(cells) as K[]) {
    const cell = cells[key];
    if (cell === undefined || !DITTO.test(cell)) continue;
    const above = previous?.cells[key];
    if (above !== undefined) cells[key] = above;
  }
}

function readRow<K extends string>(line: Line, map: ColumnMap<K>, spec: TableSpec<K>, result: TableResult<K>, titles: Partial<Record<K, string>>): void {
  const serialAt = map.indexOf(spec.serial);
  // A table with no serial column (portals often drop it): each row with a name is the next row; a row without
  // one continues the row above, as a row with no serial does where there is a serial column.
  const nameAt = spec.name === undefined ? -1 : map.indexOf(spec.name.key);
  const counted = serialAt < 0 && nameAt >= 0 && (line.cells[nameAt] ?? '') !== '' ? String((result.rows[result.rows.length - 1]?.serial ?? 0) + 1) : '';
  const serialText = serialAt >= 0 ? (line.cells[serialAt] ?? '') : counted;
  const cells = cellsOf(line, map);
  delete cells[spec.serial];
  append(result.findings, strayCells(line, map, spec.section));
  line.cells.forEach((text, i) => {
    if (text !== '' && (map[i] ?? null) === null) result.texts.push({ text, location: location({ section: spec.section, line: line.no, column: i + 1 }) });
  });
  const previous = result.rows[result.rows.length - 1];
  if (serialText !== '') resolveDittos(cells, previous);
  if (serialText === '') {
    if (previous === undefined) {
      append(result.findings, unplaced(spec.section, line, {}));
    } else {
      appendCells(previous, cells);
    }
    return;
  }
  const serial = parseSerial(serialText);
  if (serial === null) {
    append(result.findings, unplaced(spec.section, line, { serial: serialText }, 'serial'));
    return;
  }
  result.rows.push({ serial, line: line.no, cells, columns: columnsOf(map), titles });
}
