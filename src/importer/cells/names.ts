// Splits the words at the head of an officer block into name, designation and whatever else is left.
import { normalizeLine } from '../../bangla/normalize.ts';
import { squash } from '../../charter/match.ts';

/** Courtesy titles dropped from the name (the same officer is "জনাব মোঃ X" in one place and "মোঃ X" in another). */
const COURTESY = ['জনাব', 'জনাবা', 'mr.', 'mrs.', 'ms.'];
/** Words that open a personal name and stay part of it. */
const NAME_OPENERS = ['মোঃ', 'মো:', 'মো.', 'মোছাঃ', 'মোছা:', 'মোসাঃ', 'মোসাম্মৎ', 'মোহাম্মদ', 'ড.', 'ডঃ', 'ডা.', 'ডাঃ', 'md.', 'dr.'];
/** Words a designation ends with. */
const ROLES = [
  'প্রোগ্রামার',
  'অফিসার',
  'কর্মকর্তা',
  'ইঞ্জিনিয়ার',
  'ইঞ্জিনীয়ার',
  'প্রকৌশলী',
  'পরিচালক',
  'মহাপরিচালক',
  'উপপরিচালক',
  'মহাপরিদর্শক',
  'উপমহাপরিদর্শক',
  'নিবন্ধক',
  // Posts offices write by their initials in Bangla letters ("এসপি (ডিএসবি)", "ওসি", "ইউএনও", "এসআই").
  'এসপি',
  'ওসি',
  'ইউএনও',
  'এসআই',
  'এএসআই',
  'এডিসি',
  'ইউএলও',
  'এসিল্যান্ড',
  'এজিএম',
  'ডিজিএম',
  'জিএম',
  'সিজিএম',
  'আরএমও',
  'টিএইচও',
  'ইউএইচএফপিও',
  'এডিএম',
  'ইউএও',
  'সচিব',
  'অপারেটর',
  'সহায়ক',
  'সহকারী',
  'হিসাবরক্ষক',
  'এনালিস্ট',
  'অ্যানালিস্ট',
  'টেকনিশিয়ান',
  'প্রশাসক',
  'কমিশনার',
  'মুদ্রাক্ষরিক',
  'সাঁটলিপিকার',
  'প্রশিক্ষক',
  'পরামর্শক',
  'বিশেষজ্ঞ',
  'ডেভেলপার',
  'চেয়ারম্যান',
  'চেয়ারম্যান',
  'মেয়র',
  'কাউন্সিলর',
  'সদস্য',
  'চিকিৎসক',
  'ডাক্তার',
  'সার্ভেয়ার',
  'কানুনগো',
  'নাজির',
  'তহসিলদার',
  'পেশকার',
  'উদ্যোক্তা',
  'পরিদর্শক',
  'ইন্সপেক্টর',
  'সুপারিনটেনডেন্ট',
  'তত্ত্বাবধায়ক',
  'রেজিস্ট্রার',
  'ফার্মাসিস্ট',
  'নার্স',
  'অধ্যক্ষ',
  'শিক্ষক',
  'কর্মচারী',
  'সার্জন',
  'উপাধ্যক্ষ',
  'অডিটর',
  'নিরীক্ষক',
  'সমাজকর্মী',
  'ক্যাশিয়ার',
  'হিসাবরক্ষক',
  'স্টোরকিপার',
  'সুপারভাইজার',
  'সুপারভাইজর',
  'মুদ্রাক্ষরিক',
  'অপারেটর',
  'কম্পাউন্ডার',
  'পরিসংখ্যানবিদ',
  'গবেষক',
  'ব্যবস্থাপক',
  'নির্ধারক',
  'আদায়কারী',
  'সংগঠক',
  // Posts of the post office, the fire service, health and education ("পোস্টমাস্টার", "স্টোর কিপার", "হিসাব রক্ষক").
  'পোস্টমাস্টার',
  'পোষ্টমাস্টার',
  'কিপার',
  'রক্ষক',
  'ইনচার্জ',
  'প্রভাষক',
  'পরিদর্শিকা',
  'প্রোভাইডার',
  'সহায়িকা',
  'কর্মী',
  // English titles written in Bangla letters, as offices write them ("জুনিয়র কনসালটেন্ট", "হেলথ এডুকেটর").
  'কনসালটেন্ট',
  'কনসালট্যান্ট',
  'কনসাল্টেন্ট',
  'ডিরেক্টর',
  'কো-অর্ডিনেটর',
  'কোঅর্ডিনেটর',
  'সমন্বয়কারী',
  'অর্গানাইজার',
  'এডুকেটর',
  'ম্যাজিস্ট্রেট',
  'ম্যানেজার',
  'একাউন্টেন্ট',
  'অ্যাকাউন্ট্যান্ট',
  'ক্লার্ক',
  'টেকনোলজিস্ট',
  'মিডওয়াইফ',
  'ভিজিটর',
  'স্টেনোগ্রাফার',
  'ফ্যাসিলিটেটর',
  'লাইব্রেরিয়ান',
  'অ্যাসিস্ট্যান্ট',
  'এসিস্ট্যান্ট',
  // Posts of technical schools, the courts' legal aid, the sub-registry, forests and hospitals.
  'ইন্সট্রাক্টর',
  'ইনস্ট্রাক্টর',
  'ইন্সট্রাকটর',
  'ইনস্ট্রাকটর',
  'জজ',
  'প্রধান',
  'সুপার',
  'কন্ট্রোলার',
  'পরীক্ষক',
  'কেয়ারটেকার',
  'কেয়ারটেকার',
  'পরিকল্পনাবিদ',
  'surveyor',
  'examiner',
  'caretaker',
  'planner',
  'আবহাওয়াবিদ',
  'তত্ত্ববিদ',
  'নিয়ন্ত্রক',
  'বিচারক',
  'লেখক',
  'সংরক্ষক',
  'মাস্টার',
  'মাষ্টার',
  'officer',
  'officer-in-charge',
  'engineer',
  'master',
  'instructor',
  'judge',
  'conservator',
  'clerk',
  'keeper',
  'operator',
  'cashier',
  'coordinator',
  'consultant',
  'specialist',
  'technician',
  'librarian',
  'teacher',
  'lecturer',
  'professor',
  'headmaster',
  'nurse',
  'physician',
  'doctor',
  'administrator',
  'representative',
  'commandant',
  'counsellor',
  'counselor',
  'adviser',
  'advisor',
  'treasurer',
  'in-charge',
  'incharge',
  'mayor',
  'councillor',
  'director',
  'commissioner',
  'secretary',
  'chairman',
  'programmer',
  'manager',
  'assistant',
  'member',
  'collector',
  'magistrate',
  'inspector',
  'controller',
  'superintendent',
  'registrar',
  'principal',
  'surgeon',
  'auditor',
  'supervisor',
  'accountant',
];
/**
 * English words written in Bangla letters that open designations and never personal names ("ডেপুটি সিভিল সার্জন",
 * "জুনিয়র কনসালটেন্ট"): a name before them ends there.
 */
const ENGLISH_OPENERS = [
  'ডেপুটি',
  'অ্যাসিস্ট্যান্ট',
  'এসিস্ট্যান্ট',
  'এ্যাসিস্ট্যান্ট',
  'জুনিয়র',
  'চীফ',
  'চিফ',
  'এক্সিকিউটিভ',
  'ডিস্ট্রিক্ট',
  'রেসিডেন্ট',
  'অ্যাডিশনাল',
  'এডিশনাল',
  'রিজিওনাল',
  'প্রিন্সিপাল',
  'জোনাল',
  'এরিয়া',
  'ব্রাঞ্চ',
  'রিলেশনশিপ',
  'ক্যাশ',
];
/**
 * Endings of English posts written in Bangla letters or in English ("ফিজিওথেরাপিস্ট", "রেডিওগ্রাফার", "ড্রাফটসম্যান",
 * "Pharmacist", "Radiographer"): a word that ends so is a role, whichever post it is.
 */
const ROLE_ENDINGS =
  /(?:(?<=[\u0980-\u09FF]{3})(?<!ল)িস্ট|(?<=[\u0980-\u09FF]{2})তত্ত্ববিদ|গ্রাফার|ট্রাক্টর|ট্রাকটর|সম্যান|লাইনম্যান|ফোরম্যান|(?<=[a-z]{3})(?:grapher|ologist|therapist|macist|ntist|typist))$/u;
/** English words that stand before a role inside a designation ("Deputy General Manager", "Station Master"). */
const ENGLISH_MODIFIERS = [
  'general',
  'deputy',
  'joint',
  'additional',
  'senior',
  'junior',
  'chief',
  'executive',
  'sub',
  'station',
  'medical',
  'district',
  'upazila',
  'divisional',
  'regional',
  'field',
  'programme',
  'program',
  'project',
  'technical',
  'accounts',
  'account',
  'information',
  'grievance',
  'appeal',
  'principal',
  'vice',
  'branch',
  'relationship',
  'duty',
  'head',
  'resident',
  'civil',
  'revenue',
  'office',
  'system',
  'network',
  'computer',
  'public',
  'relations',
  'health',
  'welfare',
  'social',
  'training',
  'sanitary',
  'staff',
  'data',
  'entry',
  'administrative',
  'personal',
  'focal',
];
/** Words that can stand before a role inside a designation ("সহকারী নেটওয়ার্ক ইঞ্জিনিয়ার"). */
const MODIFIERS = [
  'সহকারী',
  'উপ',
  'সিনিয়র',
  'সহযোগী',
  'জেলা',
  'উপজেলা',
  'আইসিটি',
  'নেটওয়ার্ক',
  'সিস্টেম',
  'রক্ষণাবেক্ষণ',
  'প্রধান',
  'অতিরিক্ত',
  'যুগ্ম',
  'কম্পিউটার',
  'অফিস',
  'হিসাব',
  'প্রশাসনিক',
  'নির্বাহী',
  'তথ্য',
  'অভিযোগ',
  'নিষ্পত্তি',
  'আপিল',
  'প্রকল্প',
  'ইউনিয়ন',
  'ডাটা',
  'এন্ট্রি',
  'উচ্চমান',
  'নিম্নমান',
  'ব্যক্তিগত',
  'প্রোগ্রাম',
  'উপসহকারী',
  'উপ-সহকারী',
  'কাম',
  'ক্ষেত্র',
  'ফিল্ড',
  'মাঠ',
  'একাডেমিক',
  'ভেটেরিনারি',
  'ইউপি',
  // English words in Bangla letters that stand before a role ("ডেপুটি সিভিল সার্জন", "চীফ এক্সিকিউটিভ অফিসার").
  ...ENGLISH_OPENERS,
  'সিভিল',
  'মেডিকেল',
  'স্টাফ',
  'হেলথ',
  'প্রজেক্ট',
  'টেকনিক্যাল',
  'ল্যাব',
  'স্যানিটারি',
  'ফ্যামিলি',
  'ওয়েলফেয়ার',
  'ডেভেলপমেন্ট',
  'জেনারেল',
  'সাব',
  'হেড',
  'সার্কেল',
  'স্টেশন',
  'ডিউটি',
  'স্টোর',
  'পরিবার',
  'কল্যাণ',
  'কমিউনিটি',
  'কেয়ার',
  'সহকারি',
  'সনদপ্রাপ্ত',
  'পুলিশ',
  ...ENGLISH_MODIFIERS,
];
/**
 * Words found in personal names (surnames and common elements): words before a designation with none of these
 * and no courtesy title are the designation's own ("প্রকল্প বাস্তবায়ন কর্মকর্তা", "ইউপি সচিব"), not a name.
 */
const NAME_WORDS = [
  'উদ্দিন',
  'উদ্দীন',
  'হোসেন',
  'হোসাইন',
  'হুসাইন',
  'ইসলাম',
  'আলম',
  'খান',
  'রহমান',
  'আহমেদ',
  'আহমদ',
  'আহম্মেদ',
  'আহম্মদ',
  'খাতুন',
  'বেগম',
  'আক্তার',
  'আখতার',
  'আকতার',
  'সুলতানা',
  'চৌধুরী',
  'হক',
  'মিয়া',
  'কবির',
  'হাসান',
  'আলী',
  'শেখ',
  'দাস',
  'রায়',
  'পাল',
  'সাহা',
  'বিশ্বাস',
  'মন্ডল',
  'মণ্ডল',
  'প্রামানিক',
  'তালুকদার',
  'ভূঁইয়া',
  'ভূইয়া',
  'মজুমদার',
  'সিদ্দিকী',
  'জাহান',
  'নাহার',
  'পারভীন',
  'পারভিন',
  'ফেরদৌসী',
  'রশিদ',
  'করিম',
  'জামান',
  'মাহমুদ',
  'কুমার',
  'চন্দ্র',
  'রানী',
  'দেবী',
  'বড়ুয়া',
  'চাকমা',
  'আকন্দ',
  'মোল্লা',
  'শাহ',
  'হালদার',
  'ঘোষ',
  'সেন',
  'দত্ত',
  'ইকবাল',
  'মোস্তফা',
  'কামাল',
  'ফারুক',
  'নূর',
  'আশরাফ',
  'জাহিদ',
  'শরীফ',
  'ইমরান',
  'মামুন',
  'হাবিব',
  'সরদার',
  'মৃধা',
  'খন্দকার',
  'সিকদার',
  'জমাদার',
  'মুন্সী',
  'ফকির',
  'গাজী',
  'বাশার',
  'রাজ্জাক',
  'মান্নান',
  'আজাদ',
  'আনোয়ার',
  'হামিদ',
  'মজিদ',
  'সাত্তার',
  'জলিল',
  'খলিল',
  'রফিক',
  'শফিক',
  'তারেক',
];
/**
 * Words that open a designation and never a personal name: "উপজেলা প্রাণিসম্পদ কর্মকর্তা" is an office's title,
 * with no name in it, though প্রাণিসম্পদ is no designation word the lists know.
 */
const DESIGNATION_OPENERS = [
  'উপজেলা',
  'জেলা',
  'ইউনিয়ন',
  'বিভাগীয়',
  'আঞ্চলিক',
  'সহকারী',
  'উপ',
  'অতিরিক্ত',
  'সিনিয়র',
  'যুগ্ম',
  'প্রধান',
  'মেডিকেল',
  'আবাসিক',
  'ভারপ্রাপ্ত',
  'সিভিল',
  'নির্বাহী',
  'ঊর্ধ্বতন',
  'উর্ধ্বতন',
  ...ENGLISH_OPENERS,
  'district',
  'upazila',
  'assistant',
  'deputy',
  'senior',
  'additional',
  'executive',
  'chief',
  'divisional',
  'regional',
  'superintending',
  'sub-assistant',
  'junior',
];
/** Fields of government work that stand before a post ("শ্রম পরিদর্শক", "মৎস্য কর্মকর্তা") and never end a name. */
const SUBJECT_WORDS = [
  'শ্রম',
  'কৃষি',
  'মৎস্য',
  'সমবায়',
  'পরিসংখ্যান',
  'খাদ্য',
  'প্রাণিসম্পদ',
  'যুব',
  'সমাজসেবা',
  'শিক্ষা',
  'স্বাস্থ্য',
  'নির্বাচন',
  'ভূমি',
  'রাজস্ব',
  'বন',
  'পরিবেশ',
  'ক্রীড়া',
  'শিল্প',
  'বিপণন',
  'সম্প্রসারণ',
  'প্রকৌশল',
  'কারিগরি',
  'আনসার',
  'কারা',
  'ত্রাণ',
  'দুর্যোগ',
  'সঞ্চয়',
  'বিদ্যুৎ',
  'আবহাওয়া',
  'কল্যাণ',
  'মহিলা',
  'সংস্কৃতি',
  'কালচারাল',
];
/** Words of an office or an address; never part of a personal name. */
const PLACE_WORDS = ['অধিদপ্তর', 'কার্যালয়', 'মন্ত্রণালয়', 'বিভাগ', 'দপ্তর', 'শাখা', 'সেল', 'কেন্দ্র', 'সচিবালয়'];

/** An organisation or office in the genitive ("হাসপাতালের", "কেন্দ্রের", "অফিসের", "শাখার"). */
const ORGANISATION_GENITIVE =
  /^(?:হাসপাতাল|কেন্দ্র|অফিস|কার্যালয়|দপ্তর|অধিদপ্তর|ইউনিট|কমপ্লেক্স|একাডেমি|ইনস্টিটিউট|ব্যাংক|বোর্ড|কর্পোরেশন|পরিষদ|শাখা|প্রতিষ্ঠান|সংস্থা|ট্রাস্ট)(?:ের|র)$/u;

const HEAD_WORD = squash('প্রধান');
/** Posts only as a post's last word ("বিভাগীয় প্রধান", "জেল সুপার"), not in "প্রধান সড়ক", "নিউ সুপার মার্কেট". */
const ENDS_ONLY = new Set([HEAD_WORD, squash('সুপার')]);
function endsPost(tokens: readonly string[], j: number): boolean {
  const here = tokens[j] ?? '';
  const next = tokens[j + 1];
  return (
    /[,;।:ঃ]$/u.test(here) ||
    next === undefined ||
    next.startsWith('(') ||
    /^[-–—]$/u.test(next) ||
    NAME_WORD_SET.has(bare(next)) ||
    isRoleWord(next) ||
    /^[0-9০-৯+]/u.test(next)
  );
}

/** The words that join two posts one officer holds. */
const AND = new Set(['ও', 'এবং', '&', 'and']);

const norm = (words: readonly string[]) => new Set(words.map((w) => squash(w)));
// Compared as bare words, as the tokens are: "Mr." is "mr" once its full stop is taken off.
const COURTESY_SET = new Set(COURTESY.map((w) => bare(w)));
const OPENER_SET = norm(NAME_OPENERS);
const ROLE_SET = norm(ROLES);
const MODIFIER_SET = norm(MODIFIERS);
const PLACE_SET = norm(PLACE_WORDS);
const DESIGNATION_OPENER_SET = norm(DESIGNATION_OPENERS);
const NAME_WORD_SET = norm(NAME_WORDS);
const SUBJECT_SET = norm(SUBJECT_WORDS);
const hasNameWord = (tokens: readonly string[]) => tokens.some((t) => NAME_WORD_SET.has(bare(t)));

/**
 * The designation starts earlier than its known words when a word that only opens designations stands before
 * them with nothing that ends a name in between ("জেলা প্রাণিসম্পদ কর্মকর্তা", "ডাঃ X, উপজেলা কৃষি অফিসার").
 */
function designationStart(tokens: readonly string[], first: number, start: number): number {
  for (let p = first; p < start; p++) {
    if (!DESIGNATION_OPENER_SET.has(bare(tokens[p] ?? ''))) continue;
    const between = tokens.slice(p, start);
    if (between.length <= 5 && !between.some((t) => /[,;]$/.test(t))) return p;
  }
  return start;
}

/** A word without edge punctuation or a hyphenated prefix: "উপ-পরিচালক," -> "পরিচালক". */
function bare(token: string): string {
  return squash(token).replace(/^[(,;]+|[),;।.]+$/g, '');
}

export function isRoleWord(token: string): boolean {
  const b = bare(token);
  if (ROLE_SET.has(b) || ROLE_SET.has(b.split('-').pop() ?? b) || ROLE_ENDINGS.test(b)) return true;
  // A role with its rank written on ("উপমহাব্যবস্থাপক", "মহাব্যবস্থাপক", "উপসচিব", "সহপরিচালক").
  const ranked = /^(?:উপমহা|উপ|সহ|মহা)(.{3,})$/u.exec(b.split('-').pop() ?? b)?.[1];
  return ranked !== undefined && ROLE_SET.has(ranked);
}

/** A role word with the genitive of a sentence ("প্রকৌশলীর নিকট", "অফিসারের কাছে"): the role without it. */
function withoutGenitive(token: string): string | null {
  const m = /^(.+?)(?:ের|র)$/u.exec(token);
  return m?.[1] !== undefined && isRoleWord(m[1]) ? m[1] : null;
}

function isDesignationWord(token: string): boolean {
  const b = bare(token);
  return isRoleWord(token) || MODIFIER_SET.has(b) || b.split('-').every((part) => MODIFIER_SET.has(part) || ROLE_SET.has(part));
}

export function hasPlaceWord(text: string): boolean {
  return text.split(/\s+/).some((t) => PLACE_SET.has(bare(t)));
}

/** Where the designation starts and ends (exclusive) in the tokens, searching from `from`. */
function findDesignation(tokens: readonly string[], from: number): { start: number; end: number } | null {
  for (let i = from; i < tokens.length; i++) {
    let j = i;
    let lastRole = -1;
    for (;;) {
      while (j < tokens.length && isDesignationWord(tokens[j] ?? '')) {
        // "প্রধান" is a post ("বিভাগীয় প্রধান") but not in "প্রধান কার্যালয়" (the head office).
        if (isRoleWord(tokens[j] ?? '') && (!ENDS_ONLY.has(bare(tokens[j] ?? '')) || endsPost(tokens, j))) lastRole = j;
        j++;
      }
      // A subject word or two the lists do not know, inside a designation: "সহকারী মৎস্য কর্মকর্তা", "সহকারী যুব
      // উন্নয়ন কর্মকর্তা". Only when a role word follows and the words are no name and end no phrase.
      const gap = j > i && lastRole >= 0 ? subjectGap(tokens, j) : 0;
      if (gap === 0) break;
      j += gap;
    }
    if (lastRole < 0) {
      i = Math.max(i, j - 1);
      continue;
    }
    let end = lastRole + 1;
    // A bracketed part belongs to the designation: "উপ-পরিচালক (প্রশাসন)", and the whole of one the designation
    // has opened: "লিগ্যাল এইড অফিসার (সিনিয়র সহকারী জজ)".
    const opened = tokens.slice(i, end).join(' ');
    const afterComma = /[,;]$/u.test(tokens[end - 1] ?? '');
    if ((tokens[end]?.startsWith('(') === true && !afterComma) || opened.split('(').length > opened.split(')').length) {
      while (end < tokens.length && !(tokens[end] ?? '').includes(')')) end++;
      end = Math.min(end + 1, tokens.length);
    }
    // An English post written in Bangla letters with its "of": "রেজিস্ট্রার অব কপিরাইটস", "কন্ট্রোলার অব এক্সামিনেশনস".
    if (tokens[end] === 'অব' && end === lastRole + 1) {
      let k = end + 1;
      while (k < tokens.length && k <= end + 6 && !/^[(]/u.test(tokens[k] ?? '') && !PLACE_SET.has(bare(tokens[k] ?? ''))) {
        const last = /[,;।]$/u.test(tokens[k] ?? '');
        k++;
        if (last) break;
      }
      if (k > end + 1) end = k;
    }
    // Two posts held together: "সহকারী কমিশনার (ভূমি) ও এক্সিকিউটিভ ম্যাজিস্ট্রেট".
    if (AND.has(tokens[end] ?? '')) {
      const also = findDesignation(tokens, end + 1);
      // "Engineer and Ship Surveyor": a subject word may open the second post.
      const subject = also !== null && also.start === end + 2 && subjectGap(tokens, end + 1) === 1;
      if (also !== null && (designationStart(tokens, end + 1, also.start) === end + 1 || subject)) end = also.end;
    }
    return { start: i, end };
  }
  return null;
}

/**
 * Where the designation really starts: after the comma that ends a name ("শারমিন সুলতানা, জন্ম ও মৃত্যু নিবন্ধন
 * সহকারী"); at a word only designations open with; or at the first word when nothing before it is a name.
 */
/** Words that name a branch of an office ("সাধারণ শাখা", "হিসাব শাখার"). */
const BRANCH = new Set(['শাখা', 'শাখার', 'section', 'branch'].map((w) => squash(w)));

function headOfDesignation(tokens: readonly string[], first: number, start: number, named: boolean): number {
  const comma = tokens
    .slice(first, start)
    .map((t) => /[,;]$/.test(t))
    .lastIndexOf(true);
  if (comma >= 0) return first + comma + 1;
  // A branch before the post ("সাধারণ শাখা প্রশাসনিক কর্মকর্তা") is where the officer sits, not the post.
  const branch = tokens
    .slice(first, start)
    .map((t) => BRANCH.has(bare(t)))
    .lastIndexOf(true);
  // "শাখা ব্যবস্থাপক" (a branch manager): the word opens the post itself when nothing names a branch before it.
  if (branch > 0 && !named) return first + branch + 1;
  const opened = designationStart(tokens, named ? first + 2 : first, start);
  // "মোঃ হাসিবুল হক শ্রম পরিদর্শক": a subject word or two before the post (a field of government work) are the post's;
  // any other word there is the name's ("মোঃ রফিকুল ইসলাম রাজু হিসাবরক্ষক": a nickname).
  if (named && opened === start) {
    for (let k = 2; k >= 1; k--) {
      const subject = tokens.slice(start - k, start);
      if (start - k - 1 < first + 1 || subject.some((t) => NAME_WORD_SET.has(bare(t)) || /[,;)]$/u.test(t) || PLACE_SET.has(bare(t)))) continue;
      if (subject.every((t) => SUBJECT_SET.has(bare(t)))) return start - k;
    }
  }
  const before = tokens.slice(first, opened);
  // "হাসপাতালের তত্ত্বাবধায়ক": an organisation in the genitive before the post is where the officer sits.
  const genitive = before.map((t) => ORGANISATION_GENITIVE.test(bare(t))).lastIndexOf(true);
  if (!named && genitive >= 0) return first + genitive + 1;
  // Words before the designation that hold nothing of a name are its own ("Revenue Deputy Collector").
  if (!named && before.length <= 3 && !hasNameWord(before)) return first;
  return opened;
}

/** How many unknown words at `j` (one or two) stand between designation words and a following role word; 0 if none. */
function subjectGap(tokens: readonly string[], j: number): number {
  for (let k = 1; k <= 2; k++) {
    const words = tokens.slice(j, j + k);
    const after = tokens[j + k];
    if (words.length < k || after === undefined) return 0;
    if (words.some((w) => /[,;:ঃ।]$/u.test(w) || NAME_WORD_SET.has(bare(w)) || isDesignationWord(w) || PLACE_SET.has(bare(w)))) return 0;
    if (isRoleWord(after)) return k;
  }
  return 0;
}

export interface NameParts {
  name: string | null;
  designation: string | null;
  rest: string | null;
}

const joined = (tokens: readonly string[]): string | null => {
  // A name or a post never ends with the danda of the sentence it closed ("…, উপজেলা কৃষি অফিসার।").
  let text = normalizeLine(tokens.join(' ')).replace(/^[,;:ঃ\s]+|[,;:ঃ।\s]+$/gu, '');
  // "(Senior Upazila Fisheries Officer" from "… (Senior Upazila Fisheries Officer), who …": a bracket it does not close.
  if (text.startsWith('(') && !text.includes(')')) text = text.slice(1).trim();
  if (text.endsWith(')') && !text.includes('(')) text = text.slice(0, -1).trim();
  return text === '' ? null : text;
};

/** "জনাব মোঃ আলীমুজ্জামান খান জেলা আইসিটি অফিসার" -> name "মোঃ আলীমুজ্জামান খান", designation "জেলা আইসিটি অফিসার". */
export function splitNameDesignation(head: string): NameParts {
  // "(ফোকাল পয়েন্ট) মোছাঃ …": a note of the duty before the block is set aside, and kept with the rest.
  const note = /^(\([^()]*\))\s*(\S.*)$/u.exec(normalizeLine(head));
  if (note?.[1] !== undefined && note[2] !== undefined && DUTY_NOTE.test(note[1])) {
    const parts = splitNameDesignation(note[2]);
    return { ...parts, rest: joined([note[1], ...(parts.rest === null ? [] : [parts.rest])]) };
  }
  const tokens = normalizeLine(head)
    .split(' ')
    .filter((t) => t !== '');
  // "হাসপাতালের তত্ত্বাবধায়ক ডাঃ …": the organisation the post belongs to, in the genitive, is kept with the rest.
  if (tokens.length > 1 && ORGANISATION_GENITIVE.test(bare(tokens[0] ?? ''))) {
    const parts = splitNameDesignation(tokens.slice(1).join(' '));
    if (parts.designation !== null) return { ...parts, rest: joined([tokens[0] ?? '', ...(parts.rest === null ? [] : [parts.rest])]) };
  }
  let first = 0;
  while (first < tokens.length && COURTESY_SET.has(bare(tokens[first] ?? ''))) first++;
  const courtesy = first > 0;
  const opener = OPENER_SET.has(squash(tokens[first] ?? ''));
  // A personal name has at least one word of its own before any designation.
  const searched = findDesignation(tokens, courtesy || opener ? first + (opener ? 2 : 1) : first);
  const found = searched === null ? null : { ...searched, start: headOfDesignation(tokens, first, searched.start, courtesy || opener) };
  const beforeEnd = found?.start ?? tokens.length;
  const before = tokens.slice(first, beforeEnd);
  const after = found === null ? [] : tokens.slice(found.end);
  const designation = found === null ? null : joined(tokens.slice(found.start, found.end));
  const looksLikeName = (courtesy || opener || designation !== null) && before.length > 0 && !hasPlaceWord(before.join(' '));
  // The post first and the name after it ("স্যানিটারি ইন্সপেক্টর মোঃ X", "সহকারী প্রকৌশলী জনাব X", "কানুনগো শাহনাজ
  // বেগম"): the words after are a name when they open as one or hold a name's word.
  const nameAfter = designation !== null && before.length === 0 && !looksLikeName ? trailingName(after) : null;
  if (nameAfter !== null) return withoutDutyNote({ name: nameAfter, designation, rest: null });
  return withoutDutyNote({
    name: looksLikeName ? joined(before) : null,
    designation,
    rest: joined(looksLikeName ? after : [...tokens.slice(0, first), ...before, ...after]),
  });
}

/** A bracketed note of the duty an officer holds ("(ফোকাল পয়েন্ট)", "(ভারপ্রাপ্ত)", "(অতিরিক্ত দায়িত্ব)"). */
const DUTY_NOTE = /^\((?:[^()]*\s)?(?:ফোকাল|focal|ভারপ্রাপ্ত|দায়িত্ব|দায়িত্বপ্রাপ্ত|চলতি|in-charge|incharge)(?:\s[^()]*)?\)$/iu;

/**
 * "সচিব, আলমডাঙ্গা পৌরসভা, জনাব মোঃ শহিদুল ইসলাম": after the post and its office, a part that a courtesy title opens is
 * the officer's name.
 */
const COURTESY_PART = /(^|,\s*)(?:জনাব|জনাবা|mr\.?|mrs\.?|ms\.?)\s+([^,;()]{3,60})(?=,|;|$)/iu;

/** Such a note at the start or the end of a name is no part of it: it is kept with the rest of the block. */
function withoutDutyNote(found: NameParts): NameParts {
  let parts = found;
  const courtesy = parts.name === null && parts.designation !== null && parts.rest !== null ? COURTESY_PART.exec(parts.rest) : null;
  if (courtesy?.[2] !== undefined && parts.rest !== null && !hasPlaceWord(courtesy[2])) {
    const rest = `${parts.rest.slice(0, courtesy.index)}${parts.rest.slice(courtesy.index + courtesy[0].length)}`;
    parts = { ...parts, name: joined([courtesy[2]]), rest: joined([rest]) };
  }
  const name = parts.name;
  if (name === null) return parts;
  const m = /^(\([^()]*\))\s*(.+)$/u.exec(name) ?? /^(.+?)\s*(\([^()]*\))$/u.exec(name);
  if (m === null) return parts;
  const [note, rest] = m[1]?.startsWith('(') === true ? [m[1], m[2]] : [m[2], m[1]];
  if (note === undefined || rest === undefined || !DUTY_NOTE.test(note)) return parts;
  return { ...parts, name: joined([rest]), rest: joined([note, ...(parts.rest === null ? [] : [parts.rest])]) };
}

/** The words after a designation as a personal name, or null: a courtesy title or a name's opener or word, no place. */
function trailingName(after: readonly string[]): string | null {
  let k = 0;
  while (k < after.length && COURTESY_SET.has(bare(after[k] ?? ''))) k++;
  const words = after.slice(k);
  if (words.length === 0 || words.length > 5 || hasPlaceWord(words.join(' ')) || words.some(isRoleWord)) return null;
  const opens = k > 0 || OPENER_SET.has(squash(words[0] ?? ''));
  return opens || hasNameWord(words) || englishName(words) ? joined(words) : null;
}

/** Words of an English office, unit or address ("Immigration Check Post", "Divisional Office"): never a name's. */
const ENGLISH_PLACE =
  /^(?:office|desk|counter|post|check|division|divisional|directorate|department|ministry|bank|branch|limited|ltd|plc|board|authority|station|junction|road|bhaban|building|sadar|city|corporation|cent(?:re|er)|complex|hospital|school|college|court|upazila|district|zila|union|range|circle|zone|region|unit|cell|section|wing|camp|port|house|tower|market|bazar|council|parishad|pourashava|municipality|thana|police|immigration|customs|statistics|bureau|institute|academy|foundation|trust|commission|secretariat|headquarters|bangladesh|dhaka)$/iu;

/** Words of personal names as they are written in English ("Sultana", "Akter", "Islam"); never of a place. */
const ENGLISH_NAME_WORDS = new Set(
  (
    'md mohammad mohammed muhammad abdul abu nasrin sultana begum akter akhter aktar khatun islam rahman hossain hussain hasan ' +
    'haque hoque huq karim alam ahmed ahmad uddin ali khan chowdhury sarker sarkar das roy saha paul pal biswas mondal mandal ' +
    'parvin parveen ferdous ferdousi jahan nahar yasmin yeasmin rashid kabir miah mia sheikh talukder bhuiyan majumder ' +
    'siddique siddiqui akand mollah shah ghosh sen dutta iqbal kamal faruk farzana shamima rokeya ayesha fatema nusrat ' +
    'tahmina rahima salma shirin sharmin afroza afroz rehana rabeya jannat nasima nazma nargis hasina ruma moriom mahmud ' +
    'mahmood zaman jaman anwar aziz azad habib hamid hafiz kader kamrul mizanur shafiqul saiful aminul rafiqul rezaul ' +
    'mahbub mostafa mustafa nurul nur shahidul shahin tariq tarek monir sohel sumon kumar chandra rani debi barua chakma'
  ).split(' '),
);

/**
 * "Nasrin Sultana" after "Assistant Statistical Officer,": two to four capitalised English words of no office, one
 * of them a word of names ("Kaliganj Gazipur", "Chapai Nawabganj" are places).
 */
function englishName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const plain = words.map((w) => w.replace(/[,;.]+$/u, ''));
  const shaped = plain.every((b) => /^[A-Z][a-z]+$/u.test(b) && !ENGLISH_PLACE.test(b) && !isDesignationWord(b));
  return shaped && plain.some((b) => ENGLISH_NAME_WORDS.has(b.toLowerCase()));
}

/** A designation named inside a sentence ("… সহকারী কমিশনার (ভূমি) আবেদন নিষ্পত্তি করেন"), for charters written as prose. */
export function designationIn(sentence: string): string | null {
  // A sentence names the officer in the genitive ("নির্বাহী প্রকৌশলীর নিকট"): the designation is the word without it.
  const tokens = normalizeLine(sentence)
    .split(' ')
    .filter((t) => t !== '')
    .map((t) => withoutGenitive(t) ?? t);
  const found = findDesignation(tokens, 0);
  if (found === null) return null;
  const designation = joined(tokens.slice(designationStart(tokens, 0, found.start), found.end));
  // "প্রবাসে মৃত কর্মীর লাশ …": a word alone for workers or members in general names no officer.
  return designation !== null && GENERIC_ROLES.has(squash(designation)) ? null : designation;
}

/** Role words that, alone in a sentence, mean people in general, not an office's post. */
const GENERIC_ROLES = norm(['কর্মী', 'কর্মচারী', 'সদস্য', 'উদ্যোক্তা', 'শিক্ষক', 'নার্স', 'সহায়ক', 'member', 'members', 'staff']);
