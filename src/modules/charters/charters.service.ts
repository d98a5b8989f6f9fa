// Use cases for charters: store an imported charter as a draft edition, publish it, read it back.
import type { Db } from '../../db/client.ts';
import { auditLog } from '../../db/schema.ts';
import { charterSchema, type Charter, type Finding, type Person } from '../../charter/model.ts';
import { groupOfficials, type Mention } from '../../charter/officials.ts';
import { servicePlace, stepPlace } from '../../charter/lint/places.ts';
import { fiscalQuarterOf } from '../../calendar/fiscal.ts';
import { normalizeDeep } from '../../bangla/normalize.ts';
import { DomainError } from '../shared/domain-error.ts';
import * as offices from '../offices/offices.service.ts';
import { ensurePost, postsAsPersons } from '../officials/officials.service.ts';
import * as repo from './charters.repo.ts';
import { rowsToCharter, serviceRows, stepRows, type Slot } from './charters.mapping.ts';

export interface ImportMeta {
  officeId: number;
  sourceName: string | null;
  actor: string;
  now: Date;
  fiscalYear?: number;
  quarter?: number;
}

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

const host = (url: string) =>
  url
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/.*$/, '');

async function officeOfOfficial(db: Db, o: { districtCode: string | null; upazilaCode: string | null; websites: string[] }, fallback: number) {
  const byCode = await offices.findOfficeByCodes(db, o);
  if (byCode) return byCode.id;
  for (const w of o.websites) {
    const byPortal = await offices.findOfficeByPortal(db, host(w));
    if (byPortal) return byPortal.id;
  }
  return fallback;
}

/** Stores an imported charter as a new draft edition of the office, with its officials resolved to posts. */
export async function importDraft(db: Db, input: Charter, meta: ImportMeta): Promise<{ editionId: number; findings: Finding[] }> {
  const parsed = charterSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('charter.malformed');
  }
  const charter = normalizeDeep(parsed.data);
  const office = await offices.getOffice(db, meta.officeId);
  const when = fiscalQuarterOf(charter.signOff?.date ?? meta.now.toISOString().slice(0, 10));
  return db.transaction(async (tx) => {
    const { mentions, at } = mentionsOf(charter);
    const grouped = groupOfficials(mentions);
    const postOfMention = new Map<number, number>();
    for (const official of grouped.officials) {
      const officeId = await officeOfOfficial(tx, official, office.id);
      const postId = await ensurePost(tx, officeId, official, meta.actor, meta.now);
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
        fiscalYear: meta.fiscalYear ?? when.startYear,
        quarter: meta.quarter ?? when.quarter,
        title: charter.title ?? null,
        vision: charter.vision,
        mission: charter.mission,
        issueDate: charter.signOff?.date ?? null,
        signatoryName: charter.signOff?.name ?? null,
        signatoryDesignation: charter.signOff?.designation ?? null,
        sourceName: meta.sourceName,
        findings,
      },
      services: serviceRows(charter, (i, slot) => post(`s${i}:${slot}`)),
      expectations: charter.expectations.map((text, i) => ({ position: i + 1, text })),
      grievanceSteps: stepRows(charter, (i) => post(`g${i}`)),
    });
    await tx.insert(auditLog).values({
      actor: meta.actor,
      action: 'import',
      entity: 'charter_edition',
      entityId: edition.id,
      after: { officeId: office.id, number: edition.number, source: meta.sourceName, services: charter.services.length },
    });
    return { editionId: edition.id, findings };
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

export async function getEdition(db: Db, editionId: number): Promise<EditionView & { officeId: number }> {
  const edition = await repo.findEdition(db, editionId);
  if (!edition) throw new DomainError('edition.not-found', { id: editionId });
  return { ...(await view(db, edition, edition.officeId)), officeId: edition.officeId };
}

/** The office's current charter: its latest published edition, with the current holders of its posts. */
export async function currentCharter(db: Db, officeId: number): Promise<EditionView | null> {
  await offices.getOffice(db, officeId);
  const edition = await repo.latestPublished(db, officeId);
  return edition ? view(db, edition, officeId) : null;
}

/** Publishes a draft: it becomes the office's current charter and never changes again. */
export async function publishEdition(db: Db, editionId: number, actor: string, now: Date): Promise<void> {
  const found = await repo.findEdition(db, editionId);
  if (!found) throw new DomainError('edition.not-found', { id: editionId });
  if (found.status === 'published') {
    throw new DomainError('edition.published', { id: editionId });
  }
  const { charter } = await view(db, found, found.officeId);
  await db.transaction(async (tx) => {
    await repo.markPublished(tx, editionId, charter, now);
    await tx
      .insert(auditLog)
      .values({ actor, action: 'publish', entity: 'charter_edition', entityId: editionId, before: { status: 'draft' }, after: { status: 'published' } });
  });
}

export const listEditions = (db: Db, officeId: number) => repo.listEditions(db, officeId);
