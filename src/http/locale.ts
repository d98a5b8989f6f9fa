// Picks the interface language: ?lang= (remembered in a cookie), then the cookie, then Bangla.
import { getCookie, setCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { isLocale } from '../i18n/messages.ts';
import type { AppEnv } from './context.ts';

export const locale = createMiddleware<AppEnv>(async (c, next) => {
  const asked = c.req.query('lang');
  if (isLocale(asked)) {
    setCookie(c, 'lang', asked, { path: '/', sameSite: 'Lax', maxAge: 60 * 60 * 24 * 365, httpOnly: true });
    c.set('locale', asked);
  } else {
    const saved = getCookie(c, 'lang');
    c.set('locale', isLocale(saved) ? saved : 'bn');
  }
  await next();
});

/** The same page in the other language. */
export function switchLanguageHref(url: string, current: 'bn' | 'en'): string {
  const u = new URL(url);
  u.searchParams.set('lang', current === 'bn' ? 'en' : 'bn');
  return `${u.pathname}${u.search}`;
}
