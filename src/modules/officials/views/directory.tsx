// The officials directory of an office: its posts, who holds each now and who held it; the office's own
// contacts. Those who may keep it get a form per post (a new holder) and one for the contacts.
import { t, type Locale } from '../../../i18n/messages.ts';
import { phone as showPhone } from '../../../i18n/format.ts';
import { CsrfField, ErrorSummary, Field, type FormErrors } from '../../../http/forms.tsx';
import type { Office } from '../../offices/offices.service.ts';
import type { HolderRow, PostRow } from '../officials.repo.ts';

export interface DirectoryPost {
  post: PostRow;
  holders: HolderRow[];
}

export function DirectoryPage(p: { locale: Locale; office: Office; posts: DirectoryPost[]; csrf: string | null; errors: FormErrors | null }) {
  const { locale, office, csrf } = p;
  return (
    <>
      <h1>{t(locale, 'officials.title')}</h1>
      <ErrorSummary locale={locale} errors={p.errors} labels={{ phone: t(locale, 'charter.phone'), email: t(locale, 'charter.email') }} />
      {csrf ? (
        <form method="post" action={`/offices/${office.id}/officials/contacts`} class="stack">
          <h2>{t(locale, 'officials.contacts')}</h2>
          <CsrfField token={csrf} />
          <Field locale={locale} name="phone" label={t(locale, 'charter.phone')}>
            <input id="phone" name="phone" value={office.phone ?? ''} inputmode="tel" />
          </Field>
          <Field locale={locale} name="email" label={t(locale, 'charter.email')} error={p.errors?.fields.email}>
            <input id="email" name="email" type="email" value={office.email ?? ''} />
          </Field>
          <Field locale={locale} name="hours" label={t(locale, 'office.hours')}>
            <input id="hours" name="hours" value={office.hours ?? ''} />
          </Field>
          <Field locale={locale} name="address" label={t(locale, 'office.address')}>
            <input id="address" name="address" value={office.address ?? ''} />
          </Field>
          <button type="submit">{t(locale, 'work.save')}</button>
        </form>
      ) : null}
      <h2>{t(locale, 'officials.posts')}</h2>
      {csrf ? (
        <form method="post" action={`/offices/${office.id}/officials/posts`} class="stack">
          <CsrfField token={csrf} />
          <Field locale={locale} name="designation" label={t(locale, 'officials.designation')} error={p.errors?.fields.designation}>
            <input id="designation" name="designation" required maxlength={300} />
          </Field>
          <Field locale={locale} name="room" label={t(locale, 'officials.room')}>
            <input id="room" name="room" maxlength={100} />
          </Field>
          <button type="submit">{t(locale, 'officials.addPost')}</button>
        </form>
      ) : null}
      {p.posts.length === 0 ? <p class="muted">{t(locale, 'officials.none')}</p> : null}
      {p.posts.map(({ post, holders }) => {
        const current = holders.find((h) => h.endedAt === null);
        const past = holders.filter((h) => h.endedAt !== null);
        return (
          <section class="post" aria-labelledby={`post-${post.id}`}>
            <h3 id={`post-${post.id}`}>{post.designation ?? t(locale, 'officials.untitled')}</h3>
            <p>
              {current?.name ?? t(locale, 'charter.none')}
              {current?.phones.length ? ` · ${current.phones.map((x) => showPhone(x, locale)).join(', ')}` : ''}
              {current?.emails.length ? ` · ${current.emails.join(', ')}` : ''}
            </p>
            {past.length ? <p class="muted">{`${t(locale, 'officials.past')}: ${past.map((h) => h.name ?? '—').join(', ')}`}</p> : null}
            {csrf ? (
              <form method="post" action={`/offices/${office.id}/officials/${post.id}`} class="stack">
                <CsrfField token={csrf} />
                <Field locale={locale} name={`name-${post.id}`} label={t(locale, 'officials.newHolder')}>
                  <input id={`name-${post.id}`} name="name" required />
                </Field>
                <Field locale={locale} name={`phone-${post.id}`} label={t(locale, 'charter.phone')}>
                  <input id={`phone-${post.id}`} name="phone" inputmode="tel" />
                </Field>
                <Field locale={locale} name={`email-${post.id}`} label={t(locale, 'charter.email')}>
                  <input id={`email-${post.id}`} name="email" type="email" />
                </Field>
                <button type="submit">{t(locale, 'officials.assign')}</button>
              </form>
            ) : null}
          </section>
        );
      })}
    </>
  );
}
