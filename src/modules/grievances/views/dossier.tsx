// The hand-off dossier for the Cabinet Division's grievance management cell: everything the cell needs to
// take the grievance up, printable on A4, dates in both calendars as official letters carry them.
import { t, type Locale } from '../../../i18n/messages.ts';
import { date, dateTime, digits, dualDate } from '../../../i18n/format.ts';
import { ComplainantFacts, GrievanceTexts } from './parts.tsx';
import { dhakaDate } from '../../../bangla/dates.ts';
import { formatTrackingNumber } from '../../../grievance/tracking.ts';
import type { OfficerView } from '../grievances.presenter.ts';
import { OfficeName } from '../../offices/views/home.tsx';

export function Dossier({ locale, g, now }: { locale: Locale; g: OfficerView; now: Date }) {
  return (
    <article class="dossier">
      <h1>{t(locale, 'grievance.dossier.title', { tracking: digits(formatTrackingNumber(g.trackingNumber), locale) })}</h1>
      <p>{t(locale, 'grievance.dossier.made', { date: dualDate(dhakaDate(now), locale) })}</p>
      <dl class="facts">
        <dt>{t(locale, 'grievance.status.office')}</dt>
        <dd>
          <OfficeName office={g.office} locale={locale} />
        </dd>
        <dt>{t(locale, 'grievance.status.service')}</dt>
        <dd lang="bn">{g.service.name || '—'}</dd>
        <dt>{t(locale, 'grievance.status.received-at')}</dt>
        <dd>{`${dualDate(dhakaDate(new Date(g.receivedAt)), locale)} (${dateTime(new Date(g.receivedAt), locale)})`}</dd>
        <dt>{t(locale, 'grievance.status.now')}</dt>
        <dd>{`${t(locale, `grievance.status.${g.status}`)} · ${t(locale, `grievance.level.${g.level}`)}`}</dd>
        <dt>{t(locale, 'grievance.status.due')}</dt>
        <dd>{g.dueOn ? dualDate(g.dueOn, locale) : '—'}</dd>
      </dl>
      <h2>{t(locale, 'grievance.detail.complainant')}</h2>
      <ComplainantFacts locale={locale} c={g.complainant} />
      <GrievanceTexts locale={locale} description={g.description} remedy={g.remedy} />
      <h2>{t(locale, 'grievance.status.history')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t(locale, 'grievance.detail.when')}</th>
            <th scope="col">{t(locale, 'grievance.detail.action')}</th>
            <th scope="col">{t(locale, 'grievance.detail.who')}</th>
            <th scope="col">{t(locale, 'grievance.detail.note')}</th>
          </tr>
        </thead>
        <tbody>
          {g.events.map((e) => (
            <tr>
              <td>{dateTime(new Date(e.at), locale)}</td>
              <td>
                {t(locale, `grievance.action.${e.action}`)}
                {e.dueOn ? ` (${t(locale, 'grievance.status.due')}: ${date(e.dueOn, locale)})` : ''}
              </td>
              <td>{e.actor}</td>
              <td lang="bn">{e.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
