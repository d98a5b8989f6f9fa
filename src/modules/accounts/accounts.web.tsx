// Pages for accounts: sign in (a new session each time), sign out, and the person's own page with API tokens.
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { getCookie } from 'hono/cookie';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { clearSessionCookie, SESSION_COOKIE, setSessionCookie } from '../../http/auth.ts';
import { Layout } from '../../http/layout.tsx';
import { idParam } from '../../http/errors.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { t } from '../../i18n/messages.ts';
import { DomainError } from '../shared/domain-error.ts';
import * as offices from '../offices/offices.service.ts';
import { officeName } from '../offices/views/home.tsx';
import { createToken, listTokens, requestPasswordReset, resetPassword, revokeToken, signIn, signOut } from './accounts.service.ts';
import { AskResetPage, NewPasswordPage } from './views/reset.tsx';
import { SignInPage } from './views/sign-in.tsx';
import { AccountPage } from './views/account.tsx';
import type { FormErrors } from '../../http/forms.tsx';
import { rateLimit } from '../../http/rate-limit.ts';

export const accountsWeb = new Hono<AppEnv>();

// Per address, beside the per-account lock: 30 sign-ins and 10 reset requests in 15 minutes.
accountsWeb.use('/sign-in', rateLimit('sign-in', { max: 30, windowMs: 15 * 60_000 }));
accountsWeb.use('/password-reset', rateLimit('password-reset', { max: 10, windowMs: 15 * 60_000 }));

/** Only a path of this site: never an open redirect. */
// Printable ASCII only (a browser drops a tab or a newline, and '/\t/evil.example' would become '//evil.example').
const safeNext = (next: unknown) => (typeof next === 'string' && /^\/(?![/\\])[\x21-\x7e]*$/.test(next) ? next : '/account');

function signInPage(c: Context<AppEnv>, email: string, errors: FormErrors | null, next: string, status: 200 | 400 | 401 | 429 = 200) {
  const locale = c.get('locale');
  return c.html(
    <Layout locale={locale} title={t(locale, 'account.signIn')} switchHref={switchLanguageHref(c.req.url, locale)}>
      <SignInPage locale={locale} csrf={c.get('csrf')} email={email} errors={errors} next={next} reset={c.req.query('reset') === '1'} />
    </Layout>,
    status,
  );
}

accountsWeb.get('/sign-in', (c) => signInPage(c, '', null, safeNext(c.req.query('next'))));

accountsWeb.post('/sign-in', async (c) => {
  const body = await c.req.parseBody();
  const email = typeof body.email === 'string' ? body.email.slice(0, 200) : '';
  const password = typeof body.password === 'string' ? body.password.slice(0, 200) : '';
  const next = safeNext(body.next);
  const fields: FormErrors['fields'] = {
    ...(email.trim() ? {} : { email: { key: 'field.required' } }),
    ...(password ? {} : { password: { key: 'field.required' } }),
  };
  if (Object.keys(fields).length) return signInPage(c, email, { fields }, next, 400);
  try {
    const ctx = ctxOf(c);
    const session = await signIn(ctx, { email, password, previousToken: getCookie(c, SESSION_COOKIE) ?? null });
    setSessionCookie(c, session.token, session.expiresAt, ctx.now);
    return c.redirect(next, 303);
  } catch (err) {
    if (err instanceof DomainError && (err.code === 'auth.bad-credentials' || err.code === 'auth.locked')) {
      return signInPage(c, email, { summary: err.text, fields: {} }, next, err.code === 'auth.locked' ? 429 : 401);
    }
    throw err;
  }
});

accountsWeb.post('/sign-out', async (c) => {
  const sid = getCookie(c, SESSION_COOKIE);
  if (sid) await signOut(c.get('deps').db, sid);
  clearSessionCookie(c);
  return c.redirect('/', 303);
});

async function accountPage(c: Context<AppEnv>, newToken: string | null) {
  const actor = c.get('actor');
  const locale = c.get('locale');
  if (actor.kind !== 'user') return c.redirect(`/sign-in?next=${encodeURIComponent('/account')}`, 303);
  const office = await offices.getOffice(c.get('deps').db, actor.officeId);
  return c.html(
    <Layout locale={locale} title={t(locale, 'account.title')} switchHref={switchLanguageHref(c.req.url, locale)}>
      <AccountPage
        locale={locale}
        csrf={c.get('csrf')}
        email={actor.email}
        officeName={officeName(office, locale)}
        officeId={office.id}
        roles={actor.roles}
        newToken={newToken}
        tokens={await listTokens(ctxOf(c))}
      />
    </Layout>,
  );
}

accountsWeb.get('/account', (c) => accountPage(c, null));

accountsWeb.post('/account/tokens/:tokenId/revoke', async (c) => {
  await revokeToken(ctxOf(c), { tokenId: idParam(c.req.param('tokenId')) });
  return c.redirect('/account', 303);
});

// The token is shown in the answer to the POST itself, once: it is stored only as a hash.
accountsWeb.post('/account/tokens', async (c) => {
  const actor = c.get('actor');
  if (actor.kind !== 'user') throw new DomainError('auth.required', { action: 'token' });
  const { token } = await createToken(ctxOf(c), { email: actor.email, label: 'web' });
  c.header('Cache-Control', 'no-store');
  return accountPage(c, token);
});

const page = (c: Context<AppEnv>, title: string, body: Child, status: 200 | 400 = 200) => {
  const locale = c.get('locale');
  return c.html(
    <Layout locale={locale} title={title} switchHref={switchLanguageHref(c.req.url, locale)}>
      {body}
    </Layout>,
    status,
  );
};

accountsWeb.get('/password-reset', (c) =>
  page(c, t(c.get('locale'), 'account.reset.title'), <AskResetPage locale={c.get('locale')} csrf={c.get('csrf')} sent={c.req.query('sent') === '1'} />),
);

accountsWeb.post('/password-reset', async (c) => {
  const body = await c.req.parseBody();
  await requestPasswordReset(ctxOf(c), { email: typeof body.email === 'string' ? body.email.slice(0, 200) : '' });
  return c.redirect('/password-reset?sent=1', 303);
});

const resetForm = (c: Context<AppEnv>, errors: FormErrors | null) =>
  page(
    c,
    t(c.get('locale'), 'account.reset.title'),
    <NewPasswordPage locale={c.get('locale')} csrf={c.get('csrf')} action={`/password-reset/${c.req.param('token') ?? ''}`} errors={errors} />,
    errors ? 400 : 200,
  );

accountsWeb.get('/password-reset/:token', (c) => resetForm(c, null));

accountsWeb.post('/password-reset/:token', async (c) => {
  const body = await c.req.parseBody();
  try {
    await resetPassword(ctxOf(c), { token: c.req.param('token'), password: typeof body.password === 'string' ? body.password : '' });
  } catch (err) {
    if (err instanceof DomainError && (err.code === 'user.invalid' || err.code === 'auth.reset-invalid'))
      return resetForm(c, { summary: err.text, fields: err.fields });
    throw err;
  }
  return c.redirect('/sign-in?reset=1', 303);
});
