// Why a text is not a charter, in words a person can act on: what the importer looked for and what it found instead.
import { messageOf } from '../charter/lint/render.ts';
import type { FindingParams } from '../charter/model.ts';
import { ImportError } from './errors.ts';
import type { Line } from './lines.ts';

const MARKED = /^\(?[০-৯0-9]{1,2}\s*[.)।:]\s*\S/u;
const quote = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The refusal of a text with no section, no services table and no list of services. */
export function notCharter(lines: readonly Line[]): ImportError {
  const filled = lines.filter((l) => l.text !== '');
  const rows = filled.filter((l) => l.isRow);
  const numbered = filled.filter((l) => !l.isRow && MARKED.test(l.text));
  const first = filled[0]?.text ?? '';
  const firstRow = rows[0]?.cells.filter((c) => c !== '').join(' | ') ?? '';
  // Each piece of "Found instead" is a message of its own, filled in both languages into the refusal.
  const piece = (variant: string, params: FindingParams = {}) => ({
    en: messageOf({ code: 'import.not-charter', variant, params }, 'en'),
    bn: messageOf({ code: 'import.not-charter', variant, params }, 'bn'),
  });
  const counted = (none: string, one: string, many: string, n: number, params: FindingParams = {}) =>
    n === 0 ? piece(none) : piece(n === 1 ? one : many, { count: n, ...params });
  return new ImportError('import.not-charter', 'default', {
    lines: piece(filled.length === 1 ? 'found-line' : 'found-lines', { count: filled.length }),
    rows: counted('found-no-rows', 'found-row', 'found-rows', rows.length, { first: quote(firstRow) }),
    numbered: counted('found-no-numbered', 'found-numbered-line', 'found-numbered-lines', numbered.length),
    first: quote(first),
  });
}
