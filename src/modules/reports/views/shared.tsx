// What the report pages share: numbers of days and shares in the reader's digits, office names, and the links
// between pages.
import { t, type Locale } from '../../../i18n/messages.ts';
import { num } from '../../../i18n/format.ts';

export { officeLabel, OfficeName } from '../../offices/views/home.tsx';

/** 12.666… → "12.7" (Bengali digits in Bangla); whole numbers stay whole; nothing to average is "—". */
export function daysText(value: number | null, locale: Locale): string {
  if (value === null) return t(locale, 'reports.no-value');
  return num(Number.isInteger(value) ? String(value) : value.toFixed(1), locale);
}

/** "4 of 6 (67%)". */
export function shareText(k: number, n: number, locale: Locale): string {
  if (n === 0) return t(locale, 'reports.no-value');
  return t(locale, 'reports.share', { k, n, pct: Math.round((k / n) * 100) });
}

/** A share of one as a percentage, or "—". */
export function percent(share: number | null, locale: Locale): string {
  return share === null ? t(locale, 'reports.no-value') : `${num(Math.round(share * 100), locale)}%`;
}

/** Links between an office's report pages: the dashboard only for who may see the office's own figures. */
export function ReportNav({ locale, officeId, dashboard, ranking }: { locale: Locale; officeId: number; dashboard: boolean; ranking: boolean }) {
  const base = `/offices/${officeId}/grievances`;
  const links: [string, string][] = [
    ...(dashboard ? [[`${base}/dashboard`, t(locale, 'reports.link.dashboard')] as [string, string]] : []),
    ...(ranking ? [[`${base}/ranking`, t(locale, 'reports.link.ranking')] as [string, string]] : []),
    [`${base}/report${dashboard ? '' : '?below=1'}`, t(locale, 'reports.link.report')],
  ];
  return (
    <p class="actions">
      {links.map(([href, label], i) => (
        <>
          {i ? ' · ' : ''}
          <a href={href}>{label}</a>
        </>
      ))}
    </p>
  );
}
