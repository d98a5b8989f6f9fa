// The steps of a grievance: the officer's (investigate, hear, decide, forward, ask), the complainant's (answer,
// appeal, accept) and the scheduler's (escalate). Each re-reads the grievance under a lock, asks the pure state
// machine, writes the event, the audit entry, the new jobs and the notices in one transaction.
import { z } from 'zod';
import { normalizeLine } from '../../bangla/normalize.ts';
import { toMobileE164 } from '../../charter/phone.ts';
import { grievanceChain, type Level } from '../../grievance/chain.ts';
import { parseTrackingNumber } from '../../grievance/tracking.ts';
import { ACTOR_OF, daysAt, isOverdue, MAX_CLARIFICATIONS, step, type GrievanceAction, type GrievanceState } from '../../grievance/workflow.ts';
import { addDays } from '../../bangla/calendar.ts';
import { actorLabel, inTransaction, PUBLIC, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { authorize, type Action } from '../accounts/policy.ts';
import { audit } from '../audit/audit.service.ts';
import * as offices from '../offices/offices.service.ts';
import { workingCalendar } from '../holidays/calendar.repo.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import * as repo from './grievances.repo.ts';
import { scheduleClock, scheduleResume, stateOf, tellComplainant, tellHandlers, today } from './clock.ts';

/** Which right a step at each level needs. */
export const HANDLING_RIGHT: Readonly<Record<Level, Action>> = { officer: 'grievance.handle', appeal: 'grievance.appeal', cell: 'grievance.appeal' };

/** Steps whose note is required: a decision is explained, a question asked, a forward reasoned. */
const NEEDS_NOTE: readonly GrievanceAction[] = ['resolve', 'reject', 'clarify', 'forward', 'answer'];
/** Steps whose note the complainant reads (the rest are the officers' own record). */
const PUBLIC_NOTE: readonly GrievanceAction[] = ['resolve', 'reject', 'clarify', 'forward', 'answer', 'appeal'];

const COMPLAINANT_NOTICE: Partial<Record<GrievanceAction, MessageKey>> = {
  investigate: 'notify.grievance.investigating',
  hearing: 'notify.grievance.hearing',
  resolve: 'notify.grievance.decided',
  reject: 'notify.grievance.decided',
  forward: 'notify.grievance.forwarded',
  clarify: 'notify.grievance.clarify',
  escalate: 'notify.grievance.escalated',
  appeal: 'notify.grievance.escalated',
  resume: 'notify.grievance.resumed',
};

const noteSchema = z
  .string()
  .transform((s) =>
    s
      .split(/\r?\n/)
      .map((l) => normalizeLine(l))
      .join('\n')
      .trim(),
  )
  .pipe(z.string().max(5000, 'field.too-long'));

interface StepOptions {
  note: string;
  toOfficeId?: number | null;
}

/** The one path every step takes, inside the caller's transaction, on the locked row. */
async function apply(tx: Ctx, g: repo.GrievanceRow, action: GrievanceAction, options: StepOptions): Promise<repo.GrievanceRow> {
  const target = action === 'forward' ? await forwardTarget(tx, g, options.toOfficeId) : null;
  const officeId = target?.id ?? g.officeId;
  const chain = target ? grievanceChain((await repo.charterForGrievance(tx.db, target.id)).steps) : g.chain;
  const cal = await workingCalendar(tx.db, officeId);
  // An escalation's next level counts from the day after the last day, however late the scheduler ran.
  const startDay = action === 'escalate' && g.dueOn !== null ? addDays(g.dueOn, 1) : today(tx);
  const rules = { chain, cal, today: startDay };
  const before: GrievanceState = stateOf(g);
  if (action === 'clarify' && (await repo.clarificationsAtLevel(tx.db, g.id)) >= MAX_CLARIFICATIONS) {
    throw new DomainError('grievance.transition', { action, status: g.status });
  }
  const next = step(before, action, rules);
  if (next === null) throw new DomainError('grievance.transition', { action, status: g.status });
  const decided = action === 'resolve' || action === 'reject';
  const restarted = next.countFrom !== before.countFrom || next.level !== before.level || action === 'forward';
  const resumed = action === 'answer' || action === 'resume';
  const countDays = resumed ? Math.max(before.remainingDays ?? 0, 1) : restarted ? daysAt(chain, next.level) : g.countDays;
  const values: Partial<repo.NewGrievanceRow> = {
    status: next.status,
    level: next.level,
    countFrom: next.countFrom,
    countDays,
    dueOn: next.dueOn,
    remainingDays: next.remainingDays,
    resumeStatus: next.resumeStatus,
    officeId,
    chain,
    updatedAt: tx.now,
  };
  if (ACTOR_OF[action] === 'handler' && g.acknowledgedAt === null) values.acknowledgedAt = tx.now;
  if (decided) {
    values.answer = options.note;
    values.decidedAt = tx.now;
    // decided while the clock was stopped is within time: the days left were kept
    values.decidedOnTime = before.status === 'clarification' || (before.dueOn !== null && rules.today <= before.dueOn);
  }
  if (action === 'appeal' || action === 'escalate') {
    values.decidedAt = null;
    values.decidedOnTime = null;
  }
  if (action === 'satisfied') values.closedAt = tx.now;
  await repo.updateGrievance(tx.db, g.id, values);
  const after = { ...g, ...values } as repo.GrievanceRow;
  await repo.insertEvent(tx.db, {
    grievanceId: g.id,
    at: tx.now,
    action,
    fromStatus: g.status,
    toStatus: next.status,
    level: next.level,
    officeId,
    actor: ACTOR_OF[action] === 'complainant' ? 'complainant' : actorLabel(tx.actor),
    actorUserId: tx.actor.kind === 'user' ? tx.actor.userId : null,
    note: options.note,
    public: PUBLIC_NOTE.includes(action),
    dueOn: next.dueOn,
  });
  await audit(tx, {
    entity: 'grievance',
    id: g.id,
    action,
    officeId,
    before: { status: g.status, level: g.level, officeId: g.officeId, dueOn: g.dueOn },
    // No notes: the log is read widely and never changes, and a note can name the complainant. They stay on
    // the grievance's events, which the anonymising sweep cleans.
    after: { status: next.status, level: next.level, officeId, dueOn: next.dueOn },
  });
  await scheduleClock(tx, after, cal);
  if (action === 'clarify') await scheduleResume(tx, after, cal);
  const notice = COMPLAINANT_NOTICE[action];
  const stepKey = `${action}:${tx.now.toISOString()}`;
  if (notice) await tellComplainant(tx, after, stepKey, notice, { answer: options.note || '—' });
  if (action === 'forward' || action === 'escalate' || action === 'appeal' || resumed) {
    await tellHandlers(tx, after, stepKey, resumed ? 'notify.grievance.answered' : 'notify.grievance.new');
  }
  return after;
}

async function forwardTarget(tx: Ctx, g: repo.GrievanceRow, toOfficeId: number | null | undefined): Promise<offices.Office> {
  if (toOfficeId == null) throw new DomainError('grievance.invalid', {}, { toOfficeId: { key: 'field.required' } });
  if (toOfficeId === g.officeId) throw new DomainError('grievance.invalid', {}, { toOfficeId: { key: 'field.forward-same' } });
  return offices.getOffice(tx.db, toOfficeId);
}

function parseNote(action: GrievanceAction, note: string | undefined): string {
  const parsed = noteSchema.safeParse(note ?? '');
  if (!parsed.success) throw new DomainError('grievance.invalid', {}, { note: { key: 'field.too-long' } });
  if (NEEDS_NOTE.includes(action) && parsed.data === '') throw new DomainError('grievance.invalid', {}, { note: { key: 'field.required' } });
  return parsed.data;
}

/** An officer's step. 404 for a grievance the actor may not even read; 403 for one they may read but not act on at its level. */
export async function takeStep(
  ctx: Ctx,
  input: { grievanceId: number; action: GrievanceAction; note?: string; toOfficeId?: number | null },
): Promise<repo.GrievanceRow> {
  if (ACTOR_OF[input.action] !== 'handler') throw new DomainError('grievance.transition', { action: input.action, status: '' });
  const note = parseNote(input.action, input.note);
  if (ctx.actor.kind === 'public') throw new DomainError('auth.required', {});
  return inTransaction(ctx, async (tx) => {
    const g = await repo.findGrievance(tx.db, input.grievanceId, true);
    if (!g) throw new DomainError('grievance.not-found', {});
    const office = await offices.getOffice(tx.db, g.officeId);
    try {
      authorize(tx, 'grievance.read', office);
    } catch (err) {
      if (err instanceof DomainError && err.code === 'auth.forbidden') throw new DomainError('grievance.not-found', {});
      throw err;
    }
    authorize(tx, HANDLING_RIGHT[g.level as Level], office);
    return apply(tx, g, input.action, { note, toOfficeId: input.toOfficeId ?? null });
  });
}

/** Wrong mobiles with one tracking number before lookups of it are refused, and for how long. */
const LOOKUP_TRIES = 5;
const LOOKUP_LOCK_MS = 60 * 60_000;

/**
 * Finds a grievance by what its complainant holds: the tracking number and the mobile it was filed with. One
 * answer (404) for a wrong number, a wrong mobile and an anonymised grievance; after five wrong mobiles with one
 * number, lookups of it are refused for an hour (429), so the mobile cannot be guessed. Call it outside a
 * transaction that may roll back: the count of wrong tries must stay.
 */
export async function findForComplainant(ctx: Ctx, input: { tracking: string; mobile: string }, lock = false): Promise<repo.GrievanceRow> {
  const tracking = parseTrackingNumber(input.tracking);
  const mobile = toMobileE164(input.mobile);
  const g = tracking ? await repo.findByTracking(ctx.db, tracking, lock) : null;
  if (g?.lookupLockedUntil && g.lookupLockedUntil > ctx.now) {
    throw new DomainError('grievance.lookup-locked', { minutes: Math.ceil((g.lookupLockedUntil.getTime() - ctx.now.getTime()) / 60_000) });
  }
  if (!g || g.mobile === null || g.mobile !== mobile) {
    if (g && g.mobile !== null) await repo.recordLookupFailure(ctx.db, g.id, ctx.now, LOOKUP_TRIES, LOOKUP_LOCK_MS);
    throw new DomainError('grievance.not-found', {});
  }
  if (g.lookupFailures > 0) await repo.clearLookupFailures(ctx.db, g.id);
  return g;
}

/** The complainant's step, proven by tracking number and mobile: answer a question, appeal a decision, accept it. Acts for nobody. */
export async function complainantStep(
  callerCtx: Ctx,
  input: { tracking: string; mobile: string; action: 'answer' | 'appeal' | 'satisfied'; note?: string },
): Promise<repo.GrievanceRow> {
  const ctx: Ctx = { ...callerCtx, actor: PUBLIC };
  const note = parseNote(input.action, input.note);
  await findForComplainant(ctx, input);
  return inTransaction(ctx, async (tx) => {
    const g = await findForComplainant(tx, input, true);
    return apply(tx, g, input.action, { note });
  });
}

/** The scheduler's step: escalate when the last day has passed. Returns null when the grievance has moved on. */
export async function escalateIfDue(tx: Ctx, input: { grievanceId: number; level: string; dueOn: string }): Promise<repo.GrievanceRow | null> {
  const g = await repo.findGrievance(tx.db, input.grievanceId, true);
  if (!g || g.level !== input.level || g.dueOn !== input.dueOn) return null;
  if (!isOverdue(stateOf(g), today(tx))) return null;
  return apply(tx, g, 'escalate', { note: '' });
}

/** The scheduler's step: no answer came in CLARIFICATION_WAIT_DAYS, so the clock runs again. */
export async function resumeIfUnanswered(tx: Ctx, input: { grievanceId: number; askedAt: string }): Promise<repo.GrievanceRow | null> {
  const g = await repo.findGrievance(tx.db, input.grievanceId, true);
  if (!g || g.status !== 'clarification' || g.updatedAt.toISOString() !== input.askedAt) return null;
  return apply(tx, g, 'resume', { note: '' });
}
