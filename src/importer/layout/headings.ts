// What a heading line looks like: section titles by their words (Bangla and English), numbered and sub-numbered
// headings, and the service group a heading names. Shared by the layout stage (a table copied one cell a line
// ends at a heading), the readers (a portal's tab of charter sections) and the sections stage.
import { normalizeLine } from '../../bangla/normalize.ts';
import { bnRegExp, squash } from '../../charter/match.ts';
import type { ServiceCategory } from '../../charter/model.ts';

export type SectionKind = 'vision' | 'services' | 'subordinate' | 'expectations' | 'grievance' | 'unknown';

export const DIGIT = '[০-৯0-9]';
export const SUB_HEADING = bnRegExp(`^(${DIGIT}{1,2})\\s*\\.\\s*(${DIGIT}{1,2})\\s*[.)]?\\s*(\\S.*)$`);
export const HEADING = bnRegExp(`^(${DIGIT}{1,2})\\s*[.)।:]\\s*([^\\s০-৯0-9].*)$`);

/** Checked in this order: "আওতাধীন দপ্তর কর্তৃক প্রদত্ত সেবা" names services too. */
const TITLES: ReadonlyArray<readonly [Exclude<SectionKind, 'unknown'>, readonly string[]]> = [
  ['subordinate', ['আওতাধীন', 'অধীনস্থ দপ্তর', 'অধীন দপ্তর']],
  ['grievance', ['অভিযোগ প্রতিকার', 'অভিযোগ ব্যবস্থাপনা', 'অভিযোগ নিষ্পত্তি', 'অনিক', 'আপিল কর্মকর্তা', 'আপীল কর্মকর্তা']],
  ['expectations', ['প্রত্যাশা']],
  ['vision', ['ভিশন', 'রূপকল্প', 'মিশন', 'অভিলক্ষ্য']],
  ['services', ['প্রতিশ্রুত সেবা', 'প্রদত্ত সেবা', 'সেবাসমূহ', 'সেবার তালিকা']],
];

/** A group named as a group: its word, then "সেবা" (or the English). */
const GROUP_NAMES: ReadonlyArray<readonly [ServiceCategory, RegExp]> = [
  ['citizen', bnRegExp("নাগরিক\\s*সেবা|citizen'?s?\\s*services?|public\\s*services?", 'i')],
  ['institutional', bnRegExp('প্রাতিষ্ঠানিক\\s*সেবা|institutional\\s*services?', 'i')],
  ['internal', bnRegExp('অভ্যন্তরী[ণন]\\s*সেবা|internal\\s*services?|office\\s*services?', 'i')],
];
/** A group's word alone in brackets ("(অভ্যন্তরীণ)", "(নাগরিক সেবা)", "(internal)"). */
const BRACKETED_GROUP: ReadonlyArray<readonly [ServiceCategory, RegExp]> = [
  ['citizen', bnRegExp("^(?:নাগরিক|citizen'?s?|public)(?:\\s*(?:সেবা|services?))?$", 'i')],
  ['institutional', bnRegExp('^(?:প্রাতিষ্ঠানিক|institutional)(?:\\s*(?:সেবা|services?))?$', 'i')],
  ['internal', bnRegExp('^(?:অভ্যন্তরী[ণন]|internal)(?:\\s*(?:সেবা|services?))?$', 'i')],
];
/** "নাগরিকত্ব সনদ" (a certificate of citizenship) is a service, not the citizens' group. */
const GROUP_WORDS = bnRegExp('নাগরিক(?!ত্ব)|প্রাতিষ্ঠানিক|অভ্যন্তরী[ণন]|citizen(?!ship)|institutional|internal', 'i');
/** Care given inside a facility ("অভ্যন্তরীণ রোগী সেবা", "indoor"): a group's word in another sense. */
const CARE = bnRegExp('রোগী|চিকিৎসা|ভর্তি|অন্তঃ\\s*বিভাগ|অন্তর্বিভাগ|বহির্বিভাগ|ওয়ার্ড|\\bpatients?\\b|\\bindoor\\b|\\bward\\b|\\bclinic', 'i');
/** The care word right after the group word: "অভ্যন্তরীণ রোগী", "internal patients". */
const GROUP_WORD_THEN_CARE = bnRegExp(
  '(?:নাগরিক|প্রাতিষ্ঠানিক|অভ্যন্তরী[ণন]|citizen|institutional|internal)\\S*\\s+(?:রোগী|চিকিৎসা|ভর্তি|বিভাগ|ওয়ার্ড|patients?|ward)',
  'i',
);

/**
 * The group a heading names, only when it really names one; a heading that uses a group's word in another sense
 * (care inside a facility, "নাগরিকদের জন্য") is about citizens; null when it has no group word at all.
 */
export function groupOf(title: string): ServiceCategory | null {
  // "দাপ্তরিক (অভ্যন্তরীণ) সেবাসমূহ": a group named in brackets is the group; other brackets say something else.
  const bracketed = [...title.matchAll(/\(([^)]*)\)/gu)].map((m) => normalizeLine(m[1] ?? ''));
  const inBrackets = bracketed.map((b) => BRACKETED_GROUP.find(([, re]) => re.test(b))?.[0]).find((g) => g !== undefined);
  if (inBrackets !== undefined && !(inBrackets === 'internal' && CARE.test(title))) return inBrackets;
  const t = normalizeLine(title.replace(/\([^)]*\)/g, ' '));
  if (!GROUP_WORDS.test(t)) return null;
  if (GROUP_WORD_THEN_CARE.test(t)) return 'citizen';
  const named = GROUP_NAMES.find(([, re]) => re.test(t))?.[0];
  // "Internal" care (indoor patients, a ward) is given to citizens, not to the office's own staff.
  if (named === 'internal' && CARE.test(t)) return 'citizen';
  return named ?? 'citizen';
}

/** "০২. অভ্যন্তরীণ সেবা": a group heading numbered as a section, in documents without the parent heading. */
export const ONE_NUMBER = bnRegExp(`^\\(?${DIGIT}{1,2}\\s*[.)।:]\\s*(\\S.*)$`);

/** The titles' words squashed once: this runs on every line that is not a table row. */
const SQUASHED_TITLES = TITLES.map(([kind, words]) => [kind, words.map(squash)] as const);
const SUBORDINATE_WORD = squash('আওতাধীন');

/** English titles, as whole words ("vision" is inside "division"); checked in this order too. */
const ENGLISH_TITLES: ReadonlyArray<readonly [Exclude<SectionKind, 'unknown'>, RegExp]> = [
  ['subordinate', /\b(?:subordinate|affiliated|field)\s+offices?\b/i],
  ['grievance', /\bgrievances?\b|\bGRS\b|\bcomplain(?:ts?)?\b/i],
  ['expectations', /\bexpect(?:ations?|s)?\b/i],
  ['vision', /\bvision\b|\bmission\b/i],
  ['services', /\b(?:promised|our|list of|provided)\s+services\b|\bservices\s+(?:provided|offered|list)\b|\bservice\s+list\b/i],
];

export function sectionKindOf(title: string): Exclude<SectionKind, 'unknown'> | null {
  const s = squash(title);
  // "GRS" as a word only: squashed and lower-cased it would also be found inside "progress".
  if (/\bGRS\b/.test(title) && !s.includes(SUBORDINATE_WORD)) return 'grievance';
  const bangla = SQUASHED_TITLES.find(([, words]) => words.some((w) => !/^[a-z]/.test(w) && s.includes(w)))?.[0];
  return bangla ?? ENGLISH_TITLES.find(([, re]) => re.test(title))?.[0] ?? null;
}

/** Whether a line is a section or sub-section heading ("২.২) প্রাতিষ্ঠানিক সেবা", "৩. আপনার কাছে ..."): a table copied one cell a line ends there. */
export function isHeadingText(text: string): boolean {
  if (SUB_HEADING.test(text)) return true;
  const m = HEADING.exec(text);
  return m?.[2] !== undefined && m[2].length <= 60 && sectionKindOf(m[2]) !== null;
}

/** The group a title names as a group ("প্রাতিষ্ঠানিক সেবা"), or null: no fallback for a group word in another sense. */
export function namedGroup(title: string): ServiceCategory | null {
  const t = normalizeLine(title.replace(/\([^)]*\)/g, ' '));
  return GROUP_NAMES.find(([, re]) => re.test(t))?.[0] ?? null;
}
