// Bounds on what one imported file may cost: every reader checks these before it allocates, so a hostile
// file (a zip bomb, HTML nested a million deep, a PDF of ten thousand pages) is refused with a message.
import { ImportError } from './errors.ts';

export interface Limits {
  /** Bytes of the file as given. */
  maxFileBytes: number;
  /** Bytes a .docx may unpack to, all entries together. */
  maxUnzippedBytes: number;
  /** Entries in a .docx archive. */
  maxZipEntries: number;
  /** Unpacked size over packed size for one entry; Word XML compresses about 10:1, a bomb 1000:1. */
  maxCompressionRatio: number;
  /** Elements open at once in HTML or XML. */
  maxNestingDepth: number;
  /** Pages read from a PDF. */
  maxPdfPages: number;
  /** Characters of text a reader may hand to the importer. */
  maxTextChars: number;
  /** Lines of text the importer reads (a real charter has hundreds; a PDF of 200 pages about 12,000). */
  maxLines: number;
  /** Cells in one table row (the widest real form has 9 columns). */
  maxCellsPerRow: number;
}

export const LIMITS: Readonly<Limits> = Object.freeze({
  maxFileBytes: 20 * 1024 * 1024,
  maxUnzippedBytes: 64 * 1024 * 1024,
  maxZipEntries: 2000,
  maxCompressionRatio: 200,
  maxNestingDepth: 256,
  maxPdfPages: 200,
  maxTextChars: 4_000_000,
  maxLines: 20_000,
  maxCellsPerRow: 100,
});

/** Bounds the work: a hostile text of a million rows, or a row of a million cells, is refused, not parsed for minutes. */
export function checkTextBounds(text: string, limits: Readonly<Limits>): void {
  let lines = 1;
  let cells = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      lines++;
      cells = 1;
    } else if (c === 9 && ++cells > limits.maxCellsPerRow) {
      throw new ImportError('import.too-large', 'cells', { line: lines, max: limits.maxCellsPerRow });
    }
  }
  if (lines > limits.maxLines) {
    throw new ImportError('import.too-large', 'lines', { lines, max: limits.maxLines });
  }
}
