// Forgotten passwords: ask for a link by e-mail; set a new password from the link.
import { t, type Locale } from '../../../i18n/messages.ts';
import { CsrfField, ErrorSummary, Field, type FormErrors } from '../../../http/forms.tsx';

export function AskResetPage({ locale, csrf, sent }: { locale: Locale; csrf: string; sent: boolean }) {
  return (
    <>
      <h1>{t(locale, 'account.reset.title')}</h1>
      {sent ? (
        <p class="notice" role="status">
          {t(locale, 'account.reset.sent')}
        </p>
      ) : null}
      <form method="post" action="/password-reset" class="stack">
        <CsrfField token={csrf} />
        <Field locale={locale} name="email" label={t(locale, 'account.email')}>
          <input id="email" name="email" type="email" autocomplete="username" required />
        </Field>
        <button type="submit">{t(locale, 'account.reset.ask')}</button>
      </form>
    </>
  );
}

export function NewPasswordPage({ locale, csrf, action, errors }: { locale: Locale; csrf: string; action: string; errors: FormErrors | null }) {
  return (
    <>
      <h1>{t(locale, 'account.reset.title')}</h1>
      <ErrorSummary locale={locale} errors={errors} labels={{ password: t(locale, 'account.password') }} />
      <form method="post" action={action} class="stack">
        <CsrfField token={csrf} />
        <Field locale={locale} name="password" label={t(locale, 'account.reset.new')} error={errors?.fields.password}>
          <input id="password" name="password" type="password" autocomplete="new-password" minlength={10} required />
        </Field>
        <button type="submit">{t(locale, 'account.reset.save')}</button>
      </form>
    </>
  );
}
