// The pieces the grievance pages share: who filed it (for those who may see it), what they wrote, and its steps.
import { t, type Locale } from '../../../i18n/messages.ts';
import { date, dateTime, phone } from '../../../i18n/format.ts';
import type { Complainant, EventAction } from '../grievances.presenter.ts';

export function ComplainantFacts({ locale, c }: { locale: Locale; c: Complainant }) {
  return (
    <dl class="facts">
      <dt>{t(locale, 'grievance.form.name')}</dt>
      <dd>{c.name || '—'}</dd>
      <dt>{t(locale, 'grievance.form.mobile')}</dt>
      <dd>{c.mobile ? (c.masked ? c.mobile : phone(c.mobile, locale)) : '—'}</dd>
      <dt>{t(locale, 'grievance.form.email')}</dt>
      <dd>{c.email ?? '—'}</dd>
      <dt>{t(locale, 'grievance.form.address')}</dt>
      <dd>{c.address ?? '—'}</dd>
    </dl>
  );
}

/** What happened and the remedy wanted, as the complainant wrote them (Bangla content, marked so). */
export function GrievanceTexts({ locale, description, remedy }: { locale: Locale; description: string; remedy: string }) {
  return (
    <>
      <h2>{t(locale, 'grievance.detail.description')}</h2>
      <p lang="bn" class="prose">
        {description}
      </p>
      {remedy ? (
        <>
          <h2>{t(locale, 'grievance.detail.remedy')}</h2>
          <p lang="bn" class="prose">
            {remedy}
          </p>
        </>
      ) : null}
    </>
  );
}

export interface EventItem {
  at: string;
  action: EventAction;
  dueOn: string | null;
  note: string;
  /** who took the step, for the officers' pages; the complainant's page does not name officers */
  actor?: string;
}

/** The steps in order: when, what, the last day after it, and the note where it is shown. */
export function EventList({ locale, events }: { locale: Locale; events: readonly EventItem[] }) {
  return (
    <ol class="events">
      {events.map((e) => (
        <li>
          <time datetime={e.at}>{dateTime(new Date(e.at), locale)}</time> {t(locale, `grievance.action.${e.action}`)}
          {e.actor ? ` · ${e.actor}` : ''}
          {e.dueOn ? ` · ${t(locale, 'grievance.status.due')}: ${date(e.dueOn, locale)}` : ''}
          {e.note ? (
            <p lang="bn" class="prose">
              {e.note}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
