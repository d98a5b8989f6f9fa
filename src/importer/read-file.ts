// One entry for every file a person gives us: the format is told from the bytes (the name only breaks
// ties), the reader turns it into tab-separated lines, and importText makes the charter. The reader's
// findings come first, then the importer's and the lint's.
import { sizeInWords } from '../bangla/digits.ts';
import type { Charter } from '../charter/model.ts';
import { ImportError } from './errors.ts';
import { LIMITS, type Limits } from './limits.ts';
import { readTextBytes } from './readers/text.ts';
import type { Format, Reader } from './readers/types.ts';
import { importText } from './text.ts';

const READERS: Record<Format, () => Promise<Reader>> = {
  text: () => Promise.resolve(readTextBytes),
  docx: async () => (await import('./readers/docx.ts')).readDocx,
  html: async () => (await import('./readers/html.ts')).readHtml,
  pdf: async () => (await import('./readers/pdf.ts')).readPdf,
};

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.length < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}

/** The format of a file from its first bytes; the extension decides only between text and HTML. */
export function detectFormat(bytes: Uint8Array, name = ''): Format {
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\u0003\u0004')) return 'docx';
  if (startsWith(bytes, '\u00d0\u00cf\u0011\u00e0')) {
    throw new ImportError('import.unsupported', 'doc');
  }
  const head = new TextDecoder('utf-8')
    .decode(bytes.subarray(0, 1024))
    .replace(/^\uFEFF/, '')
    .trimStart()
    .toLowerCase();
  if (/^<(!doctype html|html|head|body|meta|table|div|!--)/.test(head) || /\.x?html?$/i.test(name)) return 'html';
  return 'text';
}

/** Reads any supported file into a charter with every finding; throws ImportError for what cannot be read. */
export async function importFile(bytes: Uint8Array, name = '', limits: Readonly<Limits> = LIMITS): Promise<Charter> {
  if (bytes.length === 0) throw new ImportError('import.empty', 'default');
  if (bytes.length > limits.maxFileBytes) {
    throw new ImportError('import.too-large', 'default', { size: sizeInWords(bytes.length), max: sizeInWords(limits.maxFileBytes) });
  }
  const format = detectFormat(bytes, name);
  const reader = await READERS[format]();
  const read = await reader(bytes, limits);
  // HTML and Word tables come with their merged cells already resolved (readers/blocks.ts).
  const charter = importText(read.text, limits, { cellsResolved: format === 'html' || format === 'docx' });
  // importText has checked the charter against the contract; the reader's findings are built the same way.
  return { ...charter, findings: [...read.findings, ...charter.findings] };
}
