// Repairs the damage that bad Bijoy conversions left in Unicode text, reporting every fix so that
// lint can show it (codes bijoy.leftover and bijoy.broken-conjunct) and an editor can accept it.
//
// Leftovers: glyphs a converter did not know and left in place (শিÿা for শিক্ষা, অব¯’া for অবস্থা,
// কায©ালয় with the reph still after its letter), and the list markers of bijoy-lists.ts. Broken
// conjuncts: a table that many old converters shared (Bahar's, ported to PHP, Java, JavaScript and
// Python) has wrong entries for single glyphs, and its output is all over portals:
//   Í (্ত after ¯ স্, š ন্, c প) was ত্ম    প্রস্তাব became প্রসত্মাব or প্রস্ত্মাব, শান্তি শানিত্ম, দপ্তর দপত্মর
//   š (ন্) came out ম in some copies         পর্যন্ত became পর্যমত্ম, প্রান্তিক প্রামিত্মক, সন্তান সমত্মান
//   æ (ু after র) was ম্ন                     তরুণ became তরম্নণ, প্রতিশ্রুতি প্রতিশ্রম্নতি
//   ø (্ল after j c k M e ¤ ¯) was স্ন          উল্লেখ became উলেস্নখ, সংশ্লিষ্ট সংশিস্নষ্ট, প্লট পস্নট, ব্লক বস্নক
//   Ð (ণ্ড) was a hyphen                       ভাণ্ডার became ভা-ার, পণ্ডিত প-িত, মণ্ডল ম-ল
//   © (reph) left after its consonant          ধর্ম became ধমর্, কর্মকর্তা কমর্কতর্া
// A pre-base vowel sign typed before the cluster lands between its parts (শানিত্ম, উলেস্নখ, প-িত).
// A ত্ম right after স প ন or ম, a ম্ন after র, a স্ন after ল প শ গ ব, ম্স্ন, স্স্ন or a hyphen before a vowel
// sign occurs in no Bengali word (আত্মা and মহাত্মা have a vowel before ত্ম; checked against a 110,000-word
// Bengali dictionary, where only জলস্নান and the compounds of বাষ্প, after a conjunct, come close), so these
// rules fix by shape; a reph before a consonant can be right (কার্য), and a hyphen between two letters
// usually is, so those are fixed only for the words listed.
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
  // a piece with nowhere to go (a phala or vowel sign with no letter: a bullet glued to its item, "§আবেদন")
  // would make a new mistake of the old one, so such a word is left as it is
  const assembled = assemble(pieces);
  return assembled.anomalies > 0 ? word : assembled.text;
}

/** Punctuation, quotes and brackets around a word, which a fix does not name: not Bengali and no glyph of a leftover. */
const isEdge = (c: string) => !/[\u0980-\u09FF]/.test(c) && (!NON_ASCII_GLYPHS.has(c) || SHARED_MARKS.has(c));

/** The fix of one whitespace-delimited token, naming the word without the punctuation both sides share ("(পর্যমত্ম)," → পর্যমত্ম). */
function wordFix(from: string, to: string, index: number): BijoyFix {
  const a = [...from];
  const b = [...to];
  let start = 0;
  while (start < a.length - 1 && start < b.length - 1 && a[start] === b[start] && isEdge(a[start] ?? '')) start++;
  let end = 0;
  while (end < a.length - start - 1 && end < b.length - start - 1 && a[a.length - 1 - end] === b[b.length - 1 - end] && isEdge(a[a.length - 1 - end] ?? ''))
    end++;
  return { from: a.slice(start, a.length - end).join(''), to: b.slice(start, b.length - end).join(''), index: index + a.slice(0, start).join('').length };
}

function eachWord(text: string, repair: (word: string) => string): Repaired {
  const fixes: BijoyFix[] = [];
  const out = text.replace(WORD, (word, index: number) => {
    const fixed = repair(word);
    if (fixed === word) return word;
    const to = normalizeText(fixed);
    fixes.push(wordFix(word, to, index));
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
/** Í read as ত্ম, with or without the hasanta of the half letter before it, and with a pre-base sign between. */
const TA_PHALA: [RegExp, string][] = [
  [/(?<!্)([সপন])্?ত্ম/g, '$1্ত'],
  [/(?<!্)ম্?ত্ম/g, 'ন্ত'],
  [/(?<!্)([সপন])([িেৈ])ত্ম/g, '$1্ত$2'],
  [/(?<!্)ম([িেৈ])ত্ম/g, 'ন্ত$1'],
  // š¿ (ন্ত্র) where š came out ম: ম্ত্র is in no Bengali word
  [/(?<!্)ম্ত্র/g, 'ন্ত্র'],
];
/**
 * Where Í stood for ্ত্র (¿) the র was lost: ন্ত before ণ is in no word (মন্ত্রণালয়, নিয়ন্ত্রণ, যন্ত্রণা), nor
 * মন্তী or মন্তিপরিষদ. Only applied to a word a rule above has changed.
 */
const TRA_LOST: [RegExp, string][] = [
  [/ন্তণ/g, 'ন্ত্রণ'],
  [/মন্তী/g, 'মন্ত্রী'],
  [/মন্তি(?=পরিষদ|সভা)/g, 'মন্ত্রি'],
];
const BY_SHAPE: [RegExp, string][] = [
  [/রম্ন/g, 'রু'],
  // ø after a letter, a pre-base sign between; after a half letter (¤ø, ¯ø) with its hasanta
  [/(?<!্)([লপশগব])([িেৈ]?)স্ন/g, '$1্ল$2'],
  [/(?<!্)([মস])্স্ন/g, '$1্ল'],
  // Ð as a hyphen: a vowel sign or hasanta cannot open a word, so a hyphen before one is ণ্ড
  [/(?<=[\u0981-\u09D7])-(?=[\u09BE-\u09CD\u09D7])/g, 'ণ্ড'],
  // a reph followed by a vowel sign or by nothing belongs before the cluster it follows
  [new RegExp(`((?:${C}্)*${C})(${VOWEL_SIGN}*)র্(?=${VOWEL_SIGN}|$|[^\u0980-\u09FF\u200C\u200D])`, 'gu'), 'র্$1$2'],
];
/** Words whose reph old converters left after its consonant, or whose ণ্ড became a hyphen between letters, where the shape alone cannot tell. */
const KNOWN_BROKEN: [RegExp, string][] = [
  [/কতৃর্/g, 'কর্তৃ'],
  [/পযর্ন্ত/g, 'পর্যন্ত'],
  [/নিদির্ষ্ট/g, 'নির্দিষ্ট'],
  [/কাযর্/g, 'কার্য'],
  [/কমর্/g, 'কর্ম'],
  // not সবর্ণ, অথর্ব, অধমর্ণ (real words)
  [/সবর্(?!ণ)/g, 'সর্ব'],
  [/পূবর্/g, 'পূর্ব'],
  [/অথর্(?!ব)/g, 'অর্থ'],
  [/বষর্/g, 'বর্ষ'],
  [/শতর্/g, 'শর্ত'],
  [/ধমর্(?!ণ)/g, 'ধর্ম'],
  [/বণর্/g, 'বর্ণ'],
  [/নিবার্চন/g, 'নির্বাচন'],
  [/নিভর্র/g, 'নির্ভর'],
  // the reph one letter further on (Avš—R©vwZK): আন্তর্জাতিক became আমত্মজার্তিক
  [/জার্তিক/g, 'র্জাতিক'],
  [/ম-ল(?=ী|ের|েই|$|[^\u0980-\u09FF])/g, 'মণ্ডল'],
  [/কর্মকা-(?![\u0980-\u09FF])/g, 'কর্মকাণ্ড'],
  [/ভূখ-(?![\u0980-\u09FF])/g, 'ভূখণ্ড'],
  [/খ-কালীন/g, 'খণ্ডকালীন'],
  [/কারাদ-(?![\u0980-\u09FF])/g, 'কারাদণ্ড'],
  [/দ-বিধি/g, 'দণ্ডবিধি'],
];
/** Words where a rule's shape is right as it is. */
const CORRECT = new Set(['জলস্নান']);

function replaceAll(word: string, rules: readonly [RegExp, string][]): string {
  return rules.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), word);
}

function repairConjuncts(word: string): string {
  if (CORRECT.has(word)) return word;
  const before = word.normalize('NFC');
  let out = replaceAll(before, KNOWN_BROKEN);
  const ta = replaceAll(out, TA_PHALA);
  out = ta === out ? ta : replaceAll(ta, TRA_LOST);
  out = replaceAll(out, BY_SHAPE);
  return out === before ? word : out;
}

/** Repairs the conjuncts and rephs broken by old converters (see above); every changed word is reported. */
export function repairBrokenConjuncts(text: string): Repaired {
  return eachWord(text, repairConjuncts);
}
