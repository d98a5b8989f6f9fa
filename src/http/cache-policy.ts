// How long a cache may keep a response: never (what carries who filed a grievance, a tracking number or a
// mobile in a form), or a few seconds for a published page (then its ETag).
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';

export const noStore = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  c.header('Cache-Control', 'no-store');
});

/**
 * What a published page may be kept for: a few seconds in the browser and the proxy, then asked again by its
 * ETag (a publication shows within them). The page is the same for everyone who reads its language, which the
 * `lang` cookie picks, hence `Vary: Cookie` (nginx keys the language itself, docs/deploy.md).
 */
export const PUBLISHED_MAX_AGE = 10;

export const publishedPage = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.res.status !== 200 || c.res.headers.has('Cache-Control')) return;
  c.header('Cache-Control', `public, max-age=${PUBLISHED_MAX_AGE}`);
  c.header('Vary', 'Cookie', { append: true });
});
