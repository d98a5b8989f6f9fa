// The notifications outbox: e-mail and SMS are rows written in the transaction of the change that causes them.
// A change that rolls back takes its notifications with it; one that commits cannot lose them. The worker sends.
import { desc } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { outbox } from '../../db/schema.ts';
import { render, type Locale, type Message } from '../../i18n/messages.ts';
import type { Ctx } from '../shared/context.ts';

export const CHANNELS = ['email', 'sms'] as const;
export type Channel = (typeof CHANNELS)[number];

const notificationSchema = z.object({
  /** the idempotency key: one notification, one key, however often the change that causes it is retried */
  key: z.string().trim().min(1).max(300),
  channel: z.enum(CHANNELS),
  recipient: z.string().trim().min(1).max(320),
  subject: z.string().max(500).default(''),
  body: z.string().min(1).max(20_000),
});

export type NotificationInput = z.input<typeof notificationSchema>;
export type OutboxRow = typeof outbox.$inferSelect;

/**
 * Writes one notification, through ctx.db: call it with the caller's transaction so the row commits with the change.
 * A key already in the outbox (the same change written twice, a retried request) is a no-op; returns whether a row was written.
 */
export async function enqueue(ctx: Ctx, input: NotificationInput): Promise<boolean> {
  const n = notificationSchema.parse(input);
  const written = await ctx.db
    .insert(outbox)
    .values({ ...n, createdAt: ctx.now })
    .onConflictDoNothing({ target: outbox.key })
    .returning({ id: outbox.id });
  return written.length > 0;
}

export interface NotifyInput {
  /** what happened to whom, e.g. `edition:42:submitted:user:7`; the channel is appended */
  key: string;
  to: { email?: string | null | undefined; phone?: string | null | undefined };
  message: { subject: Message; body: Message };
  /** the recipient's language; without one, Bangla first, then English */
  locale?: Locale | undefined;
}

/** The text of a message in one language, or in both, Bangla first: a notification has no page to switch language on. */
function text(m: Message, locale: Locale | undefined, separator: string): string {
  return locale ? render(locale, m) : `${render('bn', m)}${separator}${render('en', m)}`;
}

/**
 * One notification to a person, by e-mail and by SMS where they have an address for each: rows keyed `${key}:email`
 * and `${key}:sms`. An SMS has no subject. Returns the keys of the rows written (none for a repeat).
 */
export async function notify(ctx: Ctx, input: NotifyInput): Promise<string[]> {
  const subject = text(input.message.subject, input.locale, ' / ');
  const body = text(input.message.body, input.locale, '\n\n');
  const rows: NotificationInput[] = [];
  const email = input.to.email?.trim();
  const phone = input.to.phone?.trim();
  if (email) rows.push({ key: `${input.key}:email`, channel: 'email', recipient: email, subject, body });
  if (phone) rows.push({ key: `${input.key}:sms`, channel: 'sms', recipient: phone, subject: '', body });
  const written: string[] = [];
  for (const row of rows) if (await enqueue(ctx, row)) written.push(row.key);
  return written;
}

/** The newest rows first, sent or not, for the demo page that shows what would have been sent. */
export async function listOutbox(db: Db, input: { limit?: number } = {}): Promise<OutboxRow[]> {
  const limit = Math.min(Math.max(input.limit ?? 50, 1), 500);
  return db.select().from(outbox).orderBy(desc(outbox.id)).limit(limit);
}
