// A month's or a quarter's report, printable on A4 (the form and links do not print): the period, the office,
// the period in both calendars, the date of the report, and per office what was received and what became of it.
import type { Child } from 'hono/jsx';
import { t, type Locale } from '../../../i18n/messages.ts';
import { dualDate, num } from '../../../i18n/format.ts';
import { GREGORIAN_MONTHS_BN, GREGORIAN_MONTHS_EN } from '../../../bangla/dates.ts';
import { fiscalQuarterOf, formatFiscalYear, quarterLabel } from '../../../calendar/fiscal.ts';
import { ErrorSummary, Field, describedBy } from '../../../http/forms.tsx';
import type { PeriodFigures } from '../figures.ts';
import { periodKey, type Period, type PeriodReport } from '../reports.service.ts';
import { daysText, OfficeName } from './shared.tsx';

export function periodTitle(period: Period, locale: Locale): string {
  if (period.kind === 'month') {
    const month = (locale === 'bn' ? GREGORIAN_MONTHS_BN : GREGORIAN_MONTHS_EN)[period.month - 1] ?? '';
    return t(locale, 'reports.report.monthly', { month: `${month} ${num(period.year, locale)}` });
  }
  return t(locale, 'reports.report.quarterly', { quarter: quarterLabel(period.quarter, locale), year: formatFiscalYear(period.startYear, locale) });
}

/** The quarter of `today` and the seven before it, newest first, as the form offers them. */
function recentQuarters(today: string): Period[] {
  let { startYear, quarter } = fiscalQuarterOf(today);
  const out: Period[] = [];
  for (let i = 0; i < 8; i++) {
    out.push({ kind: 'quarter', startYear, quarter });
    if (quarter === 1) {
      startYear--;
      quarter = 4;
    } else quarter = (quarter - 1) as 1 | 2 | 3;
  }
  return out;
}

export interface ReportFormProps {
  locale: Locale;
  officeId: number;
  hasBelow: boolean;
  today: string;
  period: Period;
  includeBelow: boolean;
  /** the period asked for could not be read */
  invalid: boolean;
}

export function ReportForm({ locale, officeId, hasBelow, today, period, includeBelow, invalid }: ReportFormProps) {
  const quarters = recentQuarters(today);
  if (period.kind === 'quarter' && !quarters.some((q) => periodKey(q) === periodKey(period))) quarters.push(period);
  const month = period.kind === 'month' ? periodKey(period) : today.slice(0, 7);
  const error = invalid ? { key: 'reports.report.bad-period' as const } : undefined;
  return (
    <form method="get" action={`/offices/${officeId}/grievances/report`} class="actions">
      <ErrorSummary locale={locale} errors={error ? { fields: { month: error } } : null} labels={{ month: t(locale, 'reports.report.month') }} />
      <fieldset>
        <legend>{t(locale, 'reports.report.choose')}</legend>
        <div class="field checkbox">
          <input type="radio" id="kind-month" name="kind" value="month" checked={period.kind === 'month'} />
          <label for="kind-month">{t(locale, 'reports.report.monthly-choice')}</label>
        </div>
        <Field locale={locale} name="month" label={t(locale, 'reports.report.month')} hint={t(locale, 'reports.report.month-hint')} error={error}>
          <input id="month" name="month" type="month" value={month} aria-describedby={describedBy('month', true, error)} />
        </Field>
        <div class="field checkbox">
          <input type="radio" id="kind-quarter" name="kind" value="quarter" checked={period.kind === 'quarter'} />
          <label for="kind-quarter">{t(locale, 'reports.report.quarterly-choice')}</label>
        </div>
        <Field locale={locale} name="quarter" label={t(locale, 'reports.report.quarter')}>
          <select id="quarter" name="quarter">
            {quarters.map((q) => (
              <option value={periodKey(q)} selected={period.kind === 'quarter' && periodKey(q) === periodKey(period)}>
                {q.kind === 'quarter' ? `${quarterLabel(q.quarter, locale)}, ${formatFiscalYear(q.startYear, locale)}` : ''}
              </option>
            ))}
          </select>
        </Field>
      </fieldset>
      {hasBelow ? (
        <div class="field checkbox">
          <input type="checkbox" id="below" name="below" value="1" checked={includeBelow} />
          <label for="below">{t(locale, 'reports.report.below')}</label>
        </div>
      ) : null}
      <button type="submit">{t(locale, 'reports.report.show')}</button>
    </form>
  );
}

function Cells({ f, locale }: { f: PeriodFigures; locale: Locale }) {
  const values = [f.received, f.acknowledged, f.resolvedOnTime, f.resolvedLate, f.rejected, f.openAtEnd, f.overdueAtEnd];
  return (
    <>
      {values.map((v) => (
        <td>{num(v, locale)}</td>
      ))}
      <td>{daysText(f.avgDays, locale)}</td>
    </>
  );
}

const COLUMNS = [
  'reports.report.received',
  'reports.report.acknowledged',
  'reports.resolved-on-time',
  'reports.resolved-late',
  'reports.rejected',
  'reports.report.open-end',
  'reports.report.overdue-end',
  'reports.ranking.avg-days',
] as const;

export interface ReportViewProps {
  locale: Locale;
  report: PeriodReport;
  csvHref: string;
  /** what stands between the report's heading and its figures: the links and the form (they do not print) */
  children?: Child;
}

/** The report: its heading first (the page's h1), then `children`, then the figures. */
export function ReportView({ locale, report, csvHref, children }: ReportViewProps) {
  return (
    <article>
      <header class="charter-head">
        <h1>{periodTitle(report.period, locale)}</h1>
        <p class="office">
          <OfficeName office={report.office} locale={locale} />
        </p>
        <p class="edition">{t(locale, 'reports.report.period', { from: dualDate(report.range.from, locale), to: dualDate(report.range.to, locale) })}</p>
        <p class="updated">{t(locale, 'reports.report.generated', { date: dualDate(report.generatedOn, locale) })}</p>
      </header>
      {children}
      {report.complete ? null : <p class="notice">{t(locale, 'reports.report.running', { date: dualDate(report.endDay, locale) })}</p>}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">{t(locale, 'reports.ranking.office')}</th>
              {COLUMNS.map((key) => (
                <th scope="col">{t(locale, key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.rows.map((row) => (
              <tr>
                <th scope="row">
                  <OfficeName office={row.office} locale={locale} />
                </th>
                <Cells f={row.figures} locale={locale} />
              </tr>
            ))}
          </tbody>
          {report.rows.length > 1 ? (
            <tfoot>
              <tr>
                <th scope="row">{t(locale, 'reports.report.total')}</th>
                <Cells f={report.total} locale={locale} />
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
      {report.omitted ? <p>{t(locale, 'reports.report.omitted', { n: report.omitted })}</p> : null}
      <p class="muted">{t(locale, 'reports.report.notes')}</p>
      <p class="muted">{t(locale, 'reports.on-time-rule')}</p>
      <p class="actions">
        <a class="button" href={csvHref}>
          {t(locale, 'reports.report.csv')}
        </a>
      </p>
    </article>
  );
}
