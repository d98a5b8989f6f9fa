// The one normalisation every piece of Bengali text goes through on every write and every query.
//
// Why each step: NFC alone already decomposes the single code points য় ড় ঢ় (U+09DF, U+09DC, U+09DD)
// into letter + nukta because they are composition exclusions, so text typed either way compares
// equal only after NFC; ো and ৌ typed as two vowel signs are composed by NFC. What NFC leaves alone:
// ত + ্ + ZWJ, the old way to type khanda ta (ৎ); zero-width spaces and BOMs that copying from Word
// and PDFs leaves behind; no-break and other Unicode spaces that make equal words compare unequal.

const ZERO_WIDTH = /[\u200B\u2060\uFEFF\u00AD]/g;
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const KHANDA_TA_OLD = /\u09A4\u09CD\u200D/g;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Normalises text that may span lines: NFC, Bengali fixes, spaces collapsed, each line trimmed. */
export function normalizeText(input: string): string {
  return input
    .replace(/\r\n?/g, '\n')
    .replace(KHANDA_TA_OLD, '\u09CE')
    .normalize('NFC')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/[ \t]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Normalises a one-line value (a name, a cell): as normalizeText, with line breaks turned to spaces. */
export function normalizeLine(input: string): string {
  return normalizeText(input).replace(/\s*\n\s*/g, ' ');
}

/** A key for comparing and searching: normalised, lower-cased, digits in ASCII. */
export function searchKey(input: string): string {
  return normalizeLine(input)
    .toLowerCase()
    .replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
}

/** Normalises every string inside a value (objects, arrays), for structured input from outside. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return normalizeText(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => normalizeDeep(v)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeDeep(v)])) as T;
  }
  return value;
}
