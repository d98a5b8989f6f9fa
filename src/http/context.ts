// What middleware puts on every request: the database and clock, who acts, the locale, the CSRF token.
import type { Context } from 'hono';
import type { Db } from '../db/client.ts';
import type { Locale } from '../i18n/messages.ts';
import type { Actor, Ctx } from '../modules/shared/context.ts';

export interface AppDeps {
  db: Db;
  /** The clock, passed in so pages and tests agree on "today". */
  now: () => Date;
  /** the demo: demo users exist and the outbox page shows what would have been sent */
  demo?: boolean;
  /** behind a reverse proxy: the client's address is the last entry of X-Forwarded-For */
  trustProxy?: boolean;
}

export interface AppEnv {
  Variables: {
    locale: Locale;
    deps: AppDeps;
    requestId: string;
    actor: Actor;
    /** the token every form of this visitor carries (the session's, or a cookie's before sign-in) */
    csrf: string;
  };
}

/** The use cases' ctx for this request. */
export function ctxOf(c: Context<AppEnv>): Ctx {
  const deps = c.get('deps');
  return { db: deps.db, actor: c.get('actor'), now: deps.now() };
}
