// The signed-in person's page: who they are, their office and roles, API tokens, and signing out.
import { t, type Locale } from '../../../i18n/messages.ts';
import { CsrfField } from '../../../http/forms.tsx';
import { digits, num } from '../../../i18n/format.ts';
import type { Role } from '../../../db/schema.ts';

export interface AccountProps {
  locale: Locale;
  csrf: string;
  email: string;
  officeName: string;
  officeId: number;
  roles: readonly Role[];
  newToken: string | null;
  tokens: { id: number; label: string; createdAt: Date; lastUsedAt: Date | null }[];
}

export function AccountPage({ locale, csrf, email, officeName, officeId, roles, newToken, tokens }: AccountProps) {
  const day = (d: Date) => digits(d.toISOString().slice(0, 10), locale);
  return (
    <>
      <h1>{t(locale, 'account.title')}</h1>
      <dl class="facts">
        <dt>{t(locale, 'account.email')}</dt>
        <dd>{email}</dd>
        <dt>{t(locale, 'account.office')}</dt>
        <dd>
          <a href={`/offices/${officeId}`}>{officeName}</a>
        </dd>
        <dt>{t(locale, 'account.roles')}</dt>
        <dd>{roles.map((r) => t(locale, `role.${r}`)).join(', ')}</dd>
      </dl>
      <h2>{t(locale, 'account.tokens')}</h2>
      <p>{t(locale, 'account.tokens.hint')}</p>
      {newToken ? (
        <div class="notice" role="status">
          <p>{t(locale, 'account.tokens.once')}</p>
          <p>
            <code class="token">{newToken}</code>
          </p>
        </div>
      ) : null}
      {tokens.length ? (
        <ul class="tokens">
          {tokens.map((k) => (
            <li>
              {`#${num(k.id, locale)} ${k.label} · ${t(locale, 'account.tokens.made')} ${day(k.createdAt)} · ${t(locale, 'account.tokens.used')} ${k.lastUsedAt ? day(k.lastUsedAt) : t(locale, 'account.tokens.never')} `}
              <form method="post" action={`/account/tokens/${k.id}/revoke`} class="inline">
                <CsrfField token={csrf} />
                <button type="submit" aria-label={`${t(locale, 'account.tokens.revoke')} #${k.id}`}>
                  {t(locale, 'account.tokens.revoke')}
                </button>
              </form>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{t(locale, 'account.tokens.none')}</p>
      )}
      <form method="post" action="/account/tokens">
        <CsrfField token={csrf} />
        <button type="submit">{t(locale, 'account.tokens.create')}</button>
      </form>
      <h2>{t(locale, 'account.signOut')}</h2>
      <form method="post" action="/sign-out">
        <CsrfField token={csrf} />
        <button type="submit">{t(locale, 'account.signOut')}</button>
      </form>
    </>
  );
}
