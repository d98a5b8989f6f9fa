// Drains the outbox: claims pending rows, sends each through a Sender, stamps it sent. Safe to run in several
// processes at once and to kill at any instant.
//
// Why a crash loses nothing and sends nothing twice:
// - A row is claimed (claimed_until = now + claimSeconds, attempts + 1) in one statement before it is sent. A worker
//   that dies after claiming and before sending leaves the claim to expire; then the next drain takes the row.
// - A row is stamped sent right after its own send. A worker that dies after the provider accepted the row and
//   before the stamp leaves it unsent in the table, so the next worker sends it again, with the same key. The
//   provider (and the demo and test senders) take the key as an idempotency key and deliver it once: "nothing
//   twice" holds end to end because of the key, not because the worker never repeats itself.
// - Two workers never hold one row: the claim selects with FOR UPDATE SKIP LOCKED, and a row whose claim is live is
//   not pending. claimSeconds must outlast the sends of one batch, or a slow batch's last rows can be claimed again
//   (still harmless, by the key).
import { and, eq, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema.ts';
import type { OutboxRow } from './outbox.service.ts';
import type { Notification, Sender } from './sender.ts';

export interface DrainOptions {
  batch?: number;
  claimSeconds?: number;
  /** a row that failed this many times is left with its lastError for a person to look at */
  maxAttempts?: number;
}

export interface DrainResult {
  claimed: number;
  sent: number;
  failed: number;
}

const MAX_BACKOFF_SECONDS = 6 * 60 * 60;

const addSeconds = (at: Date, seconds: number) => new Date(at.getTime() + seconds * 1000);

/** When a row that failed on its nth attempt may be tried again: the claim, doubled each time, at most six hours. */
export function retryAfterSeconds(attempts: number, claimSeconds: number): number {
  return Math.min(claimSeconds * 2 ** Math.max(attempts - 1, 0), MAX_BACKOFF_SECONDS);
}

/** Takes up to `batch` pending rows for this worker until now + claimSeconds; one statement, so two workers never share a row. */
export async function claim(db: Db, now: Date, options: Required<DrainOptions>): Promise<OutboxRow[]> {
  const until = addSeconds(now, options.claimSeconds);
  const pending = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(isNull(outbox.sentAt), or(isNull(outbox.claimedUntil), lt(outbox.claimedUntil, now)), lt(outbox.attempts, options.maxAttempts)))
    .orderBy(outbox.id)
    .limit(options.batch)
    .for('update', { skipLocked: true });
  const rows = await db
    .update(outbox)
    .set({ claimedUntil: until, attempts: sql`${outbox.attempts} + 1` })
    .where(inArray(outbox.id, pending))
    .returning();
  // RETURNING promises no order; oldest first is what a reader of the outbox expects
  return rows.sort((a, b) => a.id - b.id);
}

const toNotification = (row: OutboxRow): Notification => ({
  key: row.key,
  channel: row.channel === 'sms' ? 'sms' : 'email',
  recipient: row.recipient,
  subject: row.subject,
  body: row.body,
});

function errorText(err: unknown): string {
  const text = err instanceof Error ? err.message || err.name : String(err);
  return text.slice(0, 1000);
}

/** One pass: claim a batch, send each row, stamp each right after its send. */
export async function drainOnce(db: Db, sender: Sender, now: Date, options: DrainOptions = {}): Promise<DrainResult> {
  const opts: Required<DrainOptions> = { batch: 20, claimSeconds: 60, maxAttempts: 8, ...options };
  const rows = await claim(db, now, opts);
  const ours = addSeconds(now, opts.claimSeconds);
  const result: DrainResult = { claimed: rows.length, sent: 0, failed: 0 };
  for (const row of rows) {
    try {
      await sender.send(toNotification(row));
    } catch (err) {
      result.failed++;
      // Only while the claim is still ours: a worker that outlived its claim must not shorten another's.
      await db
        .update(outbox)
        .set({ lastError: errorText(err), claimedUntil: addSeconds(now, retryAfterSeconds(row.attempts, opts.claimSeconds)) })
        .where(and(eq(outbox.id, row.id), isNull(outbox.sentAt), eq(outbox.claimedUntil, ours)));
      continue;
    }
    // The first stamp stands: a row sent again after a crash keeps the time it was first recorded sent.
    await db
      .update(outbox)
      .set({ sentAt: now, claimedUntil: null })
      .where(and(eq(outbox.id, row.id), isNull(outbox.sentAt)));
    result.sent++;
  }
  return result;
}

export interface WorkerOptions extends DrainOptions {
  /** the pause between passes when a pass found less than a full batch */
  intervalMs?: number;
  onError?: (err: unknown) => void;
}

/**
 * Drains the outbox until stopped: a full batch is followed at once by the next pass, anything less waits intervalMs.
 * A pass that fails (the database is away) is reported and the next one tries again. Returns stop, which resolves
 * when the pass under way has finished.
 */
export function startWorker(db: Db, sender: Sender, clock: () => Date, options: WorkerOptions = {}): () => Promise<void> {
  const { intervalMs = 5000, onError = (err: unknown) => console.error('outbox worker:', err), ...drain } = options;
  const batch = drain.batch ?? 20;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  const pass = async (): Promise<void> => {
    let full = false;
    try {
      full = (await drainOnce(db, sender, clock(), drain)).claimed >= batch;
    } catch (err) {
      onError(err);
    }
    if (!stopped) timer = setTimeout(() => (running = pass()), full ? 0 : intervalMs);
  };

  running = pass();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await running;
  };
}
