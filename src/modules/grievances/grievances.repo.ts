// SQL for grievances, their events and attachments.
import { and, asc, count, desc, eq, gte, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { grievanceAttachments, grievanceEvents, grievanceSteps, grievances, outbox, posts, services } from '../../db/schema.ts';
import { latestPublished } from '../charters/charters.repo.ts';
import type { CharterStep } from '../../grievance/chain.ts';
import { OPEN_STATUSES, RUNNING } from '../../grievance/workflow.ts';

export type GrievanceRow = typeof grievances.$inferSelect;
export type NewGrievanceRow = typeof grievances.$inferInsert;
export type EventRow = typeof grievanceEvents.$inferSelect;
export type AttachmentRow = Omit<typeof grievanceAttachments.$inferSelect, 'bytes'>;

export async function insertGrievance(db: Db, row: NewGrievanceRow): Promise<GrievanceRow | null> {
  const [created] = await db.insert(grievances).values(row).onConflictDoNothing({ target: grievances.trackingNumber }).returning();
  return created ?? null;
}

export async function findGrievance(db: Db, id: number, lock = false): Promise<GrievanceRow | null> {
  const query = db.select().from(grievances).where(eq(grievances.id, id));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function findByTracking(db: Db, trackingNumber: string, lock = false): Promise<GrievanceRow | null> {
  const query = db.select().from(grievances).where(eq(grievances.trackingNumber, trackingNumber));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

export async function updateGrievance(db: Db, id: number, values: Partial<NewGrievanceRow>): Promise<void> {
  await db.update(grievances).set(values).where(eq(grievances.id, id));
}

export async function insertEvent(db: Db, row: typeof grievanceEvents.$inferInsert): Promise<void> {
  await db.insert(grievanceEvents).values(row);
}

export async function eventsOf(db: Db, grievanceId: number): Promise<EventRow[]> {
  return db.select().from(grievanceEvents).where(eq(grievanceEvents.grievanceId, grievanceId)).orderBy(asc(grievanceEvents.id));
}

export async function insertAttachment(db: Db, row: typeof grievanceAttachments.$inferInsert): Promise<void> {
  await db.insert(grievanceAttachments).values(row);
}

export async function attachmentsOf(db: Db, grievanceId: number): Promise<AttachmentRow[]> {
  return db
    .select({
      id: grievanceAttachments.id,
      grievanceId: grievanceAttachments.grievanceId,
      fileName: grievanceAttachments.fileName,
      mediaType: grievanceAttachments.mediaType,
      size: grievanceAttachments.size,
      sha256: grievanceAttachments.sha256,
    })
    .from(grievanceAttachments)
    .where(eq(grievanceAttachments.grievanceId, grievanceId))
    .orderBy(asc(grievanceAttachments.id));
}

export async function attachmentBytes(db: Db, grievanceId: number, attachmentId: number) {
  const [row] = await db
    .select()
    .from(grievanceAttachments)
    .where(and(eq(grievanceAttachments.id, attachmentId), eq(grievanceAttachments.grievanceId, grievanceId)));
  return row ?? null;
}

/** Grievances filed from a mobile number since a time: the flood limit per mobile. */
export async function countFromMobile(db: Db, mobile: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(grievances)
    .where(and(eq(grievances.mobile, mobile), gte(grievances.receivedAt, since)));
  return row?.n ?? 0;
}

/** Open grievances from a mobile number at an office: what a new one may repeat. */
export async function openFromMobile(db: Db, mobile: string, officeId: number): Promise<GrievanceRow[]> {
  return db
    .select()
    .from(grievances)
    .where(and(eq(grievances.mobile, mobile), eq(grievances.officeId, officeId), inArray(grievances.status, [...OPEN_STATUSES])))
    .orderBy(desc(grievances.id));
}

/** Open grievances about a service at an office: the count the form shows, nobody's in particular. */
export async function countOpenAbout(db: Db, officeId: number, serviceId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(grievances)
    .where(and(eq(grievances.officeId, officeId), eq(grievances.serviceId, serviceId), inArray(grievances.status, [...OPEN_STATUSES])));
  return row?.n ?? 0;
}

/** A wrong mobile with this tracking number: counted, and lookups refused for a while after too many. */
export async function recordLookupFailure(db: Db, id: number, now: Date, max: number, lockMs: number): Promise<void> {
  await db
    .update(grievances)
    .set({
      lookupFailures: sql`case when ${grievances.lookupFailures} + 1 >= ${max} then 0 else ${grievances.lookupFailures} + 1 end`,
      lookupLockedUntil: sql`case when ${grievances.lookupFailures} + 1 >= ${max} then ${new Date(now.getTime() + lockMs)}::timestamptz else ${grievances.lookupLockedUntil} end`,
    })
    .where(eq(grievances.id, id));
}

export async function clearLookupFailures(db: Db, id: number): Promise<void> {
  await db
    .update(grievances)
    .set({ lookupFailures: 0 })
    .where(and(eq(grievances.id, id), sql`${grievances.lookupFailures} > 0`));
}

/** Clarifications asked since the grievance's current level started (its filing, forwarding, appeal or escalation). */
export async function clarificationsAtLevel(db: Db, grievanceId: number): Promise<number> {
  const started = sql`(select coalesce(max(${grievanceEvents.id}), 0) from ${grievanceEvents} where ${grievanceEvents.grievanceId} = ${grievanceId} and ${grievanceEvents.action} in ('file','forward','appeal','escalate'))`;
  const [row] = await db
    .select({ n: count() })
    .from(grievanceEvents)
    .where(and(eq(grievanceEvents.grievanceId, grievanceId), eq(grievanceEvents.action, 'clarify'), sql`${grievanceEvents.id} > ${started}`));
  return row?.n ?? 0;
}

export async function listOfOffice(db: Db, officeId: number, statuses: readonly string[] | null, limit = 200): Promise<GrievanceRow[]> {
  return db
    .select()
    .from(grievances)
    .where(and(eq(grievances.officeId, officeId), statuses ? inArray(grievances.status, [...statuses]) : undefined))
    .orderBy(desc(grievances.receivedAt), desc(grievances.id))
    .limit(limit);
}

/** Running grievances (the clock counts), for re-dating after the calendar changed. */
export async function runningGrievances(db: Db): Promise<GrievanceRow[]> {
  return db
    .select()
    .from(grievances)
    .where(and(inArray(grievances.status, [...RUNNING]), sql`${grievances.dueOn} is not null`))
    .orderBy(asc(grievances.id))
    .for('update');
}

/** Decided or closed before a time and not yet anonymised. */
export async function finishedBefore(db: Db, cutoff: Date): Promise<GrievanceRow[]> {
  return db
    .select()
    .from(grievances)
    .where(
      and(
        isNull(grievances.anonymisedAt),
        sql`((${grievances.status} = 'closed' and ${grievances.closedAt} < ${cutoff}) or (${grievances.status} in ('resolved','rejected') and ${grievances.decidedAt} < ${cutoff}))`,
      ),
    )
    .orderBy(asc(grievances.id))
    .for('update');
}

export async function anonymiseAttachments(db: Db, grievanceId: number): Promise<void> {
  await db.update(grievanceAttachments).set({ bytes: null, fileName: '' }).where(eq(grievanceAttachments.grievanceId, grievanceId));
}

/** The office's current charter as a grievance needs it: its published edition, services and steps. */
export async function charterForGrievance(db: Db, officeId: number) {
  const edition = await latestPublished(db, officeId);
  if (!edition) return { editionId: null, services: [], steps: [] as CharterStep[] };
  const rows = await db.select().from(services).where(eq(services.editionId, edition.id)).orderBy(asc(services.position));
  const steps = await db.select().from(grievanceSteps).where(eq(grievanceSteps.editionId, edition.id)).orderBy(asc(grievanceSteps.stepOrder));
  return {
    editionId: edition.id,
    services: rows,
    steps: steps.map((s): CharterStep => ({ role: s.role, workingDays: s.workingDays, contactText: s.contactText, postId: s.postId })),
  };
}

/** The office a post belongs to, or null. */
export async function officeOfPost(db: Db, postId: number): Promise<number | null> {
  const [row] = await db.select({ officeId: posts.officeId }).from(posts).where(eq(posts.id, postId));
  return row?.officeId ?? null;
}

export async function updateEventNote(db: Db, id: number, note: string): Promise<void> {
  await db.update(grievanceEvents).set({ note }).where(eq(grievanceEvents.id, id));
}

/** The grievance's notices in the outbox: their recipients and words are contacts too. One never sent in all this time is given up. */
export async function anonymiseOutbox(db: Db, grievanceId: number): Promise<void> {
  await db
    .update(outbox)
    .set({
      recipient: '•••',
      body: '',
      subject: '',
      attempts: sql`case when ${outbox.sentAt} is null then 99 else ${outbox.attempts} end`,
      lastError: sql`case when ${outbox.sentAt} is null then 'anonymised before it was sent' else ${outbox.lastError} end`,
    })
    .where(sql`${outbox.key} like ${`grievance:${grievanceId}:%`}`);
}
