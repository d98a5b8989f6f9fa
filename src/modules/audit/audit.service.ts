// The one way a write is recorded: who (the ctx's actor), when (the ctx's clock), what, before and after.
// Called inside the transaction of the write, so the record and the change land together or not at all.
import { and, desc, eq, inArray, like, lt, or, sql } from 'drizzle-orm';
import { auditLog, offices } from '../../db/schema.ts';
import { actorLabel, type Ctx } from '../shared/context.ts';
import { authorize } from '../accounts/policy.ts';
import * as officesRepo from '../offices/offices.repo.ts';
import { DomainError } from '../shared/domain-error.ts';

export interface AuditEntry {
  entity: string;
  id: number | null;
  action: string;
  /** the office whose data changed */
  officeId: number | null;
  before?: unknown;
  after?: unknown;
}

export async function audit(ctx: Ctx, entry: AuditEntry): Promise<void> {
  await ctx.db.insert(auditLog).values({
    at: ctx.now,
    actor: actorLabel(ctx.actor),
    actorKind: ctx.actor.kind,
    actorUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
    officeId: entry.officeId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.id,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}

export type AuditRow = typeof auditLog.$inferSelect & { officeName: string | null };

/** The log of an office and every office below it, newest first, for those who may read it. */
export async function officeAuditLog(ctx: Ctx, input: { officeId: number; before?: number; limit?: number }): Promise<AuditRow[]> {
  const office = await officesRepo.findOffice(ctx.db, input.officeId);
  if (!office) throw new DomainError('office.not-found', { office: input.officeId });
  authorize(ctx, 'audit.read', office);
  const limit = Math.min(input.limit ?? 100, 500);
  const rows = await ctx.db
    .select({ entry: auditLog, officeName: offices.nameBn })
    .from(auditLog)
    .leftJoin(offices, eq(auditLog.officeId, offices.id))
    .where(and(or(eq(auditLog.officeId, office.id), like(offices.path, `${office.path}%`)), input.before ? lt(auditLog.id, input.before) : sql`true`))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return rows.map((r) => ({ ...r.entry, officeName: r.officeName }));
}

/** Entries about given entities (an edition's history), oldest first. */
export async function entriesAbout(ctx: Ctx, entity: string, ids: number[]) {
  if (!ids.length) return [];
  return ctx.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), inArray(auditLog.entityId, ids)))
    .orderBy(auditLog.id);
}
