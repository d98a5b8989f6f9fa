// The citizen's pages: the grievance form, the page that gives the tracking number, and the status page
// (found by tracking number and mobile), with the answer, appeal and accept forms. All work without JavaScript.
import { t, type Locale } from '../../../i18n/messages.ts';
import { date, dateTime, digits } from '../../../i18n/format.ts';
import { CsrfField, ErrorSummary, Field, describedBy, type FormErrors } from '../../../http/forms.tsx';
import { formatTrackingNumber } from '../../../grievance/tracking.ts';
import type { Office } from '../../offices/offices.service.ts';
import { OfficeName, officeName } from '../../offices/views/home.tsx';
import type { PublicStatus } from '../grievances.presenter.ts';
import { ATTACHMENT_LIMITS } from '../attachments.ts';
import { countStartOf, DeadlineExplanationList } from './deadline.tsx';
import { EventList } from './parts.tsx';

export type FormValues = Record<string, string>;

export interface ServiceChoice {
  id: number;
  label: string;
}

export function GrievanceForm(p: {
  locale: Locale;
  office: Office;
  services: ServiceChoice[];
  firstDays: number;
  values: FormValues;
  errors: FormErrors | null;
  csrf: string;
  /** how many grievances about the chosen service are open at the office: counts only, nobody's */
  openAbout: number;
}) {
  const { locale, values, errors } = p;
  const v = (name: string) => values[name] ?? '';
  const err = (name: string) => errors?.fields[name];
  const labels = {
    name: t(locale, 'grievance.form.name'),
    mobile: t(locale, 'grievance.form.mobile'),
    email: t(locale, 'grievance.form.email'),
    address: t(locale, 'grievance.form.address'),
    serviceId: t(locale, 'grievance.form.service'),
    description: t(locale, 'grievance.form.description'),
    remedy: t(locale, 'grievance.form.remedy'),
    attachments: t(locale, 'grievance.form.attachments'),
  };
  return (
    <>
      <h1>{t(locale, 'grievance.form.title', { office: officeName(p.office, locale) })}</h1>
      <p class="lead">{t(locale, 'grievance.form.intro', { days: p.firstDays })}</p>
      <ErrorSummary locale={locale} errors={errors} labels={labels} />
      <form method="post" action={`/offices/${p.office.id}/grievances`} enctype="multipart/form-data" class="stack" novalidate>
        <CsrfField token={p.csrf} />
        <fieldset>
          <legend>{t(locale, 'grievance.form.you')}</legend>
          <Field locale={locale} name="name" label={labels.name} error={err('name')}>
            <input
              id="name"
              name="name"
              value={v('name')}
              required
              maxlength={200}
              autocomplete="name"
              aria-describedby={describedBy('name', false, err('name'))}
            />
          </Field>
          <Field locale={locale} name="mobile" label={labels.mobile} hint={t(locale, 'grievance.form.mobile-hint')} error={err('mobile')}>
            <input
              id="mobile"
              name="mobile"
              value={v('mobile')}
              required
              inputmode="tel"
              autocomplete="tel"
              aria-describedby={describedBy('mobile', true, err('mobile'))}
            />
          </Field>
          <Field locale={locale} name="email" label={labels.email} error={err('email')}>
            <input id="email" name="email" type="email" value={v('email')} autocomplete="email" aria-describedby={describedBy('email', false, err('email'))} />
          </Field>
          <Field locale={locale} name="address" label={labels.address} error={err('address')}>
            <input
              id="address"
              name="address"
              value={v('address')}
              maxlength={500}
              autocomplete="street-address"
              aria-describedby={describedBy('address', false, err('address'))}
            />
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t(locale, 'grievance.form.about')}</legend>
          {p.openAbout > 0 ? (
            <p class="notice">
              {t(locale, 'grievance.form.open-about', { n: p.openAbout })} <a href="/grievances/status">{t(locale, 'grievance.link.status')}</a>
            </p>
          ) : null}
          <Field locale={locale} name="serviceId" label={labels.serviceId} error={err('serviceId')}>
            <select id="serviceId" name="serviceId" aria-describedby={describedBy('serviceId', false, err('serviceId'))}>
              <option value="">{t(locale, 'grievance.form.service-none')}</option>
              {p.services.map((s) => (
                <option value={String(s.id)} selected={v('serviceId') === String(s.id)} lang="bn">
                  {s.label}
                </option>
              ))}
            </select>
          </Field>
          <Field locale={locale} name="description" label={labels.description} hint={t(locale, 'grievance.form.description-hint')} error={err('description')}>
            <textarea
              id="description"
              name="description"
              rows={6}
              required
              maxlength={5000}
              aria-describedby={describedBy('description', true, err('description'))}
            >
              {v('description')}
            </textarea>
          </Field>
          <Field locale={locale} name="remedy" label={labels.remedy} error={err('remedy')}>
            <textarea id="remedy" name="remedy" rows={3} maxlength={2000} aria-describedby={describedBy('remedy', false, err('remedy'))}>
              {v('remedy')}
            </textarea>
          </Field>
          <Field
            locale={locale}
            name="attachments"
            label={t(locale, 'grievance.form.attachments')}
            hint={`${t(locale, 'grievance.form.attachments-hint', { files: ATTACHMENT_LIMITS.files, each: ATTACHMENT_LIMITS.fileBytes / 1024 / 1024 })}${errors ? ` ${t(locale, 'grievance.form.attach-again')}` : ''}`}
            error={err('attachments')}
          >
            <input
              id="attachments"
              name="attachments"
              type="file"
              multiple
              accept="application/pdf,image/jpeg,image/png"
              aria-describedby={describedBy('attachments', true, err('attachments'))}
            />
          </Field>
          <div class="field checkbox">
            <input id="publish" name="publish" type="checkbox" value="on" checked={v('publish') === 'on'} />
            <label for="publish">{t(locale, 'grievance.form.publish')}</label>
          </div>
        </fieldset>
        {/* A field people never see: a program that fills every field fills this one too. */}
        <div class="trap" aria-hidden="true">
          <label for="website">{t(locale, 'grievance.form.trap')}</label>
          <input id="website" name="website" tabindex={-1} autocomplete="off" />
        </div>
        <button type="submit">{t(locale, 'grievance.form.submit')}</button>
      </form>
    </>
  );
}

export function FiledPage(p: { locale: Locale; office: Office | null; tracking: string; dueOn: string | null }) {
  const { locale } = p;
  return (
    <>
      <h1>{t(locale, 'grievance.filed.title')}</h1>
      {p.office ? <p>{officeName(p.office, locale)}</p> : null}
      <p class="tracking">
        {t(locale, 'grievance.filed.tracking')}: <strong>{digits(formatTrackingNumber(p.tracking), locale)}</strong>
      </p>
      {p.dueOn ? <p>{t(locale, 'grievance.filed.due', { due: date(p.dueOn, locale) })}</p> : null}
      <p>{t(locale, 'grievance.filed.keep')}</p>
      <p>
        <a class="button" href={`/grievances/status?tracking=${p.tracking}`}>
          {t(locale, 'grievance.link.status')}
        </a>
      </p>
    </>
  );
}

export function StatusLookup(p: { locale: Locale; csrf: string; tracking: string; mobile: string; errors: FormErrors | null }) {
  const { locale } = p;
  const labels = { tracking: t(locale, 'grievance.status.tracking'), mobile: t(locale, 'grievance.form.mobile') };
  return (
    <form method="post" action="/grievances/status" class="stack">
      <p>{t(locale, 'grievance.status.intro')}</p>
      <ErrorSummary locale={locale} errors={p.errors} labels={labels} />
      <CsrfField token={p.csrf} />
      <Field locale={locale} name="tracking" label={labels.tracking} hint={t(locale, 'grievance.status.tracking-hint')}>
        <input id="tracking" name="tracking" value={p.tracking} required inputmode="numeric" autocomplete="off" aria-describedby="tracking-hint" />
      </Field>
      <Field locale={locale} name="mobile" label={labels.mobile}>
        <input id="mobile" name="mobile" value={p.mobile} required inputmode="tel" autocomplete="tel" />
      </Field>
      <button type="submit">{t(locale, 'grievance.status.find')}</button>
    </form>
  );
}

/** Hidden fields that prove the complainant on each form of the status page (the page is never a URL to share). */
const Proof = ({ csrf, tracking, mobile }: { csrf: string; tracking: string; mobile: string }) => (
  <>
    <CsrfField token={csrf} />
    <input type="hidden" name="tracking" value={tracking} />
    <input type="hidden" name="mobile" value={mobile} />
  </>
);

export function StatusView(p: { locale: Locale; status: PublicStatus; csrf: string; mobile: string; notice: boolean; errors: FormErrors | null }) {
  const { locale, status: s } = p;
  const office = { nameBn: s.office.nameBn, nameEn: s.office.nameEn };
  const proof = <Proof csrf={p.csrf} tracking={s.trackingNumber} mobile={p.mobile} />;
  return (
    <>
      {p.notice ? (
        <p class="notice" role="status">
          {t(locale, 'grievance.status.done')}
        </p>
      ) : null}
      <ErrorSummary locale={locale} errors={p.errors} labels={{ note: t(locale, 'grievance.status.your-answer') }} />
      <dl class="facts">
        <dt>{t(locale, 'grievance.filed.tracking')}</dt>
        <dd>{digits(formatTrackingNumber(s.trackingNumber), locale)}</dd>
        <dt>{t(locale, 'grievance.status.office')}</dt>
        <dd>
          <OfficeName office={office} locale={locale} />
        </dd>
        {s.service ? (
          <>
            <dt>{t(locale, 'grievance.status.service')}</dt>
            <dd lang="bn">{s.service}</dd>
          </>
        ) : null}
        <dt>{t(locale, 'grievance.status.now')}</dt>
        <dd>
          <strong>{t(locale, `grievance.status.${s.status}`)}</strong>
        </dd>
        <dt>{t(locale, 'grievance.status.with')}</dt>
        <dd>{t(locale, `grievance.level.${s.level}`)}</dd>
        <dt>{t(locale, 'grievance.status.received-at')}</dt>
        <dd>{dateTime(new Date(s.receivedAt), locale)}</dd>
        {s.dueOn ? (
          <>
            <dt>{t(locale, 'grievance.status.due')}</dt>
            <dd>{date(s.dueOn, locale)}</dd>
          </>
        ) : null}
      </dl>
      {s.overdue ? <p class="notice">{t(locale, 'grievance.status.overdue')}</p> : null}
      {s.answer ? (
        <section aria-labelledby="answer-title">
          <h2 id="answer-title">{t(locale, 'grievance.status.answer')}</h2>
          <p lang="bn" class="prose">
            {s.answer}
          </p>
        </section>
      ) : null}
      {s.may.answer ? (
        <form method="post" action="/grievances/status/steps" class="stack">
          {proof}
          <input type="hidden" name="action" value="answer" />
          <Field locale={locale} name="note" label={t(locale, 'grievance.status.your-answer')} error={p.errors?.fields.note}>
            <textarea id="note" name="note" rows={4} required maxlength={5000} aria-describedby={describedBy('note', false, p.errors?.fields.note)} />
          </Field>
          <button type="submit">{t(locale, 'grievance.status.send-answer')}</button>
        </form>
      ) : null}
      {s.may.appeal ? (
        <form method="post" action="/grievances/status/steps" class="stack">
          {proof}
          <input type="hidden" name="action" value="appeal" />
          <Field locale={locale} name="appeal-note" label={t(locale, 'grievance.status.appeal-note')}>
            <textarea id="appeal-note" name="note" rows={3} maxlength={5000} />
          </Field>
          <button type="submit">{t(locale, 'grievance.status.appeal')}</button>
        </form>
      ) : null}
      {s.may.accept ? (
        <form method="post" action="/grievances/status/steps" class="stack">
          {proof}
          <input type="hidden" name="action" value="satisfied" />
          <button type="submit" class="secondary">
            {t(locale, 'grievance.status.accept')}
          </button>
        </form>
      ) : null}
      {s.explanation ? <DeadlineExplanationList locale={locale} explanation={s.explanation} start={countStartOf(s.events.map((e) => e.action))} /> : null}
      <h2>{t(locale, 'grievance.status.history')}</h2>
      <EventList locale={locale} events={s.events} />
    </>
  );
}
