// What every reader gives the importer: the document as tab-separated lines, the one shape importText reads.
import type { Finding } from '../../charter/model.ts';
import type { Limits } from '../limits.ts';

export type Format = 'text' | 'docx' | 'html' | 'pdf';

export interface ReadResult {
  /** Lines of tab-separated cells; a table row is one line, a paragraph is one line without tabs. */
  text: string;
  /** What only the reader saw: a PDF to review, Bijoy converted, merged cells repeated, ... */
  findings: Finding[];
}

/** Reads one file's bytes; throws ImportError (never anything else) when the file cannot be read. */
export type Reader = (bytes: Uint8Array, limits: Readonly<Limits>) => Promise<ReadResult>;
