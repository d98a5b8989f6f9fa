// The SutonnyMJ (Bijoy) glyph table: which code point of the font stands for which Bengali piece.
//
// Bijoy text is Windows-1252 text whose bytes are glyph numbers of the SutonnyMJ font, so a Bijoy
// document read as Unicode shows the Windows-1252 characters (‡ = 0x87, © = 0xA9, ...). Each glyph is
// one piece of a written syllable, and the kind says where the piece goes in Unicode's logical order:
//   base     a letter or a whole conjunct, e.g. K = ক, ÿ = ক্ষ
//   half     a consonant with hasanta that joins the next base, e.g. ¯ = স্ (¯‹ = স্ক)
//   phala    a hasanta and consonant that joins the base before it, e.g. ¨ = ্য, Ö = ্র
//   prekar   a vowel sign drawn before its consonant cluster: w = ি, ‡ = ে, ˆ = ৈ
//   kar      a vowel sign drawn after the cluster: v = া, x = ী, y = ু ...
//   reph     © = র্, typed after the cluster it sits on
//   sign     ং ঃ ঁ, after the vowel signs
//   link     & = ্ typed on its own, joining the consonants around it
//   text     digits, the danda and quotes: they end the syllable
// A glyph that draws a consonant together with its vowel sign (¸ = গু) is a base followed by a kar.

export type GlyphKind = 'base' | 'half' | 'phala' | 'prekar' | 'kar' | 'reph' | 'sign' | 'link' | 'text';
export interface Piece {
  kind: GlyphKind;
  text: string;
}

const HASANTA = '\u09CD';
const NUKTA = '\u09BC';

const BASES: Record<string, string> = {
  A: 'অ',
  B: 'ই',
  C: 'ঈ',
  D: 'উ',
  E: 'ঊ',
  F: 'ঋ',
  G: 'এ',
  H: 'ঐ',
  I: 'ও',
  J: 'ঔ',
  K: 'ক',
  L: 'খ',
  M: 'গ',
  N: 'ঘ',
  O: 'ঙ',
  P: 'চ',
  Q: 'ছ',
  R: 'জ',
  S: 'ঝ',
  T: 'ঞ',
  U: 'ট',
  V: 'ঠ',
  W: 'ড',
  X: 'ঢ',
  Y: 'ণ',
  Z: 'ত',
  _: 'থ',
  '`': 'দ',
  a: 'ধ',
  b: 'ন',
  c: 'প',
  d: 'ফ',
  e: 'ব',
  f: 'ভ',
  g: 'ম',
  h: 'য',
  i: 'র',
  j: 'ল',
  k: 'শ',
  l: 'ষ',
  m: 'স',
  n: 'হ',
  o: `ড${NUKTA}`,
  p: `ঢ${NUKTA}`,
  q: `য${NUKTA}`,
  r: 'ৎ',
  // conjunct glyphs
  '°': 'ক্ক',
  '±': 'ক্ট',
  '²': 'ক্ষ্ণ',
  '³': 'ক্ত',
  '´': 'ক্ম',
  µ: 'ক্র',
  '¶': 'ক্ষ',
  ÿ: 'ক্ষ',
  '·': 'ক্স',
  '¹': 'জ্ঞ',
  º: 'গ্দ',
  '»': 'গ্ধ',
  '¼': 'ঙ্ক',
  '½': 'ঙ্গ',
  '¾': 'জ্জ',
  À: 'জ্ঝ',
  Á: 'জ্ঞ',
  Â: 'ঞ্চ',
  Ã: 'ঞ্ছ',
  Ä: 'ঞ্জ',
  Å: 'ঞ্ঝ',
  Æ: 'ট্ট',
  Ç: 'ড্ড',
  È: 'ণ্ট',
  É: 'ণ্ঠ',
  Ê: 'ণ্ড',
  // Ð draws ণ্ড too (ভাÐvi = ভাণ্ডার); the old table read it as a hyphen, which left ভা-ার on portals
  Ð: 'ণ্ড',
  Ë: 'ত্ত',
  Ì: 'ত্থ',
  Î: 'ত্র',
  Ï: 'দ্দ',
  '×': 'দ্ধ',
  Ø: 'দ্ব',
  Ù: 'দ্ম',
  Ú: 'ন্ঠ',
  Û: 'ন্ড',
  Ü: 'ন্ধ',
  Ý: 'ন্স',
  Þ: 'প্ট',
  ß: 'প্ত',
  à: 'প্প',
  á: 'প্স',
  â: 'ব্জ',
  ã: 'ব্দ',
  ä: 'ব্ধ',
  å: 'ভ্র',
  ç: 'ম্ফ',
  é: 'ল্ক',
  ê: 'ল্গ',
  ë: 'ল্ট',
  ì: 'ল্ড',
  í: 'ল্প',
  î: 'ল্ফ',
  ð: 'শ্চ',
  ñ: 'শ্ছ',
  ò: 'ষ্ণ',
  ó: 'ষ্ট',
  ô: 'ষ্ঠ',
  õ: 'ষ্ফ',
  ö: 'স্খ',
  '÷': 'স্ট',
  ù: 'স্ফ',
  ý: 'হ্ন',
  þ: 'হ্ম',
};

/** Glyphs that draw a consonant with its vowel sign. */
const BASE_WITH_KAR: Record<string, [string, string]> = {
  '¸': ['গ', 'ু'],
  ï: ['শ', 'ু'],
  û: ['হ', 'ু'],
  ü: ['হ', 'ৃ'],
};

const HALVES: Record<string, string> = {
  '¯': 'স',
  '®': 'ষ',
  š: 'ন',
  '›': 'ন',
  '”': 'চ',
  '˜': 'দ',
  '™': 'দ',
  '¤': 'ম',
  '•': 'ঙ',
};

const PHALAS: Record<string, string> = {
  '¨': 'য',
  Ö: 'র',
  ª: 'র',
  '«': 'র',
  '^': 'ব',
  Ÿ: 'ব',
  '¡': 'ব',
  '¦': 'ব',
  '¢': 'ভ',
  '¥': 'ম',
  '§': 'ম',
  '¬': 'ল',
  '\u00AD': 'ল',
  ø: 'ল',
  œ: 'ন',
  è: 'ন',
  ú: 'প',
  '‹': 'ক',
  '—': 'ত',
  Í: 'ত',
  '’': 'থ',
};

/** Phala glyphs that carry more than one consonant, or a vowel sign with them. */
const PHALA_SEQUENCES: Record<string, Piece[]> = {
  '¿': [{ kind: 'phala', text: `${HASANTA}ত${HASANTA}র` }],
  Œ: [{ kind: 'phala', text: `${HASANTA}ক${HASANTA}র` }],
  '£': [{ kind: 'phala', text: `${HASANTA}ভ${HASANTA}র` }],
  '‘': [
    { kind: 'phala', text: `${HASANTA}ত` },
    { kind: 'kar', text: 'ু' },
  ],
};

const PREKARS: Record<string, string> = { w: 'ি', '‡': 'ে', '†': 'ে', ˆ: 'ৈ', '‰': 'ৈ' };
const KARS: Record<string, string> = {
  v: 'া',
  x: 'ী',
  y: 'ু',
  z: 'ু',
  '“': 'ু',
  '–': 'ু',
  æ: 'ু',
  '~': 'ূ',
  ƒ: 'ূ',
  '‚': 'ূ',
  '„': 'ৃ',
  '…': 'ৃ',
  Š: 'ৗ',
};
const SIGNS: Record<string, string> = { s: 'ং', t: 'ঃ', u: 'ঁ' };
const TEXT: Record<string, string> = {
  '|': '।',
  Ò: '“',
  Ó: '”',
  Ô: '‘',
  Õ: '’',
  Ñ: '-',
  0: '০',
  1: '১',
  2: '২',
  3: '৩',
  4: '৪',
  5: '৫',
  6: '৬',
  7: '৭',
  8: '৮',
  9: '৯',
};

/** Windows-1252 bytes 0x80-0x9F (the five unused ones as themselves); the other bytes are Latin-1. */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/**
 * Decodes Windows-1252 bytes. Node 20's TextDecoder('windows-1252') decodes as Latin-1, which turns
 * ‡ (0x87) into a control character, so the mapping is done here.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charAt(b - 0x80) : String.fromCharCode(b);
  return out;
}

function buildTable(): Map<string, Piece[]> {
  const table = new Map<string, Piece[]>();
  const one =
    (kind: GlyphKind) =>
    (entries: Record<string, string>, wrap: (s: string) => string = (s) => s) => {
      for (const [glyph, text] of Object.entries(entries)) table.set(glyph, [{ kind, text: wrap(text) }]);
    };
  one('base')(BASES);
  one('half')(HALVES, (c) => c + HASANTA);
  one('phala')(PHALAS, (c) => HASANTA + c);
  one('prekar')(PREKARS);
  one('kar')(KARS);
  one('sign')(SIGNS);
  one('text')(TEXT);
  for (const [glyph, [base, kar]] of Object.entries(BASE_WITH_KAR))
    table.set(glyph, [
      { kind: 'base', text: base },
      { kind: 'kar', text: kar },
    ]);
  for (const [glyph, pieces] of Object.entries(PHALA_SEQUENCES)) table.set(glyph, pieces);
  table.set('©', [{ kind: 'reph', text: `র${HASANTA}` }]);
  table.set('&', [{ kind: 'link', text: HASANTA }]);
  // Text decoded as Latin-1 instead of Windows-1252 has C1 controls where the glyphs 0x80-0x9F were.
  [...CP1252_HIGH].forEach((ch, i) => {
    const pieces = table.get(ch);
    if (pieces) table.set(String.fromCharCode(0x80 + i), pieces);
  });
  return table;
}

/** Every Bijoy glyph and the pieces it stands for. ASCII letters are glyphs too. */
export const GLYPHS: ReadonlyMap<string, Piece[]> = buildTable();

/** The non-ASCII glyphs: characters that almost never appear in English or Unicode Bengali text. */
export const NON_ASCII_GLYPHS: ReadonlySet<string> = new Set([...GLYPHS.keys()].filter((g) => g.charCodeAt(0) > 0x7e));

export { HASANTA, NUKTA };

/** Splits Bijoy text into glyph pieces; characters that are not glyphs pass through as text. */
export function bijoyPieces(text: string): Piece[] {
  const pieces: Piece[] = [];
  for (const ch of text) pieces.push(...(GLYPHS.get(ch) ?? [{ kind: 'text' as const, text: ch }]));
  return pieces;
}
