// The sign-in page: e-mail and password, working without JavaScript.
import { t, type Locale } from '../../../i18n/messages.ts';
import { CsrfField, describedBy, ErrorSummary, Field, type FormErrors } from '../../../http/forms.tsx';

export function SignInPage({
  locale,
  csrf,
  email,
  errors,
  next,
  reset,
}: {
  locale: Locale;
  csrf: string;
  email: string;
  errors: FormErrors | null;
  next: string;
  reset?: boolean;
}) {
  const labels = { email: t(locale, 'account.email'), password: t(locale, 'account.password') };
  return (
    <>
      <h1>{t(locale, 'account.signIn')}</h1>
      {reset ? (
        <p class="notice" role="status">
          {t(locale, 'account.reset.done')}
        </p>
      ) : null}
      <ErrorSummary locale={locale} errors={errors} labels={labels} />
      <form method="post" action="/sign-in" class="stack" novalidate>
        <CsrfField token={csrf} />
        <input type="hidden" name="next" value={next} />
        <Field locale={locale} name="email" label={labels.email} error={errors?.fields.email}>
          <input
            id="email"
            name="email"
            type="email"
            autocomplete="username"
            value={email}
            required
            aria-describedby={describedBy('email', false, errors?.fields.email)}
          />
        </Field>
        <Field locale={locale} name="password" label={labels.password} error={errors?.fields.password}>
          <input
            id="password"
            name="password"
            type="password"
            autocomplete="current-password"
            required
            aria-describedby={describedBy('password', false, errors?.fields.password)}
          />
        </Field>
        <button type="submit">{t(locale, 'account.signIn')}</button>
      </form>
      <p>
        <a href="/password-reset">{t(locale, 'account.forgot')}</a>
      </p>
    </>
  );
}
