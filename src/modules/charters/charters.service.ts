// Use cases for charters: store an imported charter as a draft edition, publish it, read it back.
import { createHash } from 'node:crypto';
import { diffCharters, summary } from '../../charter/diff.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import type { Db } from '../../db/client.ts';
import { charterSchema, type Charter, type Finding, type Person } from '../../charter/model.ts';
import { groupOfficials, type Mention } from '../../charter/officials.ts';
import { servicePlace, stepPlace } from '../../charter/lint/places.ts';
import { fiscalQuarterOf } from '../../calendar/fiscal.ts';
import { normalizeDeep } from '../../bangla/normalize.ts';
import { DomainError } from '../shared/domain-error.ts';
import * as offices from '../offices/offices.service.ts';
import { ensurePost, matchPost, postsAsPersons } from '../officials/officials.service.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { audit } from '../audit/audit.service.ts';
import { authorize, can, type OfficeRef } from '../accounts/policy.ts';
import * as repo from './charters.repo.ts';
import { rowsToCharter, serviceRows, stepRows, type Slot } from './charters.mapping.ts';

export interface ImportInput {
  officeId: number;
  charter: Charter;
  sourceName: string | null;
  /** the file's bytes or text, to notice the same file imported twice */
  source?: Uint8Array | string;
  fiscalYear?: number;
  quarter?: number;
}

/** What an import should make the person look twice at: it is stored, and these say why to check. */
export type ImportWarning = { kind: 'other-office'; office: { id: number; name: string } } | { kind: 'repeat'; editionNumber: number };

const SLOTS: Slot[] = ['responsible', 'superior', 'alternate'];
const hasIdentity = (p: Person) => !!(p.name || p.designation || p.phones.length || p.emails.length);

function mentionsOf(charter: Charter) {
  const mentions: Mention[] = [];
  const at = new Map<string, number>();
  charter.services.forEach((s, i) =>
    SLOTS.forEach((slot) => {
      const p = s[slot];
      if (p && hasIdentity(p)) {
        at.set(`s${i}:${slot}`, mentions.length);
        mentions.push({ person: p, location: servicePlace(i, s, slot).location });
      }
    }),
  );
  charter.grievanceSteps.forEach((g, i) => {
    if (g.contact && hasIdentity(g.contact)) {
      at.set(`g${i}`, mentions.length);
      mentions.push({ person: g.contact, location: stepPlace(i, g, 'contact').location });
    }
  });
  return { mentions, at };
}

async function officeOfOfficial(db: Db, o: { districtCode: string | null; upazilaCode: string | null; websites: string[] }, fallback: number) {
  const byCode = await offices.findOfficeByCodes(db, o);
  if (byCode) return byCode.id;
  for (const w of o.websites) {
    const byPortal = await offices.findOfficeByPortal(db, w);
    if (byPortal) return byPortal.id;
  }
  return fallback;
}

/** The office the document itself names (its codes, then its portal), when that is not the one it goes to. */
async function otherOfficeNamed(db: Db, charter: Charter, officeId: number): Promise<offices.Office | null> {
  const byCode = await offices.findOfficeByCodes(db, charter.office);
  const named = byCode ?? (charter.office.portal ? await offices.findOfficeByPortal(db, charter.office.portal) : null);
  return named && named.id !== officeId ? named : null;
}

export const sourceHash = (source: Uint8Array | string) => createHash('sha256').update(source).digest('hex');

/**
 * Stores an imported charter as a new draft edition of the office, with its officials resolved to posts.
 * Warns (and still stores) when the document names another office or the same file was imported before.
 */
export async function importDraft(ctx: Ctx, input: ImportInput): Promise<{ editionId: number; findings: Finding[]; warnings: ImportWarning[] }> {
  const parsed = charterSchema.safeParse(input.charter);
  if (!parsed.success) {
    throw new DomainError('charter.malformed');
  }
  const charter = normalizeDeep(parsed.data);
  const office = await offices.getOffice(ctx.db, input.officeId);
  authorize(ctx, 'charter.edit', office);
  const when = fiscalQuarterOf(charter.signOff?.date ?? dhakaDate(ctx.now));
  const hash = input.source === undefined ? null : sourceHash(input.source);
  const warnings: ImportWarning[] = [];
  const other = await otherOfficeNamed(ctx.db, charter, office.id);
  if (other) warnings.push({ kind: 'other-office', office: { id: other.id, name: other.nameBn } });
  const repeat = hash ? await repo.editionWithSource(ctx.db, office.id, hash) : null;
  if (repeat) warnings.push({ kind: 'repeat', editionNumber: repeat.number });
  return inTransaction(ctx, async (txc) => {
    const tx = txc.db;
    const { mentions, at } = mentionsOf(charter);
    const grouped = groupOfficials(mentions);
    const postOfMention = new Map<number, number>();
    for (const official of grouped.officials) {
      const officeId = await officeOfOfficial(tx, official, office.id);
      // An import may name officers of other offices; it changes who holds a post only where the actor may
      // keep the officials. Elsewhere it points at the post that is there, or keeps the officer with its own office.
      const elsewhere = officeId !== office.id && !can(ctx.actor, 'officials.edit', await offices.getOffice(tx, officeId));
      const existing = elsewhere ? await matchPost(txc, officeId, official) : undefined;
      const postId = existing ? existing.id : await ensurePost(txc, elsewhere ? office.id : officeId, official);
      for (const m of official.mentions) postOfMention.set(m, postId);
    }
    const post = (key: string) => {
      const m = at.get(key);
      return m === undefined ? null : (postOfMention.get(m) ?? null);
    };
    const charterId = await repo.ensureCharter(tx, office.id);
    // A contact shared by two officials is already the lint's finding (officer.shared-contact), with its place.
    const findings = charter.findings;
    const edition = await repo.insertEdition(tx, {
      edition: {
        charterId,
        number: await repo.nextEditionNumber(tx, charterId),
        fiscalYear: input.fiscalYear ?? when.startYear,
        quarter: input.quarter ?? when.quarter,
        title: charter.title ?? null,
        vision: charter.vision,
        mission: charter.mission,
        issueDate: charter.signOff?.date ?? null,
        signatoryName: charter.signOff?.name ?? null,
        signatoryDesignation: charter.signOff?.designation ?? null,
        sourceName: input.sourceName,
        sourceHash: hash,
        findings,
        updatedAt: ctx.now,
      },
      services: serviceRows(charter, (i, slot) => post(`s${i}:${slot}`)),
      expectations: charter.expectations.map((text, i) => ({ position: i + 1, text })),
      grievanceSteps: stepRows(charter, (i) => post(`g${i}`)),
    });
    await audit(txc, {
      entity: 'charter_edition',
      id: edition.id,
      action: 'import',
      officeId: office.id,
      after: { number: edition.number, source: input.sourceName, services: charter.services.length, warnings },
    });
    return { editionId: edition.id, findings, warnings };
  });
}

async function header(db: Db, officeId: number) {
  const office = await offices.getOffice(db, officeId);
  const children = await offices.listChildren(db, officeId);
  return {
    office: {
      name: office.nameBn,
      nameEn: office.nameEn,
      level: office.level as Charter['office']['level'],
      districtCode: office.districtCode,
      upazilaCode: office.upazilaCode,
      portal: office.portal,
    },
    subordinateOffices: children.map((c) => ({ name: c.nameBn, portal: c.portal, officeId: c.id })),
    signOffOffice: office.nameBn,
  };
}

export interface EditionView {
  edition: Omit<repo.EditionRow, 'snapshot' | 'findings'>;
  charter: Charter;
}

async function view(db: Db, edition: repo.EditionRow, officeId: number): Promise<EditionView> {
  const rows = await repo.loadEditionRows(db, edition);
  const postIds = [
    ...rows.services.flatMap((s) => [s.responsiblePostId, s.superiorPostId, s.alternatePostId]),
    ...rows.grievanceSteps.map((g) => g.postId),
  ].filter((x): x is number => x !== null);
  const charter = rowsToCharter(rows, await header(db, officeId), await postsAsPersons(db, postIds));
  const { snapshot: _s, findings: _f, ...meta } = edition;
  return { edition: meta, charter };
}

/** Whether the actor may see the office's unpublished editions and their findings. */
export const seesDrafts = (ctx: Ctx, office: OfficeRef) => can(ctx.actor, 'charter.read-draft', office);

/** One edition: anyone may read a published one; an unpublished one only those who may read drafts. */
export async function getEdition(ctx: Ctx, input: { editionId: number }): Promise<EditionView & { officeId: number }> {
  const edition = await repo.findEdition(ctx.db, input.editionId);
  if (!edition) throw new DomainError('edition.not-found', { id: input.editionId });
  if (edition.status !== 'published') {
    const office = await offices.getOffice(ctx.db, edition.officeId);
    // To whoever may not see it, a draft does not exist.
    if (!seesDrafts(ctx, office)) throw new DomainError('edition.not-found', { id: input.editionId });
  }
  return { ...(await view(ctx.db, edition, edition.officeId)), officeId: edition.officeId };
}

/** The office's current charter: its latest published edition, with the current holders of its posts. */
export async function currentCharter(ctx: Ctx, input: { officeId: number }): Promise<EditionView | null> {
  await offices.getOffice(ctx.db, input.officeId);
  const edition = await repo.latestPublished(ctx.db, input.officeId);
  return edition ? view(ctx.db, edition, input.officeId) : null;
}

/** The office's editions, newest first: all of them for those who may read drafts, else the published ones. */
export async function listEditions(ctx: Ctx, input: { officeId: number }): Promise<repo.EditionRow[]> {
  const office = await offices.getOffice(ctx.db, input.officeId);
  const all = await repo.listEditions(ctx.db, office.id);
  return seesDrafts(ctx, office) ? all : all.filter((e) => e.status === 'published');
}

/** The edition row and its office, for the use cases that change it. */
export async function loadEdition(ctx: Ctx, editionId: number): Promise<{ edition: repo.EditionRow & { officeId: number }; office: offices.Office }> {
  const edition = await repo.findEdition(ctx.db, editionId);
  if (!edition) throw new DomainError('edition.not-found', { id: editionId });
  const office = await offices.getOffice(ctx.db, edition.officeId);
  if (edition.status !== 'published' && !seesDrafts(ctx, office) && !can(ctx.actor, 'charter.comment', office)) {
    throw new DomainError('edition.not-found', { id: editionId });
  }
  return { edition, office };
}

export { view as editionView };

/** The difference between two editions of one office, each as its reader may see it, with row ids. */
export async function diffEditions(ctx: Ctx, input: { a: number; b: number }) {
  const [a, b] = await Promise.all([getEdition(ctx, { editionId: input.a }), getEdition(ctx, { editionId: input.b })]);
  if (a.officeId !== b.officeId) throw new DomainError('edition.diff-offices', { a: input.a, b: input.b });
  const [idsA, idsB] = await Promise.all([repo.servicesOf(ctx.db, input.a), repo.servicesOf(ctx.db, input.b)]);
  // A published edition is compared as it was published (its snapshot), not with today's holders of its posts.
  const asPublished = async (v: EditionView) =>
    v.edition.status === 'published' ? ((await repo.findEdition(ctx.db, v.edition.id))?.snapshot ?? v.charter) : v.charter;
  const diff = diffCharters(await asPublished(a), await asPublished(b), { a: idsA.map((s) => s.id), b: idsB.map((s) => s.id) });
  const meta = (v: EditionView) => ({
    id: v.edition.id,
    number: v.edition.number,
    status: v.edition.status,
    fiscalYear: v.edition.fiscalYear,
    quarter: v.edition.quarter,
  });
  return { officeId: a.officeId, a: meta(a), b: meta(b), summary: summary(diff), ...diff };
}
