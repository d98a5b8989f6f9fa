// Scores the importer against the world corpus: documents shaped like the charters offices really publish
// (see README.md), each with the facts a careful reader takes from it in X.expected.json. Every fact is one
// right-or-wrong comparison, so the figures are "facts right / facts stated" per field and per shape.
// Shared by test/world-corpus.test.ts, report.ts and any bench that wants the same figures.
import { readFileSync, readdirSync } from 'node:fs';
import { normalizeLine } from '../../../src/bangla/normalize.ts';
import type { Charter, GrievanceStep, Person, Service, ServiceCategory } from '../../../src/charter/model.ts';
import { ImportError } from '../../../src/importer/errors.ts';
import { importFile } from '../../../src/importer/read-file.ts';

export const CORPUS_DIR = new URL('.', import.meta.url);

export const SHAPES = ['bare-table', 'old-form', 'subheading', 'modern', 'prose', 'list', 'markdown', 'crawled', 'grievance-only', 'english', 'html'] as const;
export type Shape = (typeof SHAPES)[number];

export interface ExpectedPerson {
  designation: string | null;
  name: string | null;
  phones: string[];
  emails: string[];
}

export interface ExpectedService {
  category: ServiceCategory;
  name: string;
  /** Omitted when the document states no time limit for the service. */
  timeLimit?: { immediate: boolean; workingDays: number | null };
  /** Omitted when the document states no fee for the service. */
  fee?: { kind: 'free' | 'amount' | 'policy' | 'text'; amountTaka: number | null };
  /** Omitted when the document has no officer column or sentence at all; null when it names no officer for this row. */
  responsible?: ExpectedPerson | null;
}

export interface ExpectedStep {
  order: number;
  workingDays: number | null;
  /** The post of whoever handles the step (or the body, such as the Cabinet Division's cell, when no post is named). */
  designation: string;
}

export interface Expected {
  shape: Shape;
  note: string;
  counts: Partial<Record<ServiceCategory, number>>;
  services: ExpectedService[];
  grievanceSteps?: ExpectedStep[];
}

export interface CorpusDocument {
  file: string;
  expected: Expected;
}

export const FIELDS = [
  'count',
  'name',
  'timeLimit',
  'fee',
  'designation',
  'personName',
  'phones',
  'emails',
  'grievance.count',
  'grievance.workingDays',
  'grievance.designation',
] as const;
export type Field = (typeof FIELDS)[number];

export interface Fact {
  doc: string;
  shape: Shape;
  field: Field;
  /** Which service or step, for people: "citizen 3", "step 2". */
  where: string;
  right: boolean;
  expected: string;
  got: string;
}

export interface Refusal {
  doc: string;
  shape: Shape;
  /** ImportError code, or "crash" for any other exception. */
  code: string;
  message: string;
  /** Whether the document states services or grievance steps (then refusing it is wrong). */
  hasFacts: boolean;
}

export interface CorpusScore {
  documents: number;
  facts: Fact[];
  refused: Refusal[];
}

function isShape(value: unknown): value is Shape {
  return typeof value === 'string' && (SHAPES as readonly string[]).includes(value);
}

/** Every document of the corpus with its expected facts (documents without an .expected.json are an error). */
export function loadCorpus(dir: URL = CORPUS_DIR): CorpusDocument[] {
  const names = readdirSync(dir).sort();
  const docs = names.filter((n) => !n.endsWith('.json') && !n.endsWith('.ts') && n !== 'README.md');
  return docs.map((file) => {
    const stem = file.replace(/\.[^.]+$/, '');
    const jsonName = `${stem}.expected.json`;
    if (!names.includes(jsonName)) throw new Error(`world corpus: ${file} has no ${jsonName}`);
    const expected = JSON.parse(readFileSync(new URL(jsonName, dir), 'utf8')) as Expected;
    if (!isShape(expected.shape)) throw new Error(`world corpus: ${jsonName} has an unknown shape "${String(expected.shape)}"`);
    return { file, expected };
  });
}

const HONORIFIC = /^(?:জনাব|জনাবা|mr\.?|mrs\.?|ms\.?)\s+/iu;

/** Names compare after the project's normalisation, without a leading courtesy title (জনাব, Mr.). */
function nameKey(name: string | null): string | null {
  if (name === null) return null;
  const n = normalizeLine(name).replace(HONORIFIC, '');
  return n === '' ? null : n;
}

function textKey(text: string | null): string | null {
  if (text === null) return null;
  const n = normalizeLine(text);
  return n === '' ? null : n;
}

const show = (v: unknown): string => (v === undefined ? '—' : JSON.stringify(v));
const setKey = (xs: readonly string[], lower = false): string =>
  JSON.stringify([...new Set(xs.map((x) => (lower ? x.trim().toLowerCase() : x.trim())))].sort());

/** Pairs expected services with imported ones: same category and exact name first, then by order in the category. */
function pairServices(expected: readonly ExpectedService[], got: readonly Service[]): Array<Service | null> {
  const used = new Set<number>();
  const pairs: Array<Service | null> = expected.map(() => null);
  expected.forEach((e, i) => {
    const key = textKey(e.name);
    const j = got.findIndex((g, k) => !used.has(k) && g.category === e.category && textKey(g.name) === key);
    if (j >= 0) {
      used.add(j);
      pairs[i] = got[j] ?? null;
    }
  });
  const byCategory = <T extends { category: ServiceCategory }>(list: readonly T[], c: ServiceCategory) =>
    list.map((s, k) => ({ s, k })).filter((x) => x.s.category === c);
  expected.forEach((e, i) => {
    if (pairs[i] !== null) return;
    const position = byCategory(expected, e.category).findIndex((x) => x.k === i);
    const candidate = byCategory(got, e.category)[position];
    if (candidate !== undefined && !used.has(candidate.k)) {
      used.add(candidate.k);
      pairs[i] = candidate.s;
    }
  });
  return pairs;
}

function personFacts(push: (field: Field, right: boolean, expected: unknown, got: unknown) => void, e: ExpectedPerson | null, g: Person | null): void {
  if (e === null) {
    // The document names nobody for this row: right when the importer names nobody either.
    push('designation', g === null || textKey(g.designation) === null, null, g?.designation ?? null);
    push('personName', g === null || nameKey(g.name) === null, null, g?.name ?? null);
    return;
  }
  const gotDesignation = g?.designation ?? null;
  push('designation', textKey(e.designation) === textKey(gotDesignation), e.designation, gotDesignation);
  const gotName = g?.name ?? null;
  push('personName', nameKey(e.name) === nameKey(gotName), e.name, gotName);
  const gotPhones = g?.phones ?? [];
  push('phones', setKey(e.phones) === setKey(gotPhones), e.phones, gotPhones);
  const gotEmails = g?.emails ?? [];
  push('emails', setKey(e.emails, true) === setKey(gotEmails, true), e.emails, gotEmails);
}

function stepDesignationRight(e: ExpectedStep, g: GrievanceStep | undefined): boolean {
  if (g === undefined) return false;
  const want = textKey(e.designation);
  return want === textKey(g.contact?.designation ?? null) || want === textKey(g.role);
}

/** The facts of one document, given what the importer made of it (null: refused). */
export function scoreDocument(doc: string, expected: Expected, charter: Charter | null): Fact[] {
  const facts: Fact[] = [];
  let where = '';
  const push = (field: Field, right: boolean, want: unknown, got: unknown) =>
    facts.push({
      doc,
      shape: expected.shape,
      field,
      where,
      right: charter !== null && right,
      expected: show(want),
      got: charter === null ? 'refused' : show(got),
    });
  const services = charter?.services ?? [];

  for (const [category, count] of Object.entries(expected.counts) as Array<[ServiceCategory, number]>) {
    where = category;
    const got = services.filter((s) => s.category === category).length;
    push('count', got === count, count, got);
  }

  const pairs = pairServices(expected.services, services);
  const ordinal = new Map<ServiceCategory, number>();
  expected.services.forEach((e, i) => {
    const n = (ordinal.get(e.category) ?? 0) + 1;
    ordinal.set(e.category, n);
    where = `${e.category} ${n}`;
    const g = pairs[i] ?? null;
    push('name', g !== null && textKey(g.name) === textKey(e.name), e.name, g?.name);
    if (e.timeLimit !== undefined) {
      const t = g?.timeLimit;
      const right = t !== undefined && t.immediate === e.timeLimit.immediate && t.workingDays === e.timeLimit.workingDays;
      push('timeLimit', right, e.timeLimit, t === undefined ? undefined : { immediate: t.immediate, workingDays: t.workingDays, text: t.text });
    }
    if (e.fee !== undefined) {
      const f = g?.fee;
      const right = f !== undefined && f.kind === e.fee.kind && (e.fee.kind !== 'amount' || f.amountTaka === e.fee.amountTaka);
      push('fee', right, e.fee, f === undefined ? undefined : { kind: f.kind, amountTaka: f.amountTaka, text: f.text });
    }
    if (e.responsible !== undefined) {
      if (g === null) personFacts((field, _r, want) => push(field, false, want, undefined), e.responsible, null);
      else personFacts(push, e.responsible, g.responsible);
    }
  });

  if (expected.grievanceSteps !== undefined) {
    const steps = charter?.grievanceSteps ?? [];
    where = 'grievance';
    push('grievance.count', steps.length === expected.grievanceSteps.length, expected.grievanceSteps.length, steps.length);
    for (const e of expected.grievanceSteps) {
      where = `step ${e.order}`;
      const g = steps.find((s) => s.order === e.order) ?? steps[e.order - 1];
      push('grievance.workingDays', g !== undefined && g.workingDays === e.workingDays, e.workingDays, g?.workingDays);
      push(
        'grievance.designation',
        stepDesignationRight(e, g),
        e.designation,
        g === undefined ? undefined : { role: g.role, designation: g.contact?.designation ?? null },
      );
    }
  }
  return facts;
}

/** Imports every document of the corpus and scores it. */
export async function scoreCorpus(dir: URL = CORPUS_DIR): Promise<CorpusScore> {
  const docs = loadCorpus(dir);
  const facts: Fact[] = [];
  const refused: Refusal[] = [];
  for (const { file, expected } of docs) {
    const bytes = new Uint8Array(readFileSync(new URL(file, dir)));
    let charter: Charter | null = null;
    try {
      charter = await importFile(bytes, file);
    } catch (err) {
      const code = err instanceof ImportError ? err.code : 'crash';
      const hasFacts = expected.services.length > 0 || (expected.grievanceSteps?.length ?? 0) > 0;
      refused.push({ doc: file, shape: expected.shape, code, message: err instanceof Error ? err.message : String(err), hasFacts });
    }
    facts.push(...scoreDocument(file, expected, charter));
  }
  return { documents: docs.length, facts, refused };
}

export interface Tally {
  right: number;
  total: number;
}

export function tally(facts: readonly Fact[]): Tally {
  return { right: facts.filter((f) => f.right).length, total: facts.length };
}

export function ratio(t: Tally): number {
  return t.total === 0 ? 1 : t.right / t.total;
}

const pct = (t: Tally) => `${(100 * ratio(t)).toFixed(1)}%`;

function table(title: string, rows: ReadonlyArray<readonly [string, Tally]>): string {
  const width = Math.max(title.length, ...rows.map(([k]) => k.length));
  const lines = [`${title.padEnd(width)}  ${'right/total'.padStart(11)}  ${'%'.padStart(6)}`];
  for (const [k, t] of rows) lines.push(`${k.padEnd(width)}  ${`${t.right}/${t.total}`.padStart(11)}  ${pct(t).padStart(6)}`);
  return lines.join('\n');
}

/** The figures as text: per field, per shape, overall, the refused documents and (verbose) every wrong fact. */
export function formatScore(score: CorpusScore, verbose = false): string {
  const out: string[] = [];
  const byField = FIELDS.map((f) => [f, tally(score.facts.filter((x) => x.field === f))] as const).filter(([, t]) => t.total > 0);
  const byShape = SHAPES.map((s) => {
    const docs = new Set(score.facts.filter((x) => x.shape === s).map((x) => x.doc)).size;
    return [`${s} (${docs})`, tally(score.facts.filter((x) => x.shape === s))] as const;
  }).filter(([, t]) => t.total > 0);
  const all = tally(score.facts);
  out.push(`world corpus: ${score.documents} documents, ${all.total} facts`);
  out.push('');
  out.push(table('field', byField));
  out.push('');
  out.push(table('shape (documents)', byShape));
  out.push('');
  out.push(`overall: ${all.right}/${all.total} = ${pct(all)}`);
  out.push('');
  if (score.refused.length === 0) out.push('refused: none');
  else {
    out.push(`refused (${score.refused.length}):`);
    for (const r of score.refused) out.push(`  ${r.doc} [${r.shape}] ${r.code}: ${r.message}`);
  }
  const byDoc = new Map<string, Tally>();
  for (const f of score.facts) {
    const t = byDoc.get(f.doc) ?? { right: 0, total: 0 };
    t.total++;
    if (f.right) t.right++;
    byDoc.set(f.doc, t);
  }
  const weakest = [...byDoc].filter(([, t]) => t.right < t.total).sort((a, b) => ratio(a[1]) - ratio(b[1]));
  if (weakest.length > 0) {
    out.push('');
    out.push('documents with wrong facts (weakest first):');
    for (const [doc, t] of weakest) out.push(`  ${doc}  ${t.right}/${t.total} ${pct(t)}`);
  }
  if (verbose) {
    out.push('');
    out.push('wrong facts:');
    for (const f of score.facts.filter((x) => !x.right)) {
      out.push(`  ${f.doc} | ${f.where} | ${f.field} | expected ${f.expected} | got ${f.got}`);
    }
  }
  return out.join('\n');
}
