// The officers' pages: an office's grievances, one grievance (who filed it only for those who handle it),
// its deadline explained, its steps, the form for the next step, and the dossier for the Cabinet Division's cell.
import { t, type Locale } from '../../../i18n/messages.ts';
import { date, dateTime, digits, num } from '../../../i18n/format.ts';
import { CsrfField, ErrorSummary, Field, describedBy, type FormErrors } from '../../../http/forms.tsx';
import { formatTrackingNumber } from '../../../grievance/tracking.ts';
import { allows, type GrievanceAction } from '../../../grievance/workflow.ts';
import type { Office } from '../../offices/offices.service.ts';
import { OfficeName, officeName } from '../../offices/views/home.tsx';
import type { OfficerView } from '../grievances.presenter.ts';
import type { listGrievances } from '../read.service.ts';
import { countStartOf, DeadlineExplanationList } from './deadline.tsx';
import { ComplainantFacts, EventList, GrievanceTexts } from './parts.tsx';

type ListRow = Awaited<ReturnType<typeof listGrievances>>['grievances'][number];

export function GrievanceList(p: { locale: Locale; office: Office; rows: ListRow[]; open: boolean }) {
  const { locale, office } = p;
  return (
    <>
      <h1>{t(locale, 'grievance.list.title', { office: officeName(office, locale) })}</h1>
      <p class="actions">
        <a href={`/offices/${office.id}/grievances?open=1`} aria-current={p.open ? 'page' : undefined}>
          {t(locale, 'grievance.list.open')}
        </a>
        <a href={`/offices/${office.id}/grievances`} aria-current={p.open ? undefined : 'page'}>
          {t(locale, 'grievance.list.all')}
        </a>
      </p>
      {p.rows.length === 0 ? (
        <p class="muted">{t(locale, 'grievance.list.none')}</p>
      ) : (
        <div class="table-wrap">
          <table class="grievances">
            <thead>
              <tr>
                <th scope="col">{t(locale, 'grievance.filed.tracking')}</th>
                <th scope="col">{t(locale, 'grievance.status.service')}</th>
                <th scope="col">{t(locale, 'grievance.status.now')}</th>
                <th scope="col">{t(locale, 'grievance.status.received-at')}</th>
                <th scope="col">{t(locale, 'grievance.status.due')}</th>
              </tr>
            </thead>
            <tbody>
              {p.rows.map((g) => (
                <tr class={g.overdue ? 'overdue' : undefined}>
                  <th scope="row">
                    <a href={`/grievances/${g.id}`}>{digits(formatTrackingNumber(g.trackingNumber), locale)}</a>
                  </th>
                  <td lang="bn">{g.serviceName || '—'}</td>
                  <td>
                    {t(locale, `grievance.status.${g.status as 'received'}`)} · {t(locale, `grievance.level.${g.level as 'officer'}`)}
                  </td>
                  <td>{dateTime(g.receivedAt, locale)}</td>
                  <td>
                    {g.dueOn ? date(g.dueOn, locale) : '—'}
                    {g.overdue ? <strong class="late"> {t(locale, 'grievance.list.overdue')}</strong> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

const OFFICER_ACTIONS: readonly GrievanceAction[] = ['investigate', 'hearing', 'resolve', 'reject', 'clarify', 'forward'];

function Complainant({ locale, g }: { locale: Locale; g: OfficerView }) {
  const c = g.complainant;
  if (c.anonymised) return <p class="muted">{t(locale, 'grievance.detail.anonymised')}</p>;
  return (
    <>
      <p class="notice">{t(locale, c.masked ? 'grievance.detail.masked' : 'grievance.detail.identity-logged')}</p>
      <ComplainantFacts locale={locale} c={c} />
      {g.repeatOf ? (
        <p class="notice">
          {t(locale, 'grievance.detail.repeat')} <a href={`/grievances/${g.repeatOf.id}`}>{digits(formatTrackingNumber(g.repeatOf.trackingNumber), locale)}</a>
        </p>
      ) : null}
    </>
  );
}

export function GrievanceDetail(p: {
  locale: Locale;
  g: OfficerView;
  csrf: string;
  forwardTo: Office[];
  errors: FormErrors | null;
  values: Record<string, string>;
}) {
  const { locale, g } = p;
  const state = { status: g.status, level: g.level, countFrom: g.countFrom, dueOn: g.dueOn, remainingDays: g.remainingDays, resumeStatus: null };
  // the steps the state machine allows now (the service asks again when one is taken)
  const allowed = OFFICER_ACTIONS.filter((a) => allows(state, a, g.chain));
  return (
    <>
      <h1>{t(locale, 'grievance.detail.title', { tracking: digits(formatTrackingNumber(g.trackingNumber), locale) })}</h1>
      <dl class="facts">
        <dt>{t(locale, 'grievance.status.office')}</dt>
        <dd>
          <OfficeName office={g.office} locale={locale} />
        </dd>
        <dt>{t(locale, 'grievance.status.service')}</dt>
        <dd lang="bn">{g.service.name || '—'}</dd>
        <dt>{t(locale, 'grievance.status.now')}</dt>
        <dd>
          <strong>{t(locale, `grievance.status.${g.status}`)}</strong> · {t(locale, `grievance.level.${g.level}`)}
        </dd>
        <dt>{t(locale, 'grievance.status.received-at')}</dt>
        <dd>{dateTime(new Date(g.receivedAt), locale)}</dd>
        <dt>{t(locale, 'grievance.status.due')}</dt>
        <dd>
          {g.dueOn ? date(g.dueOn, locale) : '—'}
          {g.overdue ? <strong class="late"> {t(locale, 'grievance.list.overdue')}</strong> : null}
        </dd>
      </dl>
      {g.status === 'clarification' ? <p class="notice">{t(locale, 'grievance.detail.stopped', { days: g.remainingDays ?? 0 })}</p> : null}
      {g.yearsWithoutHolidays.length ? (
        <p class="notice warning">
          {t(locale, 'holidays.missing-years', { years: g.yearsWithoutHolidays.map((y) => num(y, locale)).join(', ') })}{' '}
          <a href="/holidays">{t(locale, 'holidays.title')}</a>
        </p>
      ) : null}
      {g.explanation ? <DeadlineExplanationList locale={locale} explanation={g.explanation} start={countStartOf(g.events.map((e) => e.action))} /> : null}
      <h2>{t(locale, 'grievance.detail.complainant')}</h2>
      <Complainant locale={locale} g={g} />
      <GrievanceTexts locale={locale} description={g.description} remedy={g.remedy} />
      {g.attachments.length ? (
        <>
          <h2>{t(locale, 'grievance.detail.attachments')}</h2>
          <ul>
            {g.attachments.map((a) => (
              <li>
                <a href={`/grievances/${g.id}/attachments/${a.id}`}>{a.fileName}</a> ({num(Math.ceil(a.size / 1024), locale)} KB)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {g.mayAct && allowed.length ? (
        <form method="post" action={`/grievances/${g.id}/steps`} class="stack">
          <h2>{t(locale, 'grievance.detail.act')}</h2>
          <ErrorSummary
            locale={locale}
            errors={p.errors}
            labels={{ note: t(locale, 'grievance.detail.note'), toOfficeId: t(locale, 'grievance.detail.forward-to') }}
          />
          <CsrfField token={p.csrf} />
          <Field locale={locale} name="action" label={t(locale, 'grievance.detail.action')}>
            <select id="action" name="action">
              {allowed.map((a) => (
                <option value={a} selected={p.values.action === a}>
                  {t(locale, `grievance.action.${a}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            locale={locale}
            name="note"
            label={t(locale, 'grievance.detail.note')}
            hint={t(locale, 'grievance.detail.note-hint')}
            error={p.errors?.fields.note}
          >
            <textarea id="note" name="note" rows={4} maxlength={5000} aria-describedby={describedBy('note', true, p.errors?.fields.note)}>
              {p.values.note ?? ''}
            </textarea>
          </Field>
          {allowed.includes('forward') && p.forwardTo.length ? (
            <Field locale={locale} name="toOfficeId" label={t(locale, 'grievance.detail.forward-to')} error={p.errors?.fields.toOfficeId}>
              <select id="toOfficeId" name="toOfficeId" aria-describedby={describedBy('toOfficeId', false, p.errors?.fields.toOfficeId)}>
                <option value="">—</option>
                {p.forwardTo.map((o) => (
                  <option value={String(o.id)}>{officeName(o, locale)}</option>
                ))}
              </select>
            </Field>
          ) : null}
          <button type="submit">{t(locale, 'grievance.detail.submit')}</button>
        </form>
      ) : null}
      <h2>{t(locale, 'grievance.detail.chain')}</h2>
      <ol>
        {g.chain.map((s) => (
          <li aria-current={s.level === g.level ? 'step' : undefined}>
            {t(locale, `grievance.level.${s.level}`)}: {t(locale, 'grievance.detail.chain-days', { days: s.workingDays })}{' '}
            {s.fromCharter ? <span lang="bn">{s.contactText}</span> : t(locale, 'grievance.detail.chain-national')}
          </li>
        ))}
      </ol>
      <h2>{t(locale, 'grievance.status.history')}</h2>
      <EventList locale={locale} events={g.events} />
      {g.complainant.masked ? null : (
        <p class="actions">
          <a href={`/grievances/${g.id}/dossier`}>{t(locale, 'grievance.detail.dossier')}</a>
          <a href={`/api/grievances/${g.id}/dossier`}>{t(locale, 'grievance.detail.dossier-json')}</a>
        </p>
      )}
    </>
  );
}
