// A finding in words for assertions: both languages as a reader would see them, and where it is, in English.
import { messageOf, whereOf } from '../../src/charter/lint/render.ts';
import type { Finding } from '../../src/charter/model.ts';

/** "English / Bangla", rendered from the catalogue. */
export function said(f: Finding | undefined): string {
  return f === undefined ? '' : `${messageOf(f, 'en')} / ${messageOf(f, 'bn')}`;
}

/** Where the finding is, every place, in English: "2.1 row 3 column 6; 2.1 row 4 column 6". */
export function where(f: Finding | undefined): string {
  return f === undefined ? '' : whereOf(f, 'en');
}

/** Where the finding is, without the document's line numbers: the same charter read by two readers has other lines. */
export function whereInCharter(f: Finding): string {
  const noLine = (l: Finding['location']) => ({ ...l, line: null });
  return whereOf({ location: noLine(f.location), also: f.also?.map(noLine) }, 'en');
}
