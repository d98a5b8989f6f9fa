// CSV, the one reader and the one writer (pure). RFC 4180: fields separated by commas, a field in "double quotes"
// may hold a separator, a line break or a quote written twice (""); records end with CRLF, LF or CR. Read: a BOM at
// the start is ignored, blank lines are skipped but counted, and each record says the line it starts on. Written:
// CRLF, a BOM on request (Excel then reads the Bangla as UTF-8), and a field that a spreadsheet would run as a
// formula is kept as text with a leading apostrophe.

export const CSV_BOM = '\uFEFF';

export interface CsvRecord {
  /** the line (from 1) the record starts on */
  line: number;
  fields: string[];
}

export interface CsvText {
  records: CsvRecord[];
  /** the line a quote was opened on and never closed (the rest of the text is then the last field), else null */
  openQuoteLine: number | null;
}

export interface CsvReadOptions {
  /**
   * The characters that separate fields: "," (RFC 4180) unless told. The office map of `import-dir` also takes
   * ";" and tabs, as spreadsheets in many locales save them.
   */
  separators?: string;
  /** Takes off the apostrophe `csvField` put before a formula-looking value, for text this module wrote. */
  unguard?: boolean;
}

/**
 * Splits CSV text into records. Outside quotes, spaces around a field are not part of it (people type "a, b");
 * inside quotes everything is kept as written. A record whose fields are all empty (a blank line, a line of
 * commas) is skipped, but its lines are counted, so a record's `line` is the one an editor shows.
 */
export function readCsv(text: string, options: CsvReadOptions = {}): CsvText {
  const separators = options.separators ?? ',';
  const src = text.startsWith(CSV_BOM) ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let start = 1;
  // The field being read: its text so far, whether it began with a quote, whether that quote is still open.
  let field = '';
  let quotedField = false;
  let inQuotes = false;
  let quoteLine = 0;
  // Text after the closing quote (not RFC 4180) is kept, without the spaces before the next separator.
  let tail = '';
  const endField = () => {
    const value = quotedField ? field + tail.trimEnd() : field.trim();
    fields.push(options.unguard ? unguardFormula(value) : value);
    field = '';
    tail = '';
    quotedField = false;
  };
  const endRecord = () => {
    endField();
    if (fields.some((f) => f !== '')) records.push({ line: start, fields });
    fields = [];
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i] ?? '';
    const lineBreak = ch === '\n' || ch === '\r';
    const crlf = ch === '\r' && src[i + 1] === '\n';
    if (inQuotes) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else {
        field += crlf ? '\r\n' : ch;
        if (crlf) i++;
        if (lineBreak) line++;
      }
    } else if (ch === '"' && !quotedField && field.trim() === '') {
      quotedField = true;
      inQuotes = true;
      quoteLine = line;
      field = '';
    } else if (separators.includes(ch)) endField();
    else if (lineBreak) {
      if (crlf) i++;
      line++;
      endRecord();
      start = line;
    } else if (quotedField) tail += ch;
    else field += ch;
  }
  endRecord();
  return { records, openQuoteLine: inQuotes ? quoteLine : null };
}

/** The fields of every record (a quote left open takes the rest of the text). */
export function parseCsv(text: string, options: CsvReadOptions = {}): string[][] {
  return readCsv(text, options).records.map((r) => r.fields);
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * Whether a spreadsheet would run the value as a formula: it starts with = + - @ (or a tab or CR) and is not a
 * plain number ("-5", "+1", "-0.25": a spreadsheet reads those as the numbers they are). An ISO date or time
 * ("2026-05-01", "2026-06-04T10:00:00+06:00") starts with a digit, so it is never guarded either.
 */
export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value);
}

/**
 * A leading apostrophe for a formula-looking value ("=SUM(A1)" → "'=SUM(A1)"; "-5" and "2026-05-01" stay). A
 * value that already has apostrophes before a formula gets one more, so `unguardFormula` gives back every value.
 */
export function guardFormula(value: string): string {
  return looksLikeFormula(value.replace(/^'+/, '')) ? `'${value}` : value;
}

/** The value `guardFormula` was given. */
export function unguardFormula(value: string): string {
  return value.startsWith("'") && looksLikeFormula(value.replace(/^'+/, '')) ? value.slice(1) : value;
}

/**
 * One field: guarded against formulas, then quoted when it holds a quote, a comma, a line break, or a ";" or tab
 * (separators of the office map's reader), or starts or ends with a space (the reader trims unquoted fields).
 */
export function csvField(value: string): string {
  const safe = guardFormula(value);
  return /[",;\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Rows as CSV text: every record ends with CRLF; a BOM first when `bom`. */
export function toCsv(rows: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  return (options.bom ? CSV_BOM : '') + rows.map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
