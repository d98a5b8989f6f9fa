// Bijoy (SutonnyMJ) to Unicode: whole texts, texts that mix Bijoy with Unicode and English, and
// Bijoy inside JSON-escaped strings of portal pages. Pure: no I/O, no clock.
//
// Why our own converter and not an npm package: see "Bijoy to Unicode" in docs/ARCHITECTURE.md
// (measured on test/corpus/bijoy with bench/bijoy-compare.ts).
import { assemble } from './bijoy-assemble.ts';
import { bijoyPieces } from './bijoy-glyphs.ts';
import { detectRuns } from './bijoy-detect.ts';
import { normalizeText } from './normalize.ts';

export { bijoyPieces, decodeWindows1252 } from './bijoy-glyphs.ts';
export { detectRuns, type Run, type RunKind } from './bijoy-detect.ts';
export { repairBrokenConjuncts, repairLeftovers, type BijoyFix, type Repaired } from './bijoy-repair.ts';
export { isBulletGlyph, mayHaveListMarker, repairListMarkers } from './bijoy-lists.ts';

/** Converts Bijoy text to Unicode without normalising it (the caller decides). */
export function convertBijoyRaw(text: string): string {
  return assemble(bijoyPieces(text)).text;
}

/** Converts a text known to be all Bijoy (SutonnyMJ) to normalised Unicode Bengali. */
export function bijoyToUnicode(text: string): string {
  return normalizeText(convertBijoyRaw(text));
}

/**
 * Converts the Bijoy runs of a text that mixes Unicode Bengali, Bijoy and English; the rest is kept.
 * `converted` is the number of Bijoy runs found (0: the text had no Bijoy). The text is normalised.
 */
export function convertMixed(text: string): { text: string; converted: number } {
  let out = '';
  let converted = 0;
  for (const run of detectRuns(text)) {
    if (run.kind === 'bijoy') {
      out += convertBijoyRaw(run.text);
      converted++;
    } else out += run.text;
  }
  return { text: normalizeText(out), converted };
}

// A JavaScript or JSON string literal, in double or single quotes, holding at least one \uXXXX escape.
const ESCAPED_LITERAL = /(["'])((?:(?!\1)[^\\\n]|\\.)*?\\u[0-9a-fA-F]{4}(?:(?!\1)[^\\\n]|\\.)*)\1/g;
const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\', '/': '/' };

function unescapeLiteral(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_m, e: string) => (e.length === 5 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (SIMPLE_ESCAPES[e] ?? e)));
}

function escapeLiteral(value: string, quote: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.charCodeAt(0);
    if (ch === quote || ch === '\\') out += `\\${ch}`;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\r') out += '\\r';
    else if (code < 0x20 || code > 0x7e) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return out;
}

/**
 * Converts Bijoy inside string literals that carry \uXXXX escapes (`"\u2021Rjv"` in the JSON or
 * scripts of a portal page): decodes each literal, converts its Bijoy runs, and writes it back with
 * escapes. Literals with no Bijoy are left byte for byte as they were.
 */
export function convertJsonEscaped(text: string): { text: string; converted: number } {
  let converted = 0;
  const out = text.replace(ESCAPED_LITERAL, (literal, quote: string, body: string) => {
    const decoded = unescapeLiteral(body);
    const result = convertMixed(decoded);
    if (result.converted === 0) return literal;
    converted += result.converted;
    return quote + escapeLiteral(result.text, quote) + quote;
  });
  return { text: out, converted };
}
