// Read-only SQL for Open311: a jurisdiction's grievances by the specification's filters, and the changeset.
import { and, desc, eq, gte, inArray, lt, max, or } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { editions, grievances } from '../../db/schema.ts';
import type { GrievanceRow } from '../grievances/grievances.repo.ts';

export interface RequestFilter {
  /** the jurisdiction: grievances handled there now or filed there */
  officeId: number;
  /** public ids (the serial id, never the tracking number); when given, the other filters do not apply (GeoReport_v2: "This overrides all other arguments") */
  ids: readonly number[] | null;
  serviceCodes: readonly string[] | null;
  statuses: readonly string[] | null;
  /** requested_datetime from (inclusive) and to (exclusive) */
  from: Date | null;
  to: Date | null;
  limit: number;
}

export async function findRequests(db: Db, f: RequestFilter): Promise<GrievanceRow[]> {
  const office = or(eq(grievances.officeId, f.officeId), eq(grievances.filedOfficeId, f.officeId));
  const where = f.ids
    ? and(office, inArray(grievances.id, [...f.ids]))
    : and(
        office,
        f.serviceCodes ? inArray(grievances.serviceCode, [...f.serviceCodes]) : undefined,
        f.statuses ? inArray(grievances.status, [...f.statuses]) : undefined,
        f.from ? gte(grievances.receivedAt, f.from) : undefined,
        f.to ? lt(grievances.receivedAt, f.to) : undefined,
      );
  return db.select().from(grievances).where(where).orderBy(desc(grievances.receivedAt), desc(grievances.id)).limit(f.limit);
}

/** When a charter was last published anywhere: the services lists change then (discovery's changeset). */
export async function lastPublishedAt(db: Db): Promise<Date | null> {
  const [row] = await db
    .select({ at: max(editions.publishedAt) })
    .from(editions)
    .where(eq(editions.status, 'published'));
  return row?.at ?? null;
}
