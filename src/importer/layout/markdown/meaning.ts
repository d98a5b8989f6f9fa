// What a markdown title, label or heading means: the section a title names, the service field or grievance column a label names, a step's or a service's number.
import { toAsciiDigits } from '../../../bangla/digits.ts';
import { bnRegExp, squash } from '../../../charter/match.ts';
import { parseFee } from '../../../charter/fee.ts';
import { parseTimeLimit } from '../../../charter/time-limit.ts';
import { SERVICE_COLUMNS, scoreTitle, type ColumnSpec, type ServiceColumn } from '../../columns/columns.ts';

export type TitleKind = 'vision' | 'services' | 'subordinate' | 'expectations' | 'grievance';

/** Words of the section titles, checked in this order ("আওতাধীন দপ্তরের সেবা" names services too). */
const TITLE_WORDS: ReadonlyArray<readonly [TitleKind, readonly string[]]> = [
  ['subordinate', ['আওতাধীন', 'অধীনস্থ দপ্তর', 'অধীন দপ্তর', 'subordinate office']],
  ['grievance', ['অভিযোগ প্রতিকার', 'অভিযোগ ব্যবস্থাপনা', 'অভিযোগ নিষ্পত্তি ব্যবস্থা', 'grievance redress', 'grievance management']],
  ['expectations', ['প্রত্যাশা', 'expectation', 'expect from you']],
  ['vision', ['ভিশন', 'রূপকল্প', 'মিশন', 'অভিলক্ষ্য', 'vision', 'mission']],
  [
    'services',
    [
      'প্রতিশ্রুত সেবা',
      'প্রদত্ত সেবা',
      'সেবাসমূহ',
      'সেবার তালিকা',
      'সেবা তালিকা',
      'নাগরিক সেবা',
      'প্রাতিষ্ঠানিক সেবা',
      'অভ্যন্তরীণ সেবা',
      'অভ্যন্তরীন সেবা',
      'promised services',
      'citizen services',
      'citizen service',
      'institutional services',
      'institutional service',
      'internal services',
      'internal service',
      'list of services',
      'our services',
      'services provided',
    ],
  ],
];
const SQUASHED_TITLES = TITLE_WORDS.map(([kind, words]) => [kind, words.map(squash)] as const);
/** Titles that name the services only when they are the whole title ("2. Services"), not inside a service's name. */
const WHOLE_SERVICES_TITLES = new Set(['services', 'service', 'সেবা', 'সেবাসমূহ', 'সেবাতালিকা'].map(squash));

/** What section a title names, or null; a long line or a sentence is no title. */
export function titleKind(text: string): TitleKind | null {
  if (text.length > 80 || text.endsWith('।')) return null;
  if (/\bGRS\b/.test(text) && !/আওতাধীন/.test(text)) return 'grievance';
  const s = squash(text);
  if (WHOLE_SERVICES_TITLES.has(squash(headingName(text).name))) return 'services';
  return SQUASHED_TITLES.find(([, words]) => words.some((w) => s.includes(w)))?.[0] ?? null;
}

/** Labels converters write that table titles do not use. */
const EXTRA_LABELS: ReadonlyArray<readonly [string, ServiceColumn]> = (
  [
    ['আপিল', 'superior'],
    ['appeal', 'superior'],
    ['appellate', 'superior'],
    ['প্রক্রিয়া', 'channels'],
    ['যোগাযোগ', 'responsible'],
    ['contact', 'responsible'],
  ] as const
).map(([w, k]) => [squash(w), k] as const);

const GROUP = new Map(SERVICE_COLUMNS.map((c) => [c.key, c.partOf ?? c.key]));

/** The service field a label names, by the titles' words (columns.ts); null when none, or two, fit. */
export function serviceKey(label: string, value: string): { key: ServiceColumn; score: number } | null {
  if (label.length > 60) return null;
  const ranked = [...scoreTitle(label, SERVICE_COLUMNS)].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (best === undefined) {
    const s = squash(label);
    const extra = EXTRA_LABELS.find(([w]) => s.includes(w));
    return extra === undefined ? null : { key: extra[1], score: 2 };
  }
  const rival = ranked.find(([k]) => GROUP.get(k) !== GROUP.get(best[0]));
  if (rival === undefined || best[1] - rival[1] >= 2) return { key: best[0], score: best[1] };
  // "Service Delivery Time": the value says which ("৭ কার্যদিবস" is a time limit, "৫০ টাকা" a fee).
  const rivals = [best[0], rival[0]];
  if (rivals.includes('timeLimit') && value !== '') {
    const t = parseTimeLimit(value);
    if (t.workingDays !== null || t.immediate) return { key: 'timeLimit', score: best[1] };
  }
  if (rivals.includes('fee') && value !== '' && parseFee(value).kind !== 'text') return { key: 'fee', score: best[1] };
  return null;
}

export const OFFICERS: ReadonlySet<ServiceColumn> = new Set(['responsible', 'superior', 'alternate']);
/** Labels of the parts of an officer's block, which the block reader does not need ("নাম:", "পদবি:"). */
export const PERSON_PART = bnRegExp('^(?:নাম|পদবি|পদবী|পদ|কর্মকর্তার নাম|name|designation|officer)\\s*$', 'i');

export type GrievanceKey = 'when' | 'role' | 'contact' | 'days';
const GRIEVANCE_FIELDS: readonly ColumnSpec<GrievanceKey>[] = [
  { key: 'when', words: ['কখন', 'when to', '=when'] },
  { key: 'role', words: ['কার সঙ্গে', 'কার সাথে', 'কাহার', 'whom', '=role'] },
  { key: 'days', words: ['নিষ্পত্তির সময়', 'সময়সীমা', 'সময়', 'মেয়াদ', 'time limit', 'resolution time', 'deadline', 'timeframe', '=time', '=days'] },
  { key: 'contact', words: ['ঠিকানা', 'address', ['=contact', 2], 'contact details', 'যোগাযোগের তথ্য'] },
];
const GRIEVANCE_ORDER: readonly GrievanceKey[] = ['when', 'role', 'days', 'contact'];

/** The grievance column a label names; a sentence ("অনিক নির্দিষ্ট সময়ে … ব্যর্থ হলে আপিল কর্মকর্তা") is no label. */
export function grievanceKey(label: string): GrievanceKey | null {
  if (label.length > 32 || hasRoleWord(label) || WHEN_MARKS.some((w) => label.includes(w))) return null;
  const scores = scoreTitle(label, GRIEVANCE_FIELDS);
  let best: GrievanceKey | null = null;
  let top = 0;
  for (const key of GRIEVANCE_ORDER) {
    const s = scores.get(key) ?? 0;
    if (s > top) [best, top] = [key, s];
  }
  return best;
}

/** Words that name a step of grievance redress, as the lint's roles do. */
export const ROLE_WORDS = [
  'অনিক',
  'অভিযোগ নিষ্পত্তি কর্মকর্তা',
  'আপিল',
  'মন্ত্রিপরিষদ',
  'মন্ত্রীপরিষদ',
  'মন্ত্রি পরিষদ',
  'মন্ত্রী পরিষদ',
  'অভিযোগ ব্যবস্থাপনা সেল',
  'grievance redress officer',
  'grievance officer',
  'gro',
  'appeal',
  'appellate',
  'cabinet',
  'grs cell',
  'focal point',
].map(squash);
export const hasRoleWord = (text: string): boolean => {
  const s = squash(text);
  return ROLE_WORDS.some((w) => (w === 'gro' ? /\bGRO\b/.test(text) : s.includes(w)));
};
/** Where "when to go" ends in a Bangla step: "… সমাধান দিতে ব্যর্থ হলে". */
export const WHEN_MARKS = ['ব্যর্থ হলে', 'না পেলে', 'সন্তুষ্ট না হলে', 'অসন্তুষ্ট হলে', 'না হলে', 'ব্যর্থ হন'].map((w) => w.normalize('NFC'));
export const WHEN_EN = /^(?:if|when|in case)\b|\bfails?\b|\bnot (?:satisfied|resolved)\b/i;
export const DAYS_LABELS = ['নিষ্পত্তির সময়', 'সময়সীমা', 'time limit', 'resolution time', 'deadline', 'disposal time'].map((w) => w.normalize('NFC'));
const STEP_LABEL = bnRegExp(
  '^(?:(?:ধাপ|স্তর|পর্যায়|step|level|tier) ?[-–]? ?([০-৯0-9]{1,2})|(প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|first|second|third|fourth) (?:ধাপ|স্তর|পর্যায়|step|level|tier))(?: ?[-–:ঃ.)] ?| |$)',
  'i',
);
const ORDINALS = new Map(
  Object.entries({ প্রথম: 1, দ্বিতীয়: 2, তৃতীয়: 3, চতুর্থ: 4, first: 1, second: 2, third: 3, fourth: 4 }).map(([w, n]) => [w.normalize('NFC'), n] as const),
);

/** "ধাপ ১: …", "Step 2 - …", "প্রথম ধাপ: …": the step's number and the rest. */
export function stepLabel(text: string): { serial: number | null; rest: string } | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = STEP_LABEL.exec(t);
  if (m === null) return null;
  const serial = m[1] !== undefined ? Number(toAsciiDigits(m[1])) : (ORDINALS.get((m[2] ?? '').toLowerCase()) ?? null);
  return { serial, rest: t.slice(m[0].length).trim() };
}

const HEAD_PREFIX = bnRegExp('^(?:সেবা|service|ক্রমিক|sl\\.?|sr\\.?)(?: ?(?:নং|নম্বর|no\\.?|#))? ?[-:ঃ.]? ?(?=[০-৯0-9])', 'i');
const HEAD_NUMBER = /^([০-৯0-9]{1,3})((?: ?\. ?[০-৯0-9]{1,3}){0,3})/;
const HEAD_SEP = /^ ?[.):ঃ।\-–—] ?/;

/** "১. জন্ম নিবন্ধন", "সেবা ৩: …", "২.১.৪ …": the number as written (its last part) and the name. */
export function headingName(text: string): { serial: string | null; name: string } {
  let t = text.replace(/\s+/g, ' ').trim();
  const prefix = HEAD_PREFIX.exec(t);
  if (prefix !== null) t = t.slice(prefix[0].length);
  const num = HEAD_NUMBER.exec(t);
  if (num?.[1] === undefined) return { serial: null, name: text.trim() };
  const parts = `${num[1]}${num[2] ?? ''}`.split('.').map((p) => p.trim());
  const rest = t.slice(num[0].length);
  const sep = HEAD_SEP.exec(rest);
  if (sep === null && rest !== '' && !(prefix !== null && rest.startsWith(' '))) return { serial: null, name: text.trim() };
  return { serial: parts[parts.length - 1] ?? null, name: rest.slice(sep?.[0].length ?? 0).trim() };
}
