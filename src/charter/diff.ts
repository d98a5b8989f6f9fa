// The difference between two editions of a charter: services added, removed, moved and changed field by field.
//
// Why the matching is by name first: a draft made from the published edition keeps the names, while
// serials shift whenever a row is inserted. Why moves are judged by order among the services both editions
// share, not by serial: adding one service at the top renumbers every row below it, and that is one
// addition, not twenty moves.
import { foldBangla } from '../bangla/fold.ts';
import { normalizeDeep, searchKey } from '../bangla/normalize.ts';
import type { Charter, GrievanceStep, Person, Service, ServiceCategory } from './model.ts';

type SignOff = NonNullable<Charter['signOff']>;

/** A value before or after a change: a field's value, a list, or a whole slot (a person, a step, a sign-off). */
export type DiffValue = string | number | boolean | null | string[] | Person | GrievanceStep | SignOff;

/**
 * One field that differs. `path` is dotted: "fee.amountTaka", "responsible.name", "signOff.date",
 * "grievanceSteps.2.workingDays" (by step number). A list item added or removed (an expectation) has
 * `before` or `after` null; a slot that appears or disappears (a person, a step) has the whole value.
 */
export interface FieldChange {
  path: string;
  before: DiffValue;
  after: DiffValue;
}

/** Where a service sits in one edition; `index` is its position in that edition's list, `id` its row id if given. */
export interface Place {
  id: number | null;
  category: ServiceCategory;
  serial: number;
  index: number;
}

/** A service as the diff names it: its name in b (or a, when removed) and its place in each edition it is in. */
export interface ServiceRef {
  name: string;
  a: Place | null;
  b: Place | null;
}

export interface CharterDiff {
  /** Charter-level changes: title, vision, mission, expectations, grievance steps, sign-off. */
  fields: FieldChange[];
  services: {
    added: ServiceRef[];
    removed: ServiceRef[];
    /** group changed, or place changed among the services both editions share */
    moved: { service: ServiceRef; from: Place; to: Place }[];
    changed: { service: ServiceRef; fields: FieldChange[] }[];
  };
  /** services in both editions, neither moved nor changed */
  unchanged: number;
}

/** How many of each: charter fields changed, services added, removed, moved, changed and unchanged. */
export type DiffSummary = Record<'fields' | 'added' | 'removed' | 'moved' | 'changed' | 'unchanged', number>;

/** Names this similar (Dice over character bigrams of the folded text) at the same category and serial are one service. */
const SAME_PLACE_SIMILARITY = 0.6;
/** Anywhere else, a name must be this similar: a renamed service that also moved. */
const ANYWHERE_SIMILARITY = 0.8;

/** Compares two editions; `ids` gives each service's database id by index, carried into the places. */
export function diffCharters(a: Charter, b: Charter, ids: { a?: (number | null)[]; b?: (number | null)[] } = {}): CharterDiff {
  const place = (s: Service, index: number, side: (number | null)[] | undefined): Place => ({
    id: side?.[index] ?? null,
    category: s.category,
    serial: s.serial,
    index,
  });
  const pairs = matchServices(a.services, b.services);
  const pairedA = new Set(pairs.map((p) => p.ai));
  const pairedB = new Set(pairs.map((p) => p.bi));
  const steady = steadyPairs(pairs, a.services, b.services);
  const diff: CharterDiff = { fields: charterFields(a, b), services: { added: [], removed: [], moved: [], changed: [] }, unchanged: 0 };

  b.services.forEach((s, bi) => {
    if (!pairedB.has(bi)) diff.services.added.push({ name: s.name, a: null, b: place(s, bi, ids.b) });
  });
  a.services.forEach((s, ai) => {
    if (!pairedA.has(ai)) diff.services.removed.push({ name: s.name, a: place(s, ai, ids.a), b: null });
  });
  for (const [k, p] of pairs.entries()) {
    const sa = a.services[p.ai];
    const sb = b.services[p.bi];
    if (!sa || !sb) continue;
    const from = place(sa, p.ai, ids.a);
    const to = place(sb, p.bi, ids.b);
    const service: ServiceRef = { name: sb.name, a: from, b: to };
    const fields = serviceFields(sa, sb);
    const moved = sa.category !== sb.category || !steady.has(k);
    if (moved) diff.services.moved.push({ service, from, to });
    if (fields.length) diff.services.changed.push({ service, fields });
    if (!moved && !fields.length) diff.unchanged++;
  }
  return diff;
}

export function diffIsEmpty(d: CharterDiff): boolean {
  const s = d.services;
  return d.fields.length === 0 && s.added.length === 0 && s.removed.length === 0 && s.moved.length === 0 && s.changed.length === 0;
}

export function summary(d: CharterDiff): DiffSummary {
  const s = d.services;
  return {
    fields: d.fields.length,
    added: s.added.length,
    removed: s.removed.length,
    moved: s.moved.length,
    changed: s.changed.length,
    unchanged: d.unchanged,
  };
}

interface Pair {
  ai: number;
  bi: number;
}

/** The key two names are the same by: normalised, ASCII digits, confusable spellings folded, no spaces. */
function nameKey(name: string): string {
  return foldBangla(searchKey(name));
}

/** Dice's coefficient over character bigrams (as a multiset) of the folded names. */
function similarity(x: string, y: string): number {
  const grams = (s: string): string[] => {
    const chars = Array.from(nameKey(s));
    return chars.slice(1).map((c, i) => `${chars[i] ?? ''}${c}`);
  };
  const gx = grams(x);
  const gy = grams(y);
  if (gx.length === 0 || gy.length === 0) return nameKey(x) === nameKey(y) ? 1 : 0;
  const counts = new Map<string, number>();
  for (const g of gx) counts.set(g, (counts.get(g) ?? 0) + 1);
  let shared = 0;
  for (const g of gy) {
    const n = counts.get(g) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(g, n - 1);
    }
  }
  return (2 * shared) / (gx.length + gy.length);
}

/** Pairs each service of b with at most one of a, in three passes; returned in b's order. */
function matchServices(a: Service[], b: Service[]): Pair[] {
  const keysA = a.map((s) => nameKey(s.name));
  const ofB = new Map<number, number>();
  const usedA = new Set<number>();
  const take = (bi: number, ai: number): void => {
    ofB.set(bi, ai);
    usedA.add(ai);
  };
  const freeA = (): number[] => a.map((_, ai) => ai).filter((ai) => !usedA.has(ai));
  const freeB = (): number[] => b.map((_, bi) => bi).filter((bi) => !ofB.has(bi));

  // 1. The same name; of several, the one in the same group.
  b.forEach((sb, bi) => {
    const key = nameKey(sb.name);
    const same = freeA().filter((ai) => keysA[ai] === key);
    const pick = same.find((ai) => a[ai]?.category === sb.category) ?? same[0];
    if (pick !== undefined) take(bi, pick);
  });
  // 2. The same group and serial, with a name edited a little. 3. A name edited a little, anywhere.
  const byScore = (candidates: Pair[], threshold: number): void => {
    const scored = candidates
      .map((p) => ({ ...p, score: similarity(a[p.ai]?.name ?? '', b[p.bi]?.name ?? '') }))
      .filter((p) => p.score >= threshold)
      .sort((x, y) => y.score - x.score || x.bi - y.bi || x.ai - y.ai);
    for (const p of scored) if (!ofB.has(p.bi) && !usedA.has(p.ai)) take(p.bi, p.ai);
  };
  const everyPair = (): Pair[] => freeB().flatMap((bi) => freeA().map((ai) => ({ ai, bi })));
  byScore(
    everyPair().filter((p) => a[p.ai]?.category === b[p.bi]?.category && a[p.ai]?.serial === b[p.bi]?.serial),
    SAME_PLACE_SIMILARITY,
  );
  byScore(everyPair(), ANYWHERE_SIMILARITY);
  return [...ofB.entries()].map(([bi, ai]) => ({ ai, bi })).sort((x, y) => x.bi - y.bi);
}

/**
 * The pairs (by index into `pairs`) that stayed in place: within each group, those on every longest run
 * kept in the same order. One service moved far is one move; two swapped are two, since either could be it.
 */
function steadyPairs(pairs: Pair[], a: Service[], b: Service[]): Set<number> {
  const steady = new Set<number>();
  const groups = new Map<ServiceCategory, number[]>();
  pairs.forEach((p, k) => {
    const cat = a[p.ai]?.category;
    if (cat === undefined || cat !== b[p.bi]?.category) return;
    groups.set(cat, [...(groups.get(cat) ?? []), k]);
  });
  for (const members of groups.values()) {
    const inA = [...members].sort((x, y) => (pairs[x]?.ai ?? 0) - (pairs[y]?.ai ?? 0));
    const seq = inA.map((k) => pairs[k]?.bi ?? 0);
    onEveryLongestRun(seq).forEach((on, i) => {
      const k = inA[i];
      if (on && k !== undefined) steady.add(k);
    });
  }
  return steady;
}

/** For each item, whether it lies on every longest increasing subsequence: on one, and alone at its length. */
function onEveryLongestRun(seq: number[]): boolean[] {
  const n = seq.length;
  const ending = seq.map(() => 1);
  const starting = seq.map(() => 1);
  const at = (arr: number[], i: number): number => arr[i] ?? 0;
  for (let i = 0; i < n; i++) for (let j = 0; j < i; j++) if (at(seq, j) < at(seq, i)) ending[i] = Math.max(at(ending, i), at(ending, j) + 1);
  for (let i = n - 1; i >= 0; i--) for (let j = i + 1; j < n; j++) if (at(seq, j) > at(seq, i)) starting[i] = Math.max(at(starting, i), at(starting, j) + 1);
  const longest = Math.max(0, ...ending);
  const onOne = seq.map((_, i) => at(ending, i) + at(starting, i) - 1 === longest);
  const perLength = new Map<number, number>();
  onOne.forEach((on, i) => {
    if (on) perLength.set(at(ending, i), (perLength.get(at(ending, i)) ?? 0) + 1);
  });
  return onOne.map((on, i) => on && perLength.get(at(ending, i)) === 1);
}

/** Equal once both are normalised the way every write is (so NFC or spacing alone is no change). */
function same(x: DiffValue | undefined, y: DiffValue | undefined): boolean {
  return JSON.stringify(normalizeDeep(x ?? null)) === JSON.stringify(normalizeDeep(y ?? null));
}

function push(out: FieldChange[], path: string, before: DiffValue | undefined, after: DiffValue | undefined): void {
  if (!same(before, after)) out.push({ path, before: before ?? null, after: after ?? null });
}

/** The same keys of two objects, compared one by one under a path prefix. */
function compareKeys<K extends string, T extends { [P in K]: DiffValue }>(out: FieldChange[], prefix: string, a: T, b: T, keys: readonly K[]): void {
  for (const key of keys) push(out, `${prefix}${key}`, a[key], b[key]);
}

/** A person slot: appearing or disappearing is one change of the whole slot; else name, designation, phones, e-mails. */
function comparePerson(out: FieldChange[], path: string, a: Person | null, b: Person | null): void {
  if (a === null || b === null) return push(out, path, a, b);
  compareKeys(out, `${path}.`, a, b, ['name', 'designation'] as const);
  // The order a block lists its phones in means nothing.
  for (const key of ['phones', 'emails'] as const) if (!same([...a[key]].sort(), [...b[key]].sort())) push(out, `${path}.${key}`, a[key], b[key]);
}

/** The fields of one service in both editions. Category and serial are its place (see moved), not fields. */
function serviceFields(a: Service, b: Service): FieldChange[] {
  const out: FieldChange[] = [];
  compareKeys(out, '', a, b, ['name', 'channels', 'documents'] as const);
  compareKeys(out, 'fee.', a.fee, b.fee, ['kind', 'amountTaka', 'text', 'paymentMethod'] as const);
  compareKeys(out, 'timeLimit.', a.timeLimit, b.timeLimit, ['immediate', 'workingDays', 'text'] as const);
  for (const slot of ['responsible', 'superior', 'alternate'] as const) comparePerson(out, slot, a[slot], b[slot]);
  push(out, 'remarks', a.remarks, b.remarks);
  return out;
}

function charterFields(a: Charter, b: Charter): FieldChange[] {
  const out: FieldChange[] = [];
  push(out, 'title', a.title ?? null, b.title ?? null);
  compareKeys(out, '', a, b, ['vision', 'mission'] as const);
  compareExpectations(out, a.expectations, b.expectations);
  compareSteps(out, a.grievanceSteps, b.grievanceSteps);
  if (a.signOff === null || b.signOff === null) push(out, 'signOff', a.signOff, b.signOff);
  else compareKeys(out, 'signOff.', a.signOff, b.signOff, ['date', 'name', 'designation', 'office'] as const);
  return out;
}

/** Expectations as a list: each one only in b is added (before null), each one only in a removed (after null). */
function compareExpectations(out: FieldChange[], a: string[], b: string[]): void {
  const unmatched = (from: string[], against: string[]): string[] => {
    const left = new Map<string, number>();
    for (const x of against) left.set(nameKey(x), (left.get(nameKey(x)) ?? 0) + 1);
    return from.filter((x) => {
      const n = left.get(nameKey(x)) ?? 0;
      left.set(nameKey(x), n - 1);
      return n <= 0;
    });
  };
  for (const x of unmatched(b, a)) out.push({ path: 'expectations', before: null, after: x });
  for (const x of unmatched(a, b)) out.push({ path: 'expectations', before: x, after: null });
}

/** Grievance steps by step number: a step only in one edition is a whole-step change, else field by field. */
function compareSteps(out: FieldChange[], a: GrievanceStep[], b: GrievanceStep[]): void {
  const orders = [...new Set([...b, ...a].map((s) => s.order))].sort((x, y) => x - y);
  for (const order of orders) {
    const sa = a.find((s) => s.order === order) ?? null;
    const sb = b.find((s) => s.order === order) ?? null;
    const path = `grievanceSteps.${order}`;
    if (sa === null || sb === null) {
      push(out, path, sa, sb);
      continue;
    }
    compareKeys(out, `${path}.`, sa, sb, ['when', 'role', 'contactText', 'workingDays'] as const);
    comparePerson(out, `${path}.contact`, sa.contact, sb.contact);
  }
}
