// Who a request comes from (an API token, else a session cookie, else nobody) and the CSRF check on every
// state-changing request a browser can send. Bearer requests need no CSRF token: a browser never adds one.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { sessionActor, tokenActor } from '../modules/accounts/accounts.service.ts';
import { PUBLIC } from '../modules/shared/context.ts';
import { DomainError } from '../modules/shared/domain-error.ts';
import type { AppEnv } from './context.ts';

export const SESSION_COOKIE = 'sid';
const CSRF_COOKIE = 'csrf';
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Secure everywhere but plain http to this very machine (development); deployments sit behind TLS. */
export function secureCookies(c: Context<AppEnv>): boolean {
  const url = new URL(c.req.url);
  const proto = c.req.header('x-forwarded-proto') ?? url.protocol.replace(':', '');
  return !(proto === 'http' && ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname));
}

/**
 * The cookie lives as long as the session, counted by the browser (Max-Age), not as a date from the
 * server's clock: a date would be wrong on a browser whose clock differs, and the database decides expiry.
 */
export function setSessionCookie(c: Context<AppEnv>, token: string, expires: Date, now: Date): void {
  const maxAge = Math.max(0, Math.round((expires.getTime() - now.getTime()) / 1000));
  setCookie(c, SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secureCookies(c), maxAge });
}

export function clearSessionCookie(c: Context<AppEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: secureCookies(c) });
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Writes anyone may make with no account, which act for nobody: filing and following a grievance through the
 * API and Open311 (clients that are not browsers). A forged cross-site request can do nothing here that the
 * forger could not do directly, so they need no CSRF token; they run as the public even with a session cookie,
 * so no ambient right is ever used.
 */
const PUBLIC_WRITES: readonly RegExp[] = [/^\/api\/grievances$/, /^\/api\/grievances\/status\/steps$/, /^\/open311\/v2\/requests\.(json|xml)$/];

function foreignOrigin(origin: string | undefined, url: string): boolean {
  if (!origin) return false;
  try {
    return new URL(origin).host !== new URL(url).host;
  } catch {
    return true; // "null" (a sandboxed page, a file) or garbage: not this site
  }
}

/** What the public reads and never posts from: a published charter and its print, embed and PDF; files; data. */
const SAME_FOR_EVERYONE: readonly RegExp[] = [
  /^\/offices\/\d+\/charter(?:\/print|\/embed|\.pdf)?$/,
  /^\/public\//,
  /^\/sitemap\.xml$/,
  /^\/sitemaps\/[1-9]\d{0,5}\.xml$/,
  /^\/api\//,
  /^\/open311\//,
  /^\/favicon\.ico$/,
];

export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const { db, now } = c.get('deps');
  c.set('actor', PUBLIC);
  if (c.req.method === 'POST' && PUBLIC_WRITES.some((path) => path.test(c.req.path))) {
    // Not from a page of another site: a browser says so (Sec-Fetch-Site, Origin); a client program sends neither.
    if (c.req.header('sec-fetch-site') === 'cross-site' || foreignOrigin(c.req.header('origin'), c.req.url)) {
      throw new DomainError('request.cross-site');
    }
    // A form post cannot send JSON: a page of another site cannot reach the JSON API with a simple request.
    if (c.req.path.startsWith('/api/') && !(c.req.header('content-type') ?? '').toLowerCase().startsWith('application/json')) {
      throw new DomainError('request.json-only');
    }
    c.set('csrf', '');
    return next();
  }
  const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
  if (bearer) {
    const actor = await tokenActor(db, bearer, now());
    if (!actor) throw new DomainError('auth.required', { action: 'token' });
    c.set('actor', actor);
    c.set('csrf', '');
    return next();
  }
  const sid = getCookie(c, SESSION_COOKIE);
  const session = sid ? await sessionActor(db, sid, now()) : null;
  if (session) {
    c.set('actor', session.actor);
    c.set('csrf', session.csrf);
  } else {
    let token = getCookie(c, CSRF_COOKIE);
    if (!token || !/^[\w-]{20,100}$/.test(token)) {
      token = randomBytes(24).toString('base64url');
      // Pages that hold no form to post carry nothing per visitor, so any cache may keep them.
      if (!(c.req.method === 'GET' && SAME_FOR_EVERYONE.some((path) => path.test(c.req.path)))) {
        setCookie(c, CSRF_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'Lax', secure: secureCookies(c) });
      }
    }
    c.set('csrf', token);
  }
  if (UNSAFE.has(c.req.method)) {
    const header = c.req.header('x-csrf-token');
    const type = c.req.header('content-type') ?? '';
    let sent = header ?? '';
    if (!sent && (type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data'))) {
      const body = await c.req.parseBody();
      sent = typeof body._csrf === 'string' ? body._csrf : '';
    }
    if (!sent || !same(sent, c.get('csrf'))) throw new DomainError('auth.csrf');
  }
  return next();
});
