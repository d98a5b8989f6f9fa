// The scheduler in the database: work due at a time (a reminder, an escalation, re-dating after a holiday).
//
// Why it survives restarts and never does a job twice: a job is a row; it is claimed with FOR UPDATE SKIP
// LOCKED and done, and marked done, in one transaction with everything the job writes (audit, events,
// outbox). A process killed mid-job rolls all of it back and leaves the row as it was, for the next run;
// two processes never hold one row. Scheduling is keyed, so the same job scheduled twice is one row.
import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { jobs } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';

export type JobRow = typeof jobs.$inferSelect;

/** Does one job inside the transaction it is given; returns what happened ('done', 'stale', …). */
export type JobHandler = (ctx: Ctx, job: JobRow) => Promise<string>;
export type JobHandlers = Readonly<Record<string, JobHandler>>;

export interface ScheduleInput {
  key: string;
  kind: string;
  subject?: string;
  payload?: Record<string, unknown>;
  runAt: Date;
}

/**
 * One job, through ctx.db (the caller's transaction). A key already scheduled is a no-op, unless that job was
 * cancelled (a clock stopped and started again on the same last day): then it is scheduled anew. Returns
 * whether a job is now pending under the key because of this call.
 */
export async function schedule(ctx: Ctx, input: ScheduleInput): Promise<boolean> {
  const values = { key: input.key, kind: input.kind, subject: input.subject ?? '', payload: input.payload ?? {}, runAt: input.runAt, createdAt: ctx.now };
  const written = await ctx.db
    .insert(jobs)
    .values(values)
    .onConflictDoUpdate({
      target: jobs.key,
      set: {
        doneAt: null,
        outcome: null,
        attempts: 0,
        lastError: null,
        runAt: values.runAt,
        payload: values.payload,
        kind: values.kind,
        subject: values.subject,
      },
      setWhere: eq(jobs.outcome, 'cancelled'),
    })
    .returning({ id: jobs.id });
  return written.length > 0;
}

/**
 * Marks the pending jobs about a subject as cancelled (its deadline moved), except the keys still wanted. A job
 * being run right now is locked by its runner and skipped: it will find its grievance moved on and end stale.
 * (Waiting for it instead would deadlock: the runner holds the job and waits for the grievance this caller holds.)
 */
export async function cancelJobs(ctx: Ctx, subject: string, keep: readonly string[] = []): Promise<number> {
  const pending = await ctx.db
    .select({ id: jobs.id, key: jobs.key })
    .from(jobs)
    .where(and(eq(jobs.subject, subject), isNull(jobs.doneAt)))
    .for('update', { skipLocked: true });
  let cancelled = 0;
  for (const job of pending) {
    if (keep.includes(job.key)) continue;
    await ctx.db.update(jobs).set({ doneAt: ctx.now, outcome: 'cancelled' }).where(eq(jobs.id, job.id));
    cancelled++;
  }
  return cancelled;
}

const MAX_ATTEMPTS = 8;
const retryAt = (now: Date, attempts: number) => new Date(now.getTime() + Math.min(60_000 * 2 ** attempts, 6 * 3600_000));

export const SCHEDULER_ACTOR = { kind: 'system', name: 'scheduler' } as const;

/**
 * Claims the oldest due job and does it, in one transaction. Returns the job with its outcome, or null when
 * nothing is due. A handler that throws leaves the job for later (attempts + 1, the error kept).
 */
export async function runOne(db: Db, now: Date, handlers: JobHandlers): Promise<{ job: JobRow; outcome: string } | { job: JobRow; error: string } | null> {
  let claimed = null as JobRow | null;
  try {
    return await db.transaction(async (tx) => {
      const [job] = await tx
        .select()
        .from(jobs)
        .where(and(isNull(jobs.doneAt), lte(jobs.runAt, now), sql`${jobs.attempts} < ${MAX_ATTEMPTS}`))
        .orderBy(asc(jobs.runAt), asc(jobs.id))
        .limit(1)
        .for('update', { skipLocked: true });
      if (job === undefined) return null;
      claimed = job;
      const handler = handlers[job.kind];
      const outcome = handler ? await handler({ db: tx, actor: SCHEDULER_ACTOR, now }, job) : 'unknown-kind';
      await tx
        .update(jobs)
        .set({ doneAt: now, outcome })
        .where(and(eq(jobs.id, job.id), isNull(jobs.doneAt)));
      return { job, outcome };
    });
  } catch (err) {
    const job = claimed;
    if (job === null) throw err;
    const error = (err instanceof Error ? err.message || err.name : String(err)).slice(0, 1000);
    // After the last attempt it stays for a person to look at (`outcome` failed; the command line counts them).
    const attempts = job.attempts + 1;
    await db
      .update(jobs)
      .set({ attempts, lastError: error, runAt: retryAt(now, attempts), outcome: attempts >= MAX_ATTEMPTS ? 'failed' : null })
      .where(eq(jobs.id, job.id));
    return { job, error };
  }
}

export interface RunResult {
  done: number;
  failed: number;
}

/** Every job due at `now`, one transaction each; onJob is told of each (the command line's progress bar). */
export async function runDueJobs(
  db: Db,
  now: Date,
  handlers: JobHandlers,
  options: { max?: number; onJob?: (job: JobRow, outcome: string) => void } = {},
): Promise<RunResult> {
  const result: RunResult = { done: 0, failed: 0 };
  const max = options.max ?? 1000;
  const failedIds = new Set<number>();
  while (result.done + result.failed < max) {
    const r = await runOne(db, now, handlers);
    if (r === null) break;
    if ('error' in r) {
      result.failed++;
      // A failed job is pushed into the future, so the loop moves on; stop if the same one comes back.
      if (failedIds.has(r.job.id)) break;
      failedIds.add(r.job.id);
      options.onJob?.(r.job, `error: ${r.error}`);
      continue;
    }
    result.done++;
    options.onJob?.(r.job, r.outcome);
  }
  return result;
}

/** How many jobs are due at `now` (for the command line's progress bar). */
export async function countDueJobs(db: Db, now: Date): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(and(isNull(jobs.doneAt), lte(jobs.runAt, now), sql`${jobs.attempts} < ${MAX_ATTEMPTS}`));
  return row?.n ?? 0;
}

/** Jobs that failed every attempt: the command line reports them. */
export async function countFailedJobs(db: Db): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(and(isNull(jobs.doneAt), eq(jobs.outcome, 'failed')));
  return row?.n ?? 0;
}

/**
 * Runs due jobs until stopped, every intervalMs; a pass that fails (the database is away) is reported and the
 * next tries again. `beforePass` schedules the recurring jobs (a daily sweep) with keys, so each runs once.
 */
export function startScheduler(
  db: Db,
  clock: () => Date,
  handlers: JobHandlers,
  options: { intervalMs?: number; beforePass?: (now: Date) => Promise<void>; onError?: (err: unknown) => void } = {},
): () => Promise<void> {
  const { intervalMs = 30_000, onError = (err: unknown) => console.error('scheduler:', err) } = options;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = async (): Promise<void> => {
    try {
      const now = clock();
      await options.beforePass?.(now);
      await runDueJobs(db, now, handlers, { max: 200 });
    } catch (err) {
      onError(err);
    }
    if (!stopped) timer = setTimeout(() => (running = pass()), intervalMs);
  };
  running = pass();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
