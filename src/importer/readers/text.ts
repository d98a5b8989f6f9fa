// Plain text: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or, failing those, the
// Windows-1252 that old Bijoy files were saved in. Bijoy runs are converted to Unicode here, once.
import { convertMixed, decodeWindows1252, detectRuns } from '../../bangla/bijoy.ts';
import { at, issue, type Where } from '../../charter/finding.ts';
import type { Finding } from '../../charter/model.ts';
import { ImportError } from '../errors.ts';
import { checkTextBounds, type Limits } from '../limits.ts';
import type { ReadResult } from './types.ts';

function decode(bytes: Uint8Array, findings: Finding[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8. Old Bijoy text saved as "ANSI" is Windows-1252; anything with control bytes is not text.
    const controls = bytes.reduce((n, b) => n + (b < 0x09 || (b > 0x0d && b < 0x20) ? 1 : 0), 0);
    if (controls > 0) throw new ImportError('import.encoding', 'default');
    findings.push(...at({ section: 'file' }, [issue('import.ansi')]));
    return decodeWindows1252(bytes);
  }
}

function hasBijoyRun(text: string): boolean {
  return detectRuns(text).some((r) => r.kind === 'bijoy');
}

/** Converts the Bijoy runs of a text and says so; the text is returned unchanged when it has none. */
export function convertBijoyRuns(text: string, where: Where = { section: 'file' }): ReadResult {
  // The whole text first: a word with little evidence takes the kind of its line and of the document, and a
  // cell alone ("Government circular" in an English table) has neither. A document with no Bijoy run is left as is.
  if (!hasBijoyRun(text)) return { text, findings: [] };
  // Then cell by cell: convertMixed normalises what it returns, which would turn the tabs between cells into
  // spaces and merge blank lines (moving the line numbers of findings).
  let converted = 0;
  const out = text
    .split(/(\r?\n|\r|\t)/)
    .map((piece, i) => {
      if (i % 2 === 1) return piece;
      const r = convertMixed(piece);
      converted += r.converted;
      return r.converted === 0 ? piece : r.text;
    })
    .join('');
  const result = { text: out, converted };
  if (result.converted === 0) return { text, findings: [] };
  return {
    text: result.text,
    findings: at(where, [issue('bijoy.converted', { count: result.converted })]),
  };
}

export function readTextBytes(bytes: Uint8Array, limits: Readonly<Limits>): Promise<ReadResult> {
  const findings: Finding[] = [];
  const text = decode(bytes, findings);
  if (text.length > limits.maxTextChars) {
    throw new ImportError('import.too-large', 'text', { chars: text.length, max: limits.maxTextChars });
  }
  checkTextBounds(text, limits);
  const converted = convertBijoyRuns(text);
  return Promise.resolve({ text: converted.text, findings: [...findings, ...converted.findings] });
}
