// A holiday list as an administrator writes it: RFC 4180 CSV with a header line (read and written by src/csv).
// Every line is checked by the same schema as the form, and a refusal names each bad line by the number an editor
// shows, in both languages. What `toHolidayCsv` writes, the import reads back as it was.
import { readCsv, toCsv, type CsvRecord } from '../../csv/csv.ts';
import { isMessageKey, t, type Message } from '../../i18n/messages.ts';
import { classOf, COLUMN_OF, holidayInputSchema, moonOf, type HolidayValues } from './holiday-input.ts';

export const CSV_COLUMNS = ['date', 'name_bn', 'name_en', 'class', 'religion', 'moon', 'source'] as const;
type Column = (typeof CSV_COLUMNS)[number];
const ALIASES: Readonly<Record<string, Column>> = { name: 'name_bn' };
const REQUIRED: readonly Column[] = ['date', 'name_bn'];
export const MAX_CSV_LINES = 5000;
/** A refusal lists this many problems, then says how many more there are. */
const MAX_PROBLEMS = 100;

export type ParsedHoliday = HolidayValues & { line: number };
/** On a refusal, `count` is every problem found; `problems` lists the first of them. */
export type CsvResult = { ok: true; rows: ParsedHoliday[] } | { ok: false; problems: Message[]; count: number };

const both = (m: Message) => ({ bn: t('bn', m.key, m.params), en: t('en', m.key, m.params) });
const shown = (value: string) => (value.length > 40 ? `${value.slice(0, 39)}…` : value);

function readHeader(cells: readonly string[]): { columns: (Column | null)[]; problems: Message[] } {
  const problems: Message[] = [];
  const columns = cells.map((raw) => {
    const name = raw.trim().toLowerCase();
    const column = (CSV_COLUMNS as readonly string[]).includes(name) ? (name as Column) : ALIASES[name];
    if (column === undefined) {
      problems.push({ key: 'holidays.csv.unknown-column', params: { column: raw, known: [...CSV_COLUMNS, 'name'].join(', ') } });
      return null;
    }
    return column;
  });
  columns.forEach((c, i) => {
    if (c !== null && columns.indexOf(c) !== i) problems.push({ key: 'holidays.csv.repeated-column', params: { column: cells[i] ?? c } });
  });
  const missing = REQUIRED.filter((c) => !columns.includes(c));
  if (missing.length) problems.push({ key: 'holidays.csv.missing-columns', params: { columns: missing.join(', ') } });
  return { columns, problems };
}

function readLine(record: CsvRecord, columns: readonly (Column | null)[], source: string, problems: Message[]): ParsedHoliday | null {
  const { line, fields: cells } = record;
  if (cells.length > columns.length) {
    problems.push({ key: 'holidays.csv.too-many-cells', params: { line, n: cells.length, columns: columns.length } });
    return null;
  }
  const cellOf = (column: Column) => {
    const i = columns.indexOf(column);
    return i < 0 ? '' : (cells[i] ?? '').trim();
  };
  const moon = moonOf(cellOf('moon'));
  const before = problems.length;
  if (moon === null)
    problems.push({
      key: 'holidays.csv.problem',
      params: { line, column: 'moon', value: shown(cellOf('moon')), problem: both({ key: 'holidays.field.moon' }) },
    });
  const parsed = holidayInputSchema.safeParse({
    date: cellOf('date'),
    nameBn: cellOf('name_bn'),
    nameEn: cellOf('name_en'),
    class: classOf(cellOf('class')),
    religion: cellOf('religion').toLowerCase() || null,
    moon: moon ?? false,
    source: cellOf('source') || source,
  });
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? 'date') as keyof HolidayValues;
      const column = COLUMN_OF[field] as Column;
      if (seen.has(column)) continue;
      seen.add(column);
      const value = shown(cellOf(column));
      const problem = both({ key: isMessageKey(issue.message) ? issue.message : 'field.invalid' });
      problems.push(
        value
          ? { key: 'holidays.csv.problem', params: { line, column, value, problem } }
          : { key: 'holidays.csv.problem-empty', params: { line, column, problem } },
      );
    }
    return null;
  }
  return problems.length === before ? { ...parsed.data, line } : null;
}

/** Every line of a holiday CSV, or every problem in it (nothing is half taken). `source` fills empty source cells. */
export function parseHolidayCsv(text: string, source = ''): CsvResult {
  // The apostrophe the writer puts before a formula-looking value ("-", "=…") is taken off again.
  const { records, openQuoteLine } = readCsv(text, { unguard: true });
  if (openQuoteLine !== null) return { ok: false, problems: [{ key: 'holidays.csv.quote', params: { line: openQuoteLine } }], count: 1 };
  const [head, ...body] = records;
  if (head === undefined || body.length === 0) return { ok: false, problems: [{ key: 'holidays.csv.empty' }], count: 1 };
  if (body.length > MAX_CSV_LINES) return { ok: false, problems: [{ key: 'holidays.csv.too-many-lines', params: { n: MAX_CSV_LINES } }], count: 1 };
  const { columns, problems } = readHeader(head.fields);
  if (problems.length) return { ok: false, problems, count: problems.length };
  const rows: ParsedHoliday[] = [];
  const firstLine = new Map<string, number>();
  for (const record of body) {
    const row = readLine(record, columns, source, problems);
    if (row === null) continue;
    // The database keeps one line per date, kind and name: the same line twice is a slip, not two holidays.
    const key = `${row.date}|${row.class}|${row.nameBn}`;
    const first = firstLine.get(key);
    if (first !== undefined) problems.push({ key: 'holidays.csv.repeated', params: { line: row.line, first } });
    else firstLine.set(key, row.line);
    rows.push(row);
  }
  if (problems.length === 0) return { ok: true, rows };
  const listed = problems.slice(0, MAX_PROBLEMS);
  if (problems.length > MAX_PROBLEMS) listed.push({ key: 'holidays.csv.more', params: { n: problems.length - MAX_PROBLEMS } });
  return { ok: false, problems: listed, count: problems.length };
}

export interface HolidayLine {
  date: string;
  nameBn: string;
  nameEn: string;
  class: string;
  religion: string | null;
  moon: boolean;
  source: string;
}

/** Holidays in the same format the import reads (so a year can be printed, edited and imported again); no BOM. */
export function toHolidayCsv(rows: readonly HolidayLine[]): string {
  const lines = rows.map((r) => [r.date, r.nameBn, r.nameEn, r.class, r.religion ?? '', r.moon ? 'yes' : '', r.source]);
  return toCsv([CSV_COLUMNS, ...lines]);
}
