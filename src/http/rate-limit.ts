// A limit per client address on what anyone can do without signing in (sign-in, password reset, filing and
// following a grievance), beside the locks kept in the database (per account, per mobile, per tracking number).
// Counted in the process (a fixed window per address); behind several app servers each counts its own share.
// Behind a reverse proxy every request comes from the proxy: with TRUST_PROXY on, the address is the one the
// proxy saw, the last entry of X-Forwarded-For (entries before it are whatever the client sent).
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import { DomainError } from '../modules/shared/domain-error.ts';
import type { AppEnv } from './context.ts';

export interface Limit {
  max: number;
  windowMs: number;
  /** the methods counted; POST unless said (a lookup by GET can be a guess too) */
  methods?: readonly string[];
}

function addressOf(c: Parameters<Parameters<typeof createMiddleware<AppEnv>>[0]>[0]): string {
  if (c.get('deps').trustProxy) {
    const forwarded = c.req
      .header('x-forwarded-for')
      ?.split(',')
      .map((part) => part.trim())
      .filter(Boolean)
      .at(-1);
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // an in-process request (tests) has no socket
  }
}

/** Refuses a request (POST unless said) from an address past `max` in the current window, with 429 and when to try again. */
export function rateLimit(name: string, limit: Limit) {
  const hits = new Map<string, { start: number; count: number }>();
  const methods = limit.methods ?? ['POST'];
  return createMiddleware<AppEnv>(async (c, next) => {
    if (!methods.includes(c.req.method)) return next();
    const now = c.get('deps').now().getTime();
    const key = addressOf(c);
    const entry = hits.get(key);
    const current = entry && now - entry.start < limit.windowMs ? entry : { start: now, count: 0 };
    current.count++;
    hits.set(key, current);
    if (hits.size > 10_000) for (const [k, v] of hits) if (now - v.start >= limit.windowMs) hits.delete(k);
    if (current.count > limit.max) {
      throw new DomainError('request.too-many', { minutes: Math.ceil((current.start + limit.windowMs - now) / 60_000), form: name });
    }
    return next();
  });
}
