// The document as lines of tab-separated cells, each cell normalised once, with its line number kept for findings.
import { normalizeLine } from '../bangla/normalize.ts';

/** A line for toLines: its 1-based number in the input and its text, cells separated by tabs. */
export interface RawLine {
  no: number;
  text: string;
}

export interface Line {
  /** 1-based line number in the input. */
  no: number;
  /** Cells split on tabs, each normalised; a line without tabs has one cell. */
  cells: string[];
  /** The non-empty cells joined by a space. */
  text: string;
  /** Whether the line is a table row (it had a tab). */
  isRow: boolean;
}

/**
 * Splits the input into lines and cells; tabs are split before normalising, which would turn them into spaces.
 * Takes the text, or the lines `reshape` made of it (every table shape as tab-separated lines).
 */
export function toLines(input: string | readonly RawLine[]): Line[] {
  const raw: readonly RawLine[] =
    typeof input === 'string'
      ? input
          .replace(/\r\n?/g, '\n')
          .split('\n')
          .map((text, i) => ({ no: i + 1, text }))
      : input;
  // The same cell (an officer's block, "বিনামূল্যে") repeats in every row: normalise it once.
  const seen = new Map<string, string>();
  const norm = (c: string): string => {
    let n = seen.get(c);
    if (n === undefined) {
      n = normalizeLine(c);
      seen.set(c, n);
    }
    return n;
  };
  return raw.map(({ no, text }) => {
    const cells = text.split('\t').map(norm);
    return {
      no,
      cells,
      text: cells.filter((c) => c !== '').join(' '),
      isRow: cells.length > 1,
    };
  });
}

/** Whether a line holds nothing. */
export function isBlank(line: Line): boolean {
  return line.text === '';
}
