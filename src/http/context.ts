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

/**
 * The site's own address as the visitor sees it, for the addresses a page writes out (JSON-LD, the embed code,
 * the QR code, the sitemap). Behind the proxy (TRUST_PROXY) the scheme is the one nginx forwards
 * (`X-Forwarded-Proto`, which it sets itself), so a site served over TLS says https. The host is always the
 * request's own `Host` (nginx passes `$host`, and keys its cache by it); `X-Forwarded-Host` is not read: a
 * client could send any, and a page kept for everyone would carry it.
 */
export function requestOrigin(c: Context<AppEnv>): string {
  const url = new URL(c.req.url);
  if (!c.get('deps').trustProxy) return url.origin;
  const proto = c.req.header('x-forwarded-proto')?.split(',')[0]?.trim().toLowerCase();
  return proto === 'https' || proto === 'http' ? `${proto}://${url.host}` : url.origin;
}
