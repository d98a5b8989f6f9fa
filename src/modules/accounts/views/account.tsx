// The signed-in person's page: who they are, their office and roles, API tokens, and signing out.
import { t, type Locale } from '../../../i18n/messages.ts';
import { CsrfField } from '../../../http/forms.tsx';
import type { Role } from '../../../db/schema.ts';

export interface AccountProps {
  locale: Locale;
  csrf: string;
  email: string;
  officeName: string;
  officeId: number;
  roles: readonly Role[];
  newToken: string | null;
}

export function AccountPage({ locale, csrf, email, officeName, officeId, roles, newToken }: AccountProps) {
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
