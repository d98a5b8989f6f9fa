// The document as lines of tab-separated cells, each cell normalised once, with its line number kept for findings.
import { normalizeLine } from '../bangla/normalize.ts';

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

/** Splits the input into lines and cells; tabs are split before normalising, which would turn them into spaces. */
export function toLines(input: string): Line[] {
  return input
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((raw, i) => {
      const cells = raw.split('\t').map((c) => normalizeLine(c));
      return {
        no: i + 1,
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
