// The addresses of the static files with their version: `/public/style.css?v=…`, the start of the file's
// SHA-256. A versioned address never changes its bytes, so it is kept a year (`immutable`); a release that
// changes a file changes its address. Read once a file a process.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';

const PUBLIC_DIR = new URL('../../public/', import.meta.url);
const versions = new Map<string, string>();

/** `/public/NAME` with its version; a file that cannot be read keeps its bare address. */
export function asset(path: `/public/${string}`): string {
  let version = versions.get(path);
  if (version === undefined) {
    try {
      version = createHash('sha256')
        .update(readFileSync(fileURLToPath(new URL(path.slice('/public/'.length), PUBLIC_DIR))))
        .digest('hex')
        .slice(0, 12);
    } catch {
      version = '';
    }
    versions.set(path, version);
  }
  return version ? `${path}?v=${version}` : path;
}

export const YEAR_SECONDS = 365 * 24 * 3600;

/** A year for a versioned address whose version is the file's; a day for the bare one, then its ETag. */
export const staticCache = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.res.status !== 200) return;
  const path = new URL(c.req.url).pathname as `/public/${string}`;
  const asked = c.req.query('v');
  const current = asked ? asset(path) : '';
  c.header('Cache-Control', asked && current.endsWith(`?v=${asked}`) ? `public, max-age=${YEAR_SECONDS}, immutable` : 'public, max-age=86400');
});
