// SQL for offices.
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { offices, charters, editions } from '../../db/schema.ts';

export type OfficeRow = typeof offices.$inferSelect;
export type NewOfficeRow = typeof offices.$inferInsert;

export async function insertOffice(db: Db, row: NewOfficeRow): Promise<OfficeRow> {
  const [created] = await db.insert(offices).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function findOffice(db: Db, id: number): Promise<OfficeRow | null> {
  const [row] = await db.select().from(offices).where(eq(offices.id, id));
  return row ?? null;
}

export async function findOfficeByPortal(db: Db, portal: string): Promise<OfficeRow | null> {
  const [row] = await db.select().from(offices).where(eq(offices.portal, portal));
  return row ?? null;
}

export async function findOfficesByCode(db: Db, code: { level: string; districtCode?: string; upazilaCode?: string }): Promise<OfficeRow[]> {
  const conditions = [eq(offices.level, code.level)];
  if (code.districtCode) conditions.push(eq(offices.districtCode, code.districtCode));
  if (code.upazilaCode) conditions.push(eq(offices.upazilaCode, code.upazilaCode));
  return db
    .select()
    .from(offices)
    .where(and(...conditions));
}

export async function listOffices(db: Db): Promise<OfficeRow[]> {
  return db.select().from(offices).orderBy(asc(offices.id));
}

export async function listChildren(db: Db, parentId: number | null): Promise<OfficeRow[]> {
  return db
    .select()
    .from(offices)
    .where(parentId === null ? isNull(offices.parentId) : eq(offices.parentId, parentId))
    .orderBy(asc(offices.nameBn));
}

export async function updateOffice(db: Db, id: number, values: Partial<NewOfficeRow>): Promise<OfficeRow> {
  const [row] = await db.update(offices).set(values).where(eq(offices.id, id)).returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/** The offices that have a published charter: the tree marks them. */
export async function officesWithCharter(db: Db): Promise<Set<number>> {
  const rows = await db
    .selectDistinct({ officeId: charters.officeId })
    .from(charters)
    .innerJoin(editions, eq(editions.charterId, charters.id))
    .where(eq(editions.status, 'published'));
  return new Set(rows.map((r) => r.officeId));
}
