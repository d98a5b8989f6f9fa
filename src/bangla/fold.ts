// Spelling folded to one form, for comparing words people spell several ways ("সেবার ধরণ" = "সেবার ধরন",
// "উর্ধ্বতন" = "ঊর্ধতন", "দায়ীত্ব" = "দায়িত্ব"): a key for matching, never a value to show or store.
import { normalizeLine } from './normalize.ts';

/**
 * Pairs typists confuse, each folded to one letter: long and short i and u (sign and letter), ণ/ন, the three
 * sibilants, ড়/র (after NFC ড় is ড + nukta), ঃ and the colon that stands for it. ZWJ/ZWNJ and the ব of
 * ধ্ব (উর্ধ্বতন, উর্ধতন) are dropped, since spellings with and without them occur. Ya-phala is kept: without
 * it "রহস্যময়" would hold "সময়".
 */
const PAIRS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\u200C\u200D]/g, ''],
  [/\u09C0/g, '\u09BF'], // ী → ি
  [/\u09C2/g, '\u09C1'], // ূ → ু
  [/\u0988/g, '\u0987'], // ঈ → ই
  [/\u098A/g, '\u0989'], // ঊ → উ
  [/\u09A3/g, '\u09A8'], // ণ → ন
  [/[\u09B6\u09B7]/g, '\u09B8'], // শ ষ → স
  [/\u09A1\u09BC/g, '\u09B0'], // ড় → র
  [/\u09A2\u09BC/g, '\u09B0'], // ঢ় → র
  [/\u09A7\u09CD\u09AC/g, '\u09A7'], // ধ্ব → ধ
  [/\u09A6\u09CD\u09A7/g, '\u09A7'], // দ্ধ → ধ (উর্দ্ধতন)
  [/\u09A6\u09CD\u09AC\u09BE\u09AF\u09BC/g, '\u09A6\u09BE\u09AF\u09BC'], // দ্বায় → দায় (দ্বায়িত্ব)
  [/[\u0983:]/g, ''],
];

/** The text with every confusable spelling folded, spaces removed, lower-cased: a matching key. */
export function foldBangla(text: string): string {
  return foldWords(text).replace(/\s+/g, '');
}

/** As foldBangla, with the spaces between words kept (one each): a key for searching word by word. */
export function foldWords(text: string): string {
  let s = normalizeLine(text).toLowerCase();
  for (const [from, to] of PAIRS) s = s.replace(from, to);
  return s;
}
