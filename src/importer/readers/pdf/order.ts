// Bengali drawn in visual order (pre-base vowel signs before their cluster, reph after it) put back into
// logical order, for PDFs that do not say what their glyphs stand for.
const CONSONANT = '[\\u0995-\\u09B9\\u09CE\\u09DC-\\u09DF\\u09F0\\u09F1]';
const CLUSTER = `${CONSONANT}\\u09BC?(?:\\u09CD\\u200D?${CONSONANT}\\u09BC?)*`;
const PRE_BASE = '[\\u09BF\\u09C7\\u09C8]';
const SIGNS = '[\\u09BE-\\u09CC\\u09D7\\u0981-\\u0983]*';
const PRE_BASE_BEFORE = new RegExp(`(${PRE_BASE})(${CLUSTER})`, 'gu');
const REPH_AFTER = new RegExp(`(${CLUSTER})(${SIGNS})\\u09B0\\u09CD(?![\\u0995-\\u09B9\\u09DC-\\u09DF\\u200D])`, 'gu');
const REPH_AFTER_VISUAL = new RegExp(`(${CLUSTER})(${SIGNS})\\u09B0\\u09CD`, 'gu');
/** A pre-base sign where logical order cannot have it: not after a consonant (or nukta). */
const VISUAL_SIGN = new RegExp(`(?:^|[^\\u0995-\\u09B9\\u09BC\\u09CE\\u09DC-\\u09DF\\u09F0\\u09F1])${PRE_BASE}`, 'gu');
/** A pre-base sign where visual order cannot have it: not before a consonant. */
const LOGICAL_SIGN = new RegExp(`${PRE_BASE}(?!${CONSONANT})`, 'gu');

/** Whether a text is Bengali in visual order: pre-base signs where only visual order has them outnumber the reverse. */
export function isVisualOrder(text: string): boolean {
  const visual = (text.match(VISUAL_SIGN) ?? []).length;
  const logical = (text.match(LOGICAL_SIGN) ?? []).length;
  return visual > logical;
}

/**
 * Puts Bengali drawn in visual order back into logical order: ি ে ৈ after their cluster, reph (র্) before
 * it; ো ৌ come back together through NFC. `visual` says whether the text is in visual order (a page
 * decides: "উপেজলা" alone could be either); by default the text itself decides. Logical text is left alone.
 */
export function logicalOrder(text: string, visual = isVisualOrder(text)): string {
  let out = text;
  if (visual) {
    out = out.replace(PRE_BASE_BEFORE, '$2$1').replace(REPH_AFTER_VISUAL, '\u09B0\u09CD$1$2');
  } else {
    // Reph before something that is not a consonant cannot be logical order in any case.
    out = out.replace(REPH_AFTER, '\u09B0\u09CD$1$2');
  }
  return out.normalize('NFC');
}
