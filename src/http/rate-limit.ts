// A limit per client address on the forms anyone can post without signing in (sign-in, password reset),
// beside the per-account lock: many accounts guessed from one address meet this one. Counted in the
// process (a fixed window per address); behind several app servers each counts its own share.
import { getConnInfo } from '@hono/node-server/conninfo';
import { createMiddleware } from 'hono/factory';
import { DomainError } from '../modules/shared/domain-error.ts';
import type { AppEnv } from './context.ts';

export interface Limit {
  max: number;
  windowMs: number;
}

function addressOf(c: Parameters<Parameters<typeof createMiddleware<AppEnv>>[0]>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // an in-process request (tests) has no socket
  }
}

/** Refuses a POST from an address past `max` in the current window, with 429 and when to try again. */
export function rateLimit(name: string, limit: Limit) {
  const hits = new Map<string, { start: number; count: number }>();
  return createMiddleware<AppEnv>(async (c, next) => {
    if (c.req.method !== 'POST') return next();
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
