// SQL for charters and their editions.
import { and, asc, desc, eq, gte, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { charters, editionComments, editions, expectations, grievanceSteps, posts, services } from '../../db/schema.ts';

export type EditionRow = typeof editions.$inferSelect;
export type ServiceRow = typeof services.$inferSelect;
export type ExpectationRow = typeof expectations.$inferSelect;
export type GrievanceStepRow = typeof grievanceSteps.$inferSelect;
export type EditionComment = typeof editionComments.$inferSelect;

export interface EditionRows {
  edition: EditionRow;
  services: ServiceRow[];
  expectations: ExpectationRow[];
  grievanceSteps: GrievanceStepRow[];
}

export async function ensureCharter(db: Db, officeId: number): Promise<number> {
  const [found] = await db.select().from(charters).where(eq(charters.officeId, officeId));
  if (found) return found.id;
  const [created] = await db.insert(charters).values({ officeId }).returning();
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

export async function nextEditionNumber(db: Db, charterId: number): Promise<number> {
  const [row] = await db
    .select({ n: max(editions.number) })
    .from(editions)
    .where(eq(editions.charterId, charterId));
  return (row?.n ?? 0) + 1;
}

export async function insertEdition(
  db: Db,
  rows: {
    edition: typeof editions.$inferInsert;
    services: Omit<typeof services.$inferInsert, 'editionId'>[];
    expectations: Omit<typeof expectations.$inferInsert, 'editionId'>[];
    grievanceSteps: Omit<typeof grievanceSteps.$inferInsert, 'editionId'>[];
  },
): Promise<EditionRow> {
  const [edition] = await db.insert(editions).values(rows.edition).returning();
  if (!edition) throw new Error('insert returned no row');
  const editionId = edition.id;
  if (rows.services.length) await db.insert(services).values(rows.services.map((r) => ({ ...r, editionId })));
  if (rows.expectations.length) await db.insert(expectations).values(rows.expectations.map((r) => ({ ...r, editionId })));
  if (rows.grievanceSteps.length) await db.insert(grievanceSteps).values(rows.grievanceSteps.map((r) => ({ ...r, editionId })));
  return edition;
}

export async function findEdition(db: Db, editionId: number): Promise<(EditionRow & { officeId: number }) | null> {
  const [row] = await db
    .select({ edition: editions, officeId: charters.officeId })
    .from(editions)
    .innerJoin(charters, eq(charters.id, editions.charterId))
    .where(eq(editions.id, editionId));
  return row ? { ...row.edition, officeId: row.officeId } : null;
}

export async function loadEditionRows(db: Db, edition: EditionRow): Promise<EditionRows> {
  const [s, e, g] = await Promise.all([
    db.select().from(services).where(eq(services.editionId, edition.id)).orderBy(asc(services.position)),
    db.select().from(expectations).where(eq(expectations.editionId, edition.id)).orderBy(asc(expectations.position)),
    db.select().from(grievanceSteps).where(eq(grievanceSteps.editionId, edition.id)).orderBy(asc(grievanceSteps.stepOrder)),
  ]);
  return { edition, services: s, expectations: e, grievanceSteps: g };
}

export async function listEditions(db: Db, officeId: number): Promise<EditionRow[]> {
  return db
    .select({ edition: editions })
    .from(editions)
    .innerJoin(charters, eq(charters.id, editions.charterId))
    .where(eq(charters.officeId, officeId))
    .orderBy(desc(editions.number))
    .then((rows) => rows.map((r) => r.edition));
}

export async function latestPublished(db: Db, officeId: number): Promise<EditionRow | null> {
  const [row] = await db
    .select({ edition: editions })
    .from(editions)
    .innerJoin(charters, eq(charters.id, editions.charterId))
    .where(and(eq(charters.officeId, officeId), eq(editions.status, 'published')))
    .orderBy(desc(editions.number))
    .limit(1);
  return row?.edition ?? null;
}

export async function markPublished(
  db: Db,
  editionId: number,
  values: { snapshot: EditionRow['snapshot']; at: Date; override: string | null; knownProblems: number },
): Promise<void> {
  await db
    .update(editions)
    .set({ status: 'published', publishedAt: values.at, snapshot: values.snapshot, publishOverride: values.override, knownProblems: values.knownProblems })
    .where(eq(editions.id, editionId));
}

/** The newest edition of the office imported from the same file, if any. */
export async function editionWithSource(db: Db, officeId: number, sourceHash: string): Promise<EditionRow | null> {
  const [row] = await db
    .select({ edition: editions })
    .from(editions)
    .innerJoin(charters, eq(charters.id, editions.charterId))
    .where(and(eq(charters.officeId, officeId), eq(editions.sourceHash, sourceHash)))
    .orderBy(desc(editions.number))
    .limit(1);
  return row?.edition ?? null;
}

export async function updateEditionRow(db: Db, editionId: number, values: Partial<typeof editions.$inferInsert>): Promise<void> {
  await db.update(editions).set(values).where(eq(editions.id, editionId));
}

export async function serviceOfEdition(db: Db, editionId: number, serviceId: number): Promise<ServiceRow | null> {
  const [row] = await db
    .select()
    .from(services)
    .where(and(eq(services.editionId, editionId), eq(services.id, serviceId)));
  return row ?? null;
}

export async function commentsOf(db: Db, editionId: number) {
  return db.select().from(editionComments).where(eq(editionComments.editionId, editionId)).orderBy(asc(editionComments.id));
}

export async function servicesOf(db: Db, editionId: number): Promise<ServiceRow[]> {
  return db.select().from(services).where(eq(services.editionId, editionId)).orderBy(asc(services.position));
}

export async function insertService(db: Db, row: typeof services.$inferInsert): Promise<ServiceRow> {
  const [created] = await db.insert(services).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateService(db: Db, serviceId: number, values: Partial<typeof services.$inferInsert>): Promise<void> {
  if (Object.keys(values).length) await db.update(services).set(values).where(eq(services.id, serviceId));
}

/** Removes a service and closes the gap it leaves in the order. */
export async function deleteService(db: Db, editionId: number, serviceId: number): Promise<void> {
  const [gone] = await db.delete(services).where(eq(services.id, serviceId)).returning({ position: services.position });
  if (gone) {
    await db
      .update(services)
      .set({ position: sql`${services.position} - 1` })
      .where(and(eq(services.editionId, editionId), gte(services.position, gone.position)));
  }
}

/** Puts a service at a 1-based place among the edition's services; the others keep their order. */
export async function moveService(db: Db, editionId: number, serviceId: number, position: number): Promise<void> {
  const ordered = (await servicesOf(db, editionId)).filter((s) => s.id !== serviceId);
  const moved = await serviceOfEdition(db, editionId, serviceId);
  if (!moved) return;
  ordered.splice(Math.min(Math.max(position, 1), ordered.length + 1) - 1, 0, moved);
  for (const [i, s] of ordered.entries()) {
    if (s.position !== i + 1)
      await db
        .update(services)
        .set({ position: i + 1 })
        .where(eq(services.id, s.id));
  }
}

export async function replaceExpectations(db: Db, editionId: number, texts: string[]): Promise<void> {
  await db.delete(expectations).where(eq(expectations.editionId, editionId));
  if (texts.length) await db.insert(expectations).values(texts.map((text, i) => ({ editionId, position: i + 1, text })));
}

export async function postInOffices(db: Db, postId: number, officeIds: number[]) {
  if (!officeIds.length) return null;
  const [row] = await db
    .select()
    .from(posts)
    .where(and(eq(posts.id, postId), inArray(posts.officeId, officeIds)));
  return row ?? null;
}

/**
 * The edition's status, its row locked until the transaction ends: a use case checks the state it acts
 * on here, inside its transaction, so two requests cannot both act on the state they read before.
 */
export async function lockStatus(db: Db, editionId: number): Promise<string | null> {
  const [row] = await db.select({ status: editions.status }).from(editions).where(eq(editions.id, editionId)).for('update');
  return row?.status ?? null;
}

/** Replaces an edition's grievance steps with the rows given. */
export async function replaceSteps(db: Db, editionId: number, rows: Omit<typeof grievanceSteps.$inferInsert, 'editionId'>[]): Promise<void> {
  await db.delete(grievanceSteps).where(eq(grievanceSteps.editionId, editionId));
  if (rows.length) await db.insert(grievanceSteps).values(rows.map((r) => ({ ...r, editionId })));
}
