// Repairs the damage that bad Bijoy conversions left in Unicode text, reporting every fix so that
// lint can show it (codes bijoy.leftover and bijoy.broken-conjunct) and an editor can accept it.
//
// Leftovers: glyphs a converter did not know and left in place (শিÿা for শিক্ষা, অব¯’া for অবস্থা,
// কায©ালয় with the reph still after its letter). Broken conjuncts: a table that many old converters
// shared had wrong entries, and its output is all over portals:
//   Í (্ত) was ত্ম    প্রস্তাব became প্রসত্মাব or প্রস্ত্মাব, শান্তি became শানিত্ম
//   æ (ু after র) was ম্ন   তরুণ became তরম্নণ
//   ø (্ল) was স্ন   উল্লেখ became উলেস্নখ, পল্লী পলস্নী
//   © (reph) left after its consonant   ধর্ম became ধমর্, কর্মকর্তা কমর্কতর্া
// A ত্ম, ম্ন or স্ন right after those letters occurs in no Bengali word (আত্মা and মহাত্মা have a vowel
// before ত্ম), so these rules fix by shape; a reph before a consonant can be right (কার্য), so those are
// fixed only for the words listed.
import { assemble } from './bijoy-assemble.ts';
import { GLYPHS, HASANTA, NON_ASCII_GLYPHS, type Piece } from './bijoy-glyphs.ts';
import { normalizeText } from './normalize.ts';
import { BENGALI_MONTHS_BN } from './calendar.ts';
import { GREGORIAN_MONTHS_BN } from './dates.ts';

export interface BijoyFix {
  /** The word as it was. */
  from: string;
  /** The word repaired (normalised). */
  to: string;
  /** Where the word starts in the text given. */
  index: number;
}
export interface Repaired {
  text: string;
  fixes: BijoyFix[];
}

const WORD = /[^\s]+/g;
const BENGALI_LETTER = /[\u0981-\u09CE\u09D7\u09DC-\u09DF]/;
const SHARED_MARKS = new Set([...'“”‘’–—…•©®°±×÷½¼¾«»']);

function unicodePiece(ch: string): Piece {
  const code = ch.charCodeAt(0);
  if (ch === HASANTA) return { kind: 'link', text: ch };
  if (ch === '\u09BC' || ch === '\u200C' || ch === '\u200D') return { kind: 'phala', text: ch };
  if ((code >= 0x0985 && code <= 0x0994) || (code >= 0x0995 && code <= 0x09b9) || ch === 'ৎ' || (code >= 0x09dc && code <= 0x09df)) {
    return { kind: 'base', text: ch };
  }
  if ((code >= 0x09be && code <= 0x09cc) || code === 0x09d7) return { kind: 'kar', text: ch };
  if (code >= 0x0981 && code <= 0x0983) return { kind: 'sign', text: ch };
  return { kind: 'text', text: ch };
}

/** Whether the glyph at i of a word is a leftover: next to Bengali, and for quotes and dashes, inside it. */
function isLeftover(chars: string[], i: number): boolean {
  const ch = chars[i] ?? '';
  if (!NON_ASCII_GLYPHS.has(ch)) return false;
  const near = (j: number) => {
    const c = chars[j] ?? '';
    return BENGALI_LETTER.test(c) || (NON_ASCII_GLYPHS.has(c) && !SHARED_MARKS.has(c));
  };
  return SHARED_MARKS.has(ch) ? near(i - 1) && near(i + 1) : near(i - 1) || near(i + 1);
}

/** Month names: a dash between two ("এপ্রিল–জুন", a quarter) is a range, not a Bijoy ু. */
const MONTHS = new Set([...BENGALI_MONTHS_BN, ...GREGORIAN_MONTHS_BN].map((m) => m.normalize('NFC')));
const isMonthRange = (word: string) => {
  const parts = word.replace(/^[(“‘"']+|[)”’"',.;:।]+$/g, '').split(/[–—-]/);
  return parts.length === 2 && parts.every((p) => MONTHS.has(p.normalize('NFC')));
};

function repairWord(word: string): string {
  const chars = [...word];
  if (!chars.some((c) => BENGALI_LETTER.test(c)) || isMonthRange(word)) return word;
  const marked = chars.map((_, i) => isLeftover(chars, i));
  if (!marked.includes(true)) return word;
  const pieces = chars.flatMap((c, i) => (marked[i] ? (GLYPHS.get(c) ?? []) : [unicodePiece(c)]));
  return assemble(pieces).text;
}

function eachWord(text: string, repair: (word: string) => string): Repaired {
  const fixes: BijoyFix[] = [];
  const out = text.replace(WORD, (word, index: number) => {
    const fixed = repair(word);
    if (fixed === word) return word;
    const to = normalizeText(fixed);
    fixes.push({ from: word, to, index });
    return to;
  });
  return { text: normalizeText(out), fixes };
}

/** Converts Bijoy glyphs left inside Unicode Bengali words; every changed word is reported. */
export function repairLeftovers(text: string): Repaired {
  return eachWord(text, repairWord);
}

const C = '[\u0995-\u09B9\u09DC-\u09DF]\u09BC?';
const VOWEL_SIGN = '[\u09BE-\u09CC\u09D7]';
const BY_SHAPE: [RegExp, string][] = [
  [/(?<!্)([সন])্?ত্ম/g, '$1্ত'],
  [/(?<!্)([সন])([িেৈ])ত্ম/g, '$1্ত$2'],
  [/রম্ন/g, 'রু'],
  [/(?<!্)([লপশ])([িেৈ]?)স্ন/g, '$1্ল$2'],
  // a reph followed by a vowel sign or by nothing belongs before the cluster it follows
  [new RegExp(`((?:${C}্)*${C})(${VOWEL_SIGN}*)র্(?=${VOWEL_SIGN}|$|[^\u0980-\u09FF\u200C\u200D])`, 'gu'), 'র্$1$2'],
];
/** Words whose reph old converters left after its consonant, where the shape alone cannot tell. */
const KNOWN_BROKEN: [string, string][] = [
  ['কতৃর্', 'কর্তৃ'],
  ['পযর্ন্ত', 'পর্যন্ত'],
  ['নিদির্ষ্ট', 'নির্দিষ্ট'],
  ['কাযর্', 'কার্য'],
  ['কমর্', 'কর্ম'],
  ['সবর্', 'সর্ব'],
  ['পূবর্', 'পূর্ব'],
  ['অথর্', 'অর্থ'],
  ['বষর্', 'বর্ষ'],
  ['শতর্', 'শর্ত'],
  ['ধমর্', 'ধর্ম'],
  ['বণর্', 'বর্ণ'],
  ['নিবার্চন', 'নির্বাচন'],
  ['নিভর্র', 'নির্ভর'],
];
/** Words where a rule's shape is right as it is. */
const CORRECT = new Set(['জলস্নান']);

function repairConjuncts(word: string): string {
  if (CORRECT.has(word)) return word;
  let out = word.normalize('NFC');
  for (const [broken, right] of KNOWN_BROKEN) out = out.split(broken).join(right);
  for (const [pattern, replacement] of BY_SHAPE) out = out.replace(pattern, replacement);
  return out === word.normalize('NFC') ? word : out;
}

/** Repairs the conjuncts and rephs broken by old converters (see above); every changed word is reported. */
export function repairBrokenConjuncts(text: string): Repaired {
  return eachWord(text, repairConjuncts);
}
