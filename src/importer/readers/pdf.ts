// PDF: pdf.js (legacy build, no worker, no fonts, no eval) gives positioned runs of text; this reader puts
// them back into the tab-separated lines importText reads. A PDF has no tables, only text at places, so:
//   - runs are grouped into visual lines by their baseline, ordered by x, and split into segments where
//     the gap is wider than a space (a cell boundary);
//   - a block of lines with two or more segments is a table: its columns are the x-ranges of the segments,
//     and the visual lines of one row (a cell wraps over several) are joined until the next serial number
//     appears in the first column;
//   - Bengali is put back into logical order: shaped text is drawn with ি ে ৈ (and the first half of ো ৌ)
//     before their consonant cluster and reph after it; when the PDF says what the glyphs stand for
//     (/ActualText, which Chromium and Word write), that text is used instead.
// What comes out is a best effort: every PDF gets an import.needs-review warning.
import { at, issue } from '../../charter/finding.ts';
import { ImportError } from '../errors.ts';
import type { Limits } from '../limits.ts';
import { checkStreams, actualTexts, pageContent } from './pdf/content.ts';
import { isText, layoutPage, pageRuns } from './pdf/layout.ts';
import { askWorker, damaged } from './pdf/worker.ts';
import type { Reader, ReadResult } from './types.ts';

export { logicalOrder, isVisualOrder } from './pdf/order.ts';
export { stopPdfWorker, PDF_TIME_LIMIT_MS } from './pdf/worker.ts';

function tooLong(limits: Readonly<Limits>): ImportError {
  return new ImportError('import.too-large', 'pdf-text', { max: limits.maxTextChars });
}

async function readAll(bytes: Uint8Array, limits: Readonly<Limits>): Promise<ReadResult> {
  // The file as bytes-in-a-string, once: the stream check and the /ActualText reader both search it.
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  checkStreams(file, limits);
  const reply = await askWorker(bytes, limits);
  if ('refused' in reply) {
    switch (reply.refused) {
      case 'password':
        throw damaged('pdf-password');
      case 'pages':
        throw new ImportError('import.too-large', 'pdf-pages', { pages: reply.numPages ?? 0, max: limits.maxPdfPages });
      case 'chars':
        throw tooLong(limits);
      default:
        throw damaged();
    }
  }
  const budget = { bytes: Math.max(limits.maxTextChars * 8, 1 << 20) };
  const pages: string[] = [];
  let anyText = false;
  for (const page of reply.pages) {
    const content = page.items.some((i) => !isText(i)) ? pageContent(file, page.ref, budget) : null;
    const runs = pageRuns(page.items, content === null ? null : actualTexts(content));
    if (runs.some((r) => /[\p{L}\p{N}]/u.test(r.str))) anyText = true;
    const lines = layoutPage(runs, page.rules);
    if (lines.length > 0) pages.push(lines.join('\n'));
  }
  if (!anyText) {
    throw new ImportError('import.unsupported', 'pdf-scanned');
  }
  const text = pages.join('\n\n');
  if (text.length > limits.maxTextChars) throw tooLong(limits);
  return {
    text,
    findings: at({ section: 'file' }, [issue('import.needs-review')]),
  };
}

/** Reads a PDF's text into tab-separated lines; throws ImportError for a PDF that cannot be read. */
export const readPdf: Reader = async (bytes, limits) => {
  try {
    return await readAll(bytes, limits);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw damaged();
  }
};
