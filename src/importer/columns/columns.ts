// Column titles to fields, by meaning: every header cell is scored against every field of a table's spec, so
// spelling variants, split words, English titles and columns in any order are read, and a title that could
// mean two things is reported (columns.ambiguous) instead of guessed.
import { foldBangla } from '../../bangla/fold.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import { issue, type Issue } from '../../charter/finding.ts';
import type { FindingParams } from '../../charter/model.ts';

/**
 * A word a title holds for a field: "কাগজ" (weight 3), ["পদ্ধতি", 1] (a weak hint). A word starting with "="
 * must be a whole word of the title ("=নং", "=fee"): short words would otherwise be found inside others
 * (ফি in অফিসিয়াল, নং in সংখ্যা). A word starting with "^" must be the whole title ("^service": a column titled
 * "Service" alone is the name, while "Cost of the service" is the fee).
 */
export type Keyword = string | readonly [string, number];

export interface ColumnSpec<K extends string> {
  key: K;
  words: readonly Keyword[];
  /**
   * A part of another field that some documents give its own column: "প্রাপ্তিস্থান" beside "কাগজপত্র",
   * "পরিশোধ পদ্ধতি" beside "মূল্য". Alone, the column is read as that field; beside it, the caller joins both.
   */
  partOf?: K;
  /** Titles of this field are short: in a title of more than three words its words mean something else ("টেলিফোন নং"). */
  short?: boolean;
}

export interface HeaderForms<K extends string> {
  /** Fields a table must have; one missing is `columns.missing`. */
  required: readonly K[];
  /** The column sets of the standard forms; another set is `columns.non-standard`. */
  standard: readonly (readonly K[])[];
  /** Names of fields for messages, English and Bangla. */
  names: Readonly<Record<K, readonly [string, string]>>;
}

interface Compiled<K extends string> {
  key: K;
  group: K;
  short: boolean;
  contains: Array<readonly [string, number]>;
  tokens: Array<readonly [string, number]>;
  whole: Array<readonly [string, number]>;
}

export interface HeaderIssue {
  /** 1-based column, or null for the table as a whole. */
  column: number | null;
  issue: Issue;
  /** The fields an ambiguous column could be, for the table reader to decide by the cells. */
  claims?: readonly string[];
}

export interface HeaderResult<K extends string> {
  map: Array<K | null>;
  issues: HeaderIssue[];
}

const JOINERS = /[\u200C\u200D]/g;

/**
 * A title compared without spaces or joiners, lower-cased, with confusable spellings folded (ণ/ন, ী/ি, ঃ ...):
 * "পরিশোধপদ্ধ তি" = "পরিশোধ পদ্ধতি", "সেবার ধরণ" = "সেবার ধরন".
 */
export function squashTitle(text: string): string {
  return foldBangla(text);
}

function tokensOf(text: string): Set<string> {
  return new Set(
    normalizeLine(text)
      .replace(JOINERS, '')
      .toLowerCase()
      .split(/[\s,.;:ঃ()/\\\-–|&]+/u)
      .filter((t) => t !== '')
      .map(foldBangla),
  );
}

const compiledCache = new WeakMap<object, Compiled<string>[]>();
/** Scores per title, per column list: the same header repeats on every page and in every sub-section. */
const scoreCache = new WeakMap<object, Map<string, Map<string, number>>>();
const SCORE_CACHE_SIZE = 2000;

function compile<K extends string>(columns: readonly ColumnSpec<K>[]): Compiled<K>[] {
  const cached = compiledCache.get(columns);
  if (cached !== undefined) return cached as Compiled<K>[];
  const out = columns.map((c): Compiled<K> => {
    const contains: Array<readonly [string, number]> = [];
    const tokens: Array<readonly [string, number]> = [];
    const whole: Array<readonly [string, number]> = [];
    for (const w of c.words) {
      const [text, weight] = typeof w === 'string' ? [w, 3] : w;
      if (text.startsWith('=')) tokens.push([foldBangla(text.slice(1)), weight]);
      else if (text.startsWith('^')) whole.push([squashTitle(text.slice(1)), weight]);
      else contains.push([squashTitle(text), weight]);
    }
    return { key: c.key, group: c.partOf ?? c.key, short: c.short === true, contains, tokens, whole };
  });
  compiledCache.set(columns, out);
  return out;
}

/** The score of a title for each field: the weight of the strongest word it holds. */
export function scoreTitle<K extends string>(title: string, columns: readonly ColumnSpec<K>[]): ReadonlyMap<K, number> {
  let cache = scoreCache.get(columns);
  if (cache === undefined) {
    cache = new Map();
    scoreCache.set(columns, cache);
  }
  const hit = cache.get(title);
  if (hit !== undefined) return hit as Map<K, number>;
  // A note in brackets after a title that names its column ("… ই-মেইল (প্রয়োজনে অফিস চলাকালীন সময়ে যোগাযোগ করুন)")
  // says how to use the column, not what it holds: the title outside the brackets decides.
  const outside = title.replace(/\([^()]*\)/gu, ' ').trim();
  const plain = outside !== title.trim() && outside !== '' ? computeScores(outside, columns) : null;
  const scores = plain !== null && Math.max(0, ...plain.values()) >= 3 ? plain : computeScores(title, columns);
  if (cache.size >= SCORE_CACHE_SIZE) cache.clear();
  cache.set(title, scores);
  return scores;
}

function computeScores<K extends string>(title: string, columns: readonly ColumnSpec<K>[]): Map<K, number> {
  const scores = new Map<K, number>();
  if (title.trim() === '') return scores;
  const squashed = squashTitle(title);
  let tokens: Set<string> | null = null;
  for (const c of compile(columns)) {
    if (c.short) {
      tokens ??= tokensOf(title);
      if (tokens.size > 3) continue;
    }
    let best = 0;
    for (const [w, weight] of c.contains) if (weight > best && squashed.includes(w)) best = weight;
    for (const [w, weight] of c.whole) if (weight > best && squashed.replace(/[.:ঃ।]+$/u, '') === w) best = weight;
    if (c.tokens.length > 0) {
      tokens ??= tokensOf(title);
      for (const [w, weight] of c.tokens) if (weight > best && tokens.has(w)) best = weight;
    }
    if (best > 0) scores.set(c.key, best);
  }
  return scores;
}

const groupCache = new WeakMap<object, Map<string, string>>();
function groupsOf<K extends string>(columns: readonly ColumnSpec<K>[]): Map<K, K> {
  let g = groupCache.get(columns);
  if (g === undefined) {
    g = new Map(compile(columns).map((c) => [c.key, c.group]));
    groupCache.set(columns, g);
  }
  return g as Map<K, K>;
}

/** How far the best field must lead a field of another meaning for the title to be read as it. */
const LEAD = 2;

export interface Reading<K extends string> {
  key: K | null;
  score: number;
  /** The two fields it could be, when it could be either. */
  rivals: [K, K] | null;
}

/** The field one title names, when it leads every field of another meaning; its rivals when it does not. */
export function readTitle<K extends string>(title: string, columns: readonly ColumnSpec<K>[]): Reading<K> {
  const scores = scoreTitle(title, columns);
  if (scores.size === 0) return { key: null, score: 0, rivals: null };
  const groups = groupsOf(columns);
  const ranked = [...scores].sort((a, b) => b[1] - a[1]);
  const [bestKey, bestScore] = ranked[0] as [K, number];
  const rival = ranked.find(([k]) => groups.get(k) !== groups.get(bestKey));
  if (rival !== undefined && bestScore - rival[1] < LEAD) {
    // "সেবা প্রদান পদ্ধতি/সময়": one column for both; read as the method, and the time limit is found in its cells.
    const pair = new Set([bestKey, rival[0]]);
    if (pair.has('channels' as K) && pair.has('timeLimit' as K) && columns.some((c) => c.key === 'channels'))
      return { key: 'channels' as K, score: bestScore, rivals: null };
    return { key: null, score: bestScore, rivals: [bestKey, rival[0]] };
  }
  return { key: bestKey, score: bestScore, rivals: null };
}

const fieldName = <K extends string>(forms: HeaderForms<K> | undefined, key: K): readonly [string, string] => forms?.names[key] ?? [key, key];

function ambiguous(column: number, title: string, params: FindingParams, variant: string | undefined, claims: readonly string[]): HeaderIssue {
  return { column, issue: issue('columns.ambiguous', { column, title, ...params }, variant), claims };
}

const bilingual = (pair: readonly [string, string] | undefined) => ({ en: pair?.[0] ?? '', bn: pair?.[1] ?? '' });

/**
 * Maps the cells of a header row to fields. Each field goes to one column: two columns that claim it are
 * both ambiguous unless one scores higher. A part-column ("প্রাপ্তিস্থান") with no column of its whole is
 * read as the whole.
 */
export function mapTitles<K extends string>(cells: readonly string[], columns: readonly ColumnSpec<K>[], forms?: HeaderForms<K>): HeaderResult<K> {
  const issues: HeaderIssue[] = [];
  const readings = cells.map((c) => readTitle(c, columns));
  const map: Array<K | null> = readings.map((r) => r.key);
  // A title naming two fields when another column plainly holds one of them is the other: "ফি পরিশোধের পর
  // সেবা প্রদানের সময়" beside a "ফি" column is the time limit.
  const groups = groupsOf(columns);
  const held = new Set(map.filter((k): k is K => k !== null).map((k) => groups.get(k) ?? k));
  readings.forEach((r, i) => {
    if (r.rivals === null) return;
    const free = r.rivals.filter((k) => !held.has(groups.get(k) ?? k));
    if (free.length === 1 && free[0] !== undefined) map[i] = free[0];
    // "সময়সীমা ও ফি": one column for both, read as the time limit; the fee is found in its cells (services.ts).
    else if (free.length === 2 && r.rivals.includes('fee' as K) && r.rivals.includes('timeLimit' as K)) map[i] = 'timeLimit' as K;
  });
  readings.forEach((r, i) => {
    if (r.rivals === null || map[i] !== null) return;
    const [a, b] = r.rivals.map((k) => fieldName(forms, k));
    issues.push(ambiguous(i + 1, cells[i] ?? '', { a: bilingual(a), b: bilingual(b) }, undefined, r.rivals));
  });
  // Two columns for one field: the higher score keeps it; equal scores keep neither.
  const byKey = new Map<K, number[]>();
  map.forEach((k, i) => {
    if (k !== null) byKey.set(k, [...(byKey.get(k) ?? []), i]);
  });
  for (const [key, idx] of byKey) {
    if (idx.length < 2) continue;
    const top = Math.max(...idx.map((i) => readings[i]?.score ?? 0));
    const winners = idx.filter((i) => readings[i]?.score === top);
    for (const i of idx) {
      if (winners.length === 1 && i === winners[0]) continue;
      map[i] = null;
      const others = idx
        .filter((j) => j !== i)
        .map((j) => j + 1)
        .join(', ');
      issues.push(ambiguous(i + 1, cells[i] ?? '', { field: bilingual(fieldName(forms, key)), others }, 'claims', [key]));
    }
  }
  // A part-column without its whole is the whole ("কাগজপত্র ও প্রাপ্তিস্থান" in one cell scores highest as প্রাপ্তিস্থান).
  for (const c of columns) {
    if (c.partOf === undefined) continue;
    const at = map.indexOf(c.key);
    if (at >= 0 && !map.includes(c.partOf)) map[at] = c.partOf;
  }
  return { map, issues };
}

/** `columns.missing` and `columns.non-standard` for a header's map. */
export function formIssues<K extends string>(cells: readonly string[], map: ReadonlyArray<K | null>, forms: HeaderForms<K>): HeaderIssue[] {
  const issues: HeaderIssue[] = [];
  const present = new Set(map.filter((k): k is K => k !== null));
  for (const key of forms.required) {
    if (present.has(key)) continue;
    issues.push({ column: null, issue: issue('columns.missing', { field: bilingual(fieldName(forms, key)) }), claims: [key] });
  }
  let last = cells.length;
  while (last > 0 && (cells[last - 1] ?? '') === '' && map[last - 1] === null) last--;
  const keys = map.slice(0, last);
  const standard = forms.standard.some((form) => form.length === keys.length && form.every((k) => present.has(k)) && !keys.includes(null));
  if (!standard) {
    const titles = cells
      .slice(0, last)
      .map((c, i) => `(${i + 1}) ${c === '' ? '—' : c}`)
      .join(' | ');
    issues.push({
      column: null,
      issue: issue('columns.non-standard', { count: last, titles }),
    });
  }
  return issues;
}

// ---- The columns of the promised-services tables ----

export type ServiceColumn =
  | 'serial'
  | 'name'
  | 'channels'
  | 'documents'
  | 'documentsSource'
  | 'fee'
  | 'paymentMethod'
  | 'timeLimit'
  | 'responsible'
  | 'superior'
  | 'alternate'
  | 'remedy'
  | 'remarks'
  /** Who may have the service ("সেবা গ্রহীতা"), a column of older forms: kept in the remarks. */
  | 'recipients'
  /** The officer's room in a column of its own, joined to the officer block. */
  | 'room'
  /** Where the service is given ("সেবা প্রদানের স্থান"): the method when alone, beside a method column kept in the remarks. */
  | 'place';

const SUPERIOR = [
  'ঊর্ধ্বতন',
  'উর্ধ্বতন',
  'উর্ধতন',
  'ঊর্ধতন',
  'উর্দ্ধতন',
  'ঊর্দ্ধতন',
  'ঊর্ধ্ব',
  'উর্ধ্ব',
  'তত্ত্বাবধায়ক',
  'superior',
  'supervising',
  'supervisor',
  'higher authority',
];

/** Every title seen for each field, Bangla and English, with common misspellings. */
export const SERVICE_COLUMNS: readonly ColumnSpec<ServiceColumn>[] = [
  {
    key: 'serial',
    short: true,
    words: ['ক্রমিক', '=ক্রম', 'ক্রম.', 'ক্র.', '=ক্র', '=ক্রনং', '=নং', ['=নম্বর', 1], 'serial', '=sl', 's/n', '=s.n', '=no', 'sl.no', 'sr.no'],
  },
  {
    key: 'name',
    words: [
      'সেবার নাম',
      'সেবা নাম',
      'সেবার বিবরণ',
      'সেবার ধরন',
      'সেবার শিরোনাম',
      'সেবা প্রদানের বিবরণ',
      'সেবা বিবরণ',
      'সেবার প্রকার',
      'সেবার তালিকা',
      'সেবা তালিকা',
      'সেবাসমূহ',
      'সেবা সমূহ',
      'সেবাসমুহ',
      'প্রদেয় সেবা',
      'প্রদত্ত সেবা',
      'প্রদানকৃত সেবা',
      'সেবার বিষয়',
      'সেবার ক্ষেত্র',
      'কার্যক্রম',
      'কার্যাবলী',
      'কার্যাবলি',
      ['দায়িত্বাবলী', 5],
      ['দায়িত্বাবলি', 5],
      'কাজের বিবরণ',
      'কাজের নাম',
      'services',
      'service type',
      'type of service',
      'description of service',
      'service description',
      'particulars',
      'activities',
      'name of the services',
      'name of service',
      'service name',
      'name of the service',
      // A column titled by the charter itself ("সিটিজেন চার্টার সমূহ") lists the charter's services.
      'চার্টার সমূহ',
      'চার্টারসমূহ',
      'চার্টারের তালিকা',
      'নাগরিক সনদ সমূহ',
      'সনদ সমূহ',
      'citizen charters',
      ['=নাম', 1],
      ['=name', 1],
      ['service', 1],
      ['=সেবা', 1],
      // A column titled by the one word: "Service", "সেবা", "Services offered".
      '^service',
      '^সেবা',
      '^services offered',
      '^services rendered',
    ],
  },
  {
    key: 'channels',
    words: [
      'প্রদান পদ্ধতি',
      'প্রদানের পদ্ধতি',
      'প্রাপ্তির পদ্ধতি',
      'সেবা প্রদানের মাধ্যম',
      'সেবা প্রদানের প্রকৃতি',
      'সেবার প্রকৃতি',
      'প্রদানের প্রক্রিয়া',
      // "সেবা প্রদানের উপায়", "কি ভাবে সেবা পাওয়া যায়": the way to the service, as union and UNO pages title it.
      'প্রদানের উপায়',
      'প্রাপ্তির উপায়',
      'পাওয়ার উপায়',
      'কিভাবে সেবা পাওয়া',
      'কি ভাবে সেবা পাওয়া',
      'কিভাবে পাওয়া',
      'কি ভাবে পাওয়া',
      'how to get',
      'how to apply',
      'প্রক্রিয়া',
      'delivery method',
      'method of delivery',
      'service delivery',
      'procedure',
      'process',
      ['পদ্ধতি', 1],
      ['মাধ্যম', 2],
      ['method', 1],
    ],
  },
  { key: 'documents', words: ['কাগজ', 'দলিল', 'ডকুমেন্ট', 'document', 'papers', ['আবেদন ফরম', 2]] },
  {
    key: 'documentsSource',
    partOf: 'documents',
    words: [
      ['প্রাপ্তিস্থান', 4],
      ['প্রাপ্তির স্থান', 4],
      ['পাওয়ার স্থান', 4],
      ['কোথায় পাওয়া', 4],
      ['where to get', 4],
      ['where to find', 4],
      ['source of', 4],
      ['available at', 4],
    ],
  },
  {
    key: 'fee',
    words: [
      'মূল্য',
      'মুল্য',
      '=ফি',
      'ফি ও',
      'সেবার ফি',
      'খরচ',
      'শুল্ক',
      '=fee',
      'fees',
      'cost',
      'charge',
      'price',
      // The price of the form is what the citizen pays ("সেবা/আবেদন ফরমের মূল্য"): stronger than the documents'
      // "আবেদন ফরম" that the same title holds.
      ['ফরমের মূল্য', 5],
      ['ফরমের মুল্য', 5],
      ['ফর্মের মূল্য', 5],
      ['ফরমের দাম', 5],
      ['form fee', 5],
      ['price of form', 5],
    ],
  },
  {
    key: 'paymentMethod',
    partOf: 'fee',
    words: [
      ['পরিশোধ', 4],
      ['payment', 4],
      // "Service Fee and Payment Procedure": the procedure is the payment's, not the service's.
      ['payment procedure', 5],
      ['payment method', 5],
      ['method of payment', 5],
      ['mode of payment', 5],
    ],
  },
  {
    key: 'timeLimit',
    words: [
      'সময়সীমা',
      'সময়',
      'সর্বোচ্চ সময়',
      'মেয়াদ',
      // "Time Limit for Service Delivery": the limit, not the method the words "service delivery" would say.
      ['time limit', 5],
      ['delivery time', 5],
      ['providing time', 4],
      'timeline',
      'time frame',
      'duration',
      ['deadline', 5],
      ['time of service', 4],
      ['delivery period', 5],
      ['period of service', 4],
      ['service period', 4],
      ['time taken', 4],
      ['service time', 4],
      ['time required', 4],
      ['=time', 3],
      ['=days', 2],
    ],
  },
  {
    key: 'responsible',
    words: [
      'দায়িত্বপ্রাপ্ত',
      'দ্বায়িত্বপ্রাপ্ত',
      'দায়ীত্বপ্রাপ্ত',
      'দায়িত্ব',
      'দ্বায়িত্ব',
      'responsible',
      // "Officer in charge of the service": not the fee a "charge" is.
      ['in charge', 5],
      'সেবা প্রদানকারী',
      'সেবাদানকারী',
      'কার সাথে যোগাযোগ',
      'কার সঙ্গে যোগাযোগ',
      'যার সাথে যোগাযোগ',
      ['যোগাযোগ', 2],
      ['contact', 2],
      'সংশ্লিষ্ট কর্মকর্তা',
      'ফোকাল পয়েন্ট',
      'focal point',
      'contact person',
      ['officer in charge', 5],
      ['service provider', 4],
      ['providing officer', 4],
      ['কর্মকর্তা', 1],
      ['কর্মকর্তার', 1],
      ['পদবী', 1],
      ['পদবি', 1],
      ['officer', 1],
      ['official', 1],
    ],
  },
  {
    key: 'superior',
    words: [
      ...SUPERIOR.map((w) => [w, 5] as const),
      // "সেবা না পেলে প্রতিকারকারী কর্মকর্তা", "আপিল কর্তৃপক্ষ": a person to turn to, not the remedy's text.
      ['প্রতিকারকারী', 7],
      ['আপিল', 6],
      ['আপীল', 6],
      ['appeal', 6],
      ['appellate', 6],
    ],
  },
  {
    key: 'room',
    partOf: 'responsible',
    // Only a title that is the room number ("কক্ষ নং"); an officer's title often lists "রুম নম্বর" among its parts.
    words: [
      ['কক্ষ নং', 5],
      ['কক্ষ নম্বর', 5],
      ['রুম নং', 5],
      ['room no', 5],
    ],
  },
  {
    key: 'place',
    partOf: 'channels',
    words: [
      ['সেবা প্রদানের স্থান', 4],
      ['সেবা প্রাপ্তির স্থান', 4],
      ['প্রদানের স্থান', 4],
      ['সেবাদানের স্থান', 4],
      ['place of service', 4],
      ['service point', 4],
    ],
  },
  {
    key: 'alternate',
    words: [
      ['বিকল্প', 5],
      ['alternate', 5],
      ['alternative', 5],
    ],
  },
  {
    key: 'remedy',
    words: [
      ['প্রতিকার', 4],
      // "নির্দিষ্ট সময়ে সেবা না পেলে প্রতিকার ব্যবস্থা": the remedy, though the title speaks of time.
      ['না পেলে প্রতিকার', 6],
      ['ব্যর্থ হলে প্রতিকার', 6],
      ['প্রতিকার ব্যবস্থা', 6],
      ['সেবা না পেলে', 4],
      ['না পেলে', 4],
      ['remedy', 4],
      ['redress', 4],
      ['if not', 3],
    ],
  },
  {
    key: 'recipients',
    words: [
      ['সেবা গ্রহীতা', 4],
      ['সেবাগ্রহীতা', 4],
      ['উপকারভোগী', 4],
      ['কারা পাবেন', 4],
      ['যোগ্যতা', 4],
      ['recipient', 4],
      ['beneficiar', 4],
      ['eligib', 4],
    ],
  },
  {
    key: 'remarks',
    words: [
      ['মন্তব্য', 4],
      ['remark', 4],
      ['comment', 4],
      ['বিঃদ্রঃ', 4],
      ['note', 2],
    ],
  },
];

const CORE: readonly ServiceColumn[] = ['serial', 'name', 'channels', 'documents', 'fee', 'timeLimit', 'responsible'];

export const SERVICE_FORMS: HeaderForms<ServiceColumn> = {
  required: ['name', 'fee', 'timeLimit', 'responsible'],
  standard: [
    CORE,
    [...CORE, 'superior'],
    [...CORE, 'alternate'],
    ['serial', 'name', 'timeLimit', 'documents', 'documentsSource', 'fee', 'responsible', 'superior'],
  ],
  names: {
    serial: ['serial', 'ক্রমিক'],
    name: ['service name', 'সেবার নাম'],
    channels: ['delivery method', 'সেবা প্রদান পদ্ধতি'],
    documents: ['documents', 'প্রয়োজনীয় কাগজপত্র'],
    documentsSource: ['where to get the documents', 'প্রাপ্তিস্থান'],
    fee: ['fee', 'সেবার মূল্য'],
    paymentMethod: ['payment method', 'পরিশোধ পদ্ধতি'],
    timeLimit: ['time limit', 'সময়সীমা'],
    responsible: ['responsible officer', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'],
    superior: ['superior officer', 'ঊর্ধ্বতন কর্মকর্তা'],
    alternate: ['alternate officer', 'বিকল্প কর্মকর্তা'],
    remedy: ['remedy if the service is not given', 'সেবা না পেলে প্রতিকার'],
    remarks: ['remarks', 'মন্তব্য'],
    room: ['room', 'কক্ষ নং'],
    recipients: ['recipients', 'সেবা গ্রহীতা'],
    place: ['place of service', 'সেবা প্রদানের স্থান'],
  },
};
