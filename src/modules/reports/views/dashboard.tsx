// An office's grievance dashboard: what is open and overdue now, how it has decided, what moved up.
import { t, type Locale } from '../../../i18n/messages.ts';
import { date, num } from '../../../i18n/format.ts';
import { ACK_WORKING_DAYS } from '../figures.ts';
import type { Dashboard } from '../reports.service.ts';
import { daysText, shareText } from './shared.tsx';

function Facts({ items }: { items: [string, string][] }) {
  return (
    <dl class="facts">
      {items.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

export function DashboardView({ locale, dashboard }: { locale: Locale; dashboard: Dashboard }) {
  const f = dashboard.figures;
  const n = (value: number) => num(value, locale);
  return (
    <>
      <p class="lead">{t(locale, 'reports.dashboard.intro', { date: date(dashboard.today, locale) })}</p>
      <h2>{t(locale, 'reports.now.title')}</h2>
      <Facts
        items={[
          [t(locale, 'reports.total'), n(f.total)],
          [t(locale, 'reports.open'), n(f.open)],
          [t(locale, 'reports.overdue'), n(f.overdue)],
          [t(locale, 'reports.clarification'), n(f.clarification)],
        ]}
      />
      <h2>{t(locale, 'reports.outcomes.title')}</h2>
      <Facts
        items={[
          [t(locale, 'reports.resolved-on-time'), n(f.resolvedOnTime)],
          [t(locale, 'reports.resolved-late'), n(f.resolvedLate)],
          [t(locale, 'reports.rejected'), n(f.rejected)],
          [t(locale, 'reports.avg-days'), daysText(f.avgDays, locale)],
          [t(locale, 'reports.median-days'), daysText(f.medianDays, locale)],
          [t(locale, 'reports.acknowledged', { n: ACK_WORKING_DAYS }), shareText(f.acknowledged.inTime, f.acknowledged.counted, locale)],
        ]}
      />
      <p class="muted">{t(locale, 'reports.on-time-rule')}</p>
      <h2>{t(locale, 'reports.levels.title')}</h2>
      <Facts
        items={[
          [t(locale, 'reports.at-appeal'), n(f.atAppeal + f.atCell)],
          [t(locale, 'reports.at-cell'), n(f.atCell)],
          [t(locale, 'reports.escalated'), n(f.escalated)],
        ]}
      />
    </>
  );
}
