// List markers that Bijoy documents leave in text: symbol-font bullets, the letters an old converter made of
// them, and Bijoy numbering ("1|" for ১।), found so that lint can offer to remove or convert them.
//
// Why they are there: in a Word document typed in SutonnyMJ the bullets of a list are glyphs of another
// font (Symbol's bullet is the byte of ·, Wingdings' arrow, square and tick those of Ø, § and ü), and the
// text of the document keeps only the byte. Read as Bijoy, the byte is a letter: · is ক্স, Ø দ্ব, § the
// ম-phala, ü হৃ, Ÿ the ব-phala, ÿ ক্ষ, and Bahar's table makes ঙ্ of •. Copied from Word into Unicode text, a
// bullet can also come as a private-use character of the symbol font (U+F0B7 for Symbol's bullet). None of
// these stands as a Bengali word on its own, so a token that is only one of them is a marker. The middle dot
// also separates words in Unicode text ("ক · খ"), so it is a marker only where a line starts.
import type { BijoyFix, Repaired } from './bijoy-repair.ts';
import { toBengaliDigits } from './digits.ts';

/** Bullet glyphs of the symbol fonts, as their bytes read in Windows-1252, and the private-use characters Word copies them as. */
const RAW = '§Øüÿ\u0178\uF020-\uF0FF';
/** What old converters made of those bullets, reading them as Bijoy glyphs. */
const CONVERTED = ['ক্স', 'দ্ব', '\u09CDম', 'হৃ', '\u09CDব', 'ক্ষ', 'ঙ\u09CD'];
/** Bijoy's lettered lists: K) is ক), L) খ) and so on (the Latin capitals that are Bengali consonants in SutonnyMJ). */
const LETTERS: Record<string, string> = { K: 'ক', L: 'খ', M: 'গ', N: 'ঘ', O: 'ঙ', P: 'চ', Q: 'ছ', R: 'জ', S: 'ঝ' };

const BULLET = `[${RAW}]|${CONVERTED.join('|')}`;
/** Bullets that cannot open a Bengali word even as Bijoy (a phala, ক্স, a private-use character): glued to the next word, still a bullet. */
const GLUED = '[§\u0178·\uF020-\uF0FF]';
/**
 * One alternation, so that each marker is found once and in order:
 *   lead    a bullet (the middle dot too) opening the text or a line; glued to its item only if no word starts so
 *   inner   a bullet standing alone between two items, with the spaces around it
 *   number  "1|" or "১|": Bijoy's number and danda
 *   letter  "K)" or "(K)" before Bengali text
 */
const MARKER = new RegExp(
  [
    `(?<lead>(?<=^|\\n)[ \\t]*(?:(?:${BULLET}|·)[ \\t]+|${GLUED}(?=[\\u0980-\\u09FF])))(?=\\S)`,
    `(?<inner>(?<=\\S)[ \\t]+(?:${BULLET})[ \\t]+)(?=\\S)`,
    `(?<number>(?<=^|\\s|\\()[0-9০-৯]{1,2}\\|)(?=\\s|[\\u0980-\\u09FF])`,
    `(?<letter>(?<=^|\\s)\\(?[K-S]\\))(?=\\s*[\\u0980-\\u09FF])`,
  ].join('|'),
  'gu',
);

/** Whether a text may hold a list marker: a cheap test before the search. */
export function mayHaveListMarker(text: string): boolean {
  return /[·§Øüÿ\u0178\uF020-\uF0FF|)]|ক্স|দ্ব|হৃ|ক্ষ|ঙ্|(?:^|\s)্[মব]/u.test(text);
}

/** Whether a token is a symbol-font bullet and nothing else: never a Bijoy word, so never converted. */
export function isBulletGlyph(token: string): boolean {
  return new RegExp(`^(?:[${RAW}]|·)$`, 'u').test(token);
}

/**
 * Finds the Bijoy list markers of a text and what each becomes: a bullet opening the text or a line is
 * removed; a bullet between two items becomes ", " (or a space, after a danda or other stop); "1|" becomes
 * "১।" and "K)" "ক)". Every change is reported with the marker as it was.
 */
export function repairListMarkers(text: string): Repaired {
  const fixes: BijoyFix[] = [];
  const out = text.replace(MARKER, (match: string, ...args: unknown[]) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    const index = args.at(-3) as number;
    const marker = match.trim();
    let to: string;
    if (groups.lead !== undefined) to = match.slice(0, match.length - match.trimStart().length);
    else if (groups.inner !== undefined) to = /[।,;:.!?]$/.test(text.slice(0, index)) ? ' ' : ', ';
    else if (groups.number !== undefined) to = `${toBengaliDigits(marker.slice(0, -1))}।`;
    else to = marker.replace(/[K-S]/, (l) => LETTERS[l] ?? l);
    fixes.push({ from: marker, to: to.trim(), index: index + match.indexOf(marker) });
    return to;
  });
  return { text: out, fixes };
}
