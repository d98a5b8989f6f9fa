// SQL for the exports: which offices have a published charter, a page at a time, and when it was published.
import { and, asc, eq, gt, max } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { charters, editions } from '../../db/schema.ts';

export interface PublishedOffice {
  officeId: number;
  /** when its latest published edition was published */
  publishedAt: Date | null;
}

/** Offices with a published edition, by id, after `afterId`: a page of the national list. */
export async function publishedOffices(db: Db, afterId: number, limit: number): Promise<PublishedOffice[]> {
  return db
    .select({ officeId: charters.officeId, publishedAt: max(editions.publishedAt) })
    .from(editions)
    .innerJoin(charters, eq(charters.id, editions.charterId))
    .where(and(eq(editions.status, 'published'), gt(charters.officeId, afterId)))
    .groupBy(charters.officeId)
    .orderBy(asc(charters.officeId))
    .limit(limit);
}
