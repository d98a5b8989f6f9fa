// What every use case is called with: ctx = {db, actor, now}. db is the connection or the open
// transaction, actor who acts (never a bare string), now the caller's clock (services never read one).
import type { Db } from '../../db/client.ts';
import type { Role } from '../../db/schema.ts';

export type Actor =
  /** a person signed in, through a browser session or an API token */
  | { kind: 'user'; userId: number; email: string; officeId: number; officePath: string; roles: readonly Role[]; via: 'session' | 'token' }
  /** whoever runs the command line on the machine that holds the data: they could open the database anyway */
  | { kind: 'operator'; name: string }
  /** the product itself: the demo loader, the scheduler, the outbox worker */
  | { kind: 'system'; name: string }
  /** a visitor who has not signed in */
  | { kind: 'public' };

export interface Ctx {
  db: Db;
  actor: Actor;
  now: Date;
}

export const PUBLIC: Actor = { kind: 'public' };

/** Who, as the audit log and people read it. */
export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.email;
    case 'operator':
      return `cli:${actor.name}`;
    case 'system':
      return `system:${actor.name}`;
    case 'public':
      return 'public';
  }
}

/** Runs fn in one transaction; the ctx it gets writes through that transaction (nested calls reuse it). */
export function inTransaction<T>(ctx: Ctx, fn: (tx: Ctx) => Promise<T>): Promise<T> {
  return ctx.db.transaction((db) => fn({ ...ctx, db }));
}
