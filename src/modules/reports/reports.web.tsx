// Grievance dashboards and reports: per office, and offices ranked for districts and headquarters.
// Who may see them is the service's question (grievance.report); 401 and 403 come from the error handler.
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout, type Crumb } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { t, type Locale, type MessageKey } from '../../i18n/messages.ts';
import type { Child } from 'hono/jsx';
import * as offices from '../offices/offices.service.ts';
import { can } from '../accounts/policy.ts';
import { LAST_N, monthOf, officeDashboard, parsePeriod, periodKey, periodReport, rankOffices, reportOffice, type Period } from './reports.service.ts';
import { csvFileName, reportCsv } from './reports.csv.ts';
import { DashboardView } from './views/dashboard.tsx';
import { RankingView } from './views/ranking.tsx';
import { ReportForm, ReportView } from './views/report.tsx';
import { officeLabel, OfficeName, ReportNav } from './views/shared.tsx';
import { asset } from '../../http/assets.ts';

export const reportsWeb = new Hono<AppEnv>();

interface PageProps {
  c: Context<AppEnv>;
  office: offices.Office;
  title: MessageKey;
  print?: boolean;
  children: Child;
}

function Page({ c, office, title, print, children }: PageProps) {
  const locale = c.get('locale');
  const name = officeLabel(office, locale).text;
  const crumbs: Crumb[] = [{ href: '/', label: t(locale, 'nav.home') }, { href: `/offices/${office.id}`, label: name }, { label: t(locale, title) }];
  return (
    <Layout
      locale={locale}
      title={`${t(locale, title)}: ${name}`}
      switchHref={switchLanguageHref(c.req.url, locale)}
      {...(print ? { stylesheet: asset('/public/print.css'), bodyClass: 'print-view' } : {})}
    >
      <Breadcrumbs locale={locale} items={crumbs} />
      {children}
    </Layout>
  );
}

const hasOfficesBelow = async (c: Context<AppEnv>, officeId: number) => (await offices.listChildren(c.get('deps').db, officeId)).length > 0;

reportsWeb.get('/offices/:id/grievances/dashboard', async (c) => {
  const locale = c.get('locale');
  const dashboard = await officeDashboard(ctxOf(c), { officeId: idParam(c.req.param('id')) });
  const office = dashboard.office;
  return c.html(
    <Page c={c} office={office} title="reports.dashboard.title">
      <h1>
        {`${t(locale, 'reports.dashboard.title')}: `}
        <OfficeName office={office} locale={locale} />
      </h1>
      <ReportNav locale={locale} officeId={office.id} dashboard ranking={await hasOfficesBelow(c, office.id)} />
      <DashboardView locale={locale} dashboard={dashboard} />
    </Page>,
  );
});

/** ?n=20 (Bengali digits too); anything but a whole number in range is a bad request. */
function lastNOf(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return LAST_N.default;
  const ascii = toAsciiDigits(value.trim());
  const n = /^\d{1,4}$/.test(ascii) ? Number(ascii) : NaN;
  if (!(n >= LAST_N.min && n <= LAST_N.max)) throw new HTTPException(400);
  return n;
}

reportsWeb.get('/offices/:id/grievances/ranking', async (c) => {
  const locale = c.get('locale');
  const ranking = await rankOffices(ctxOf(c), { officeId: idParam(c.req.param('id')), lastN: lastNOf(c.req.query('n')) });
  const office = ranking.office;
  return c.html(
    <Page c={c} office={office} title="reports.ranking.title">
      <h1>
        {`${t(locale, 'reports.ranking.title')}: `}
        <OfficeName office={office} locale={locale} />
      </h1>
      <ReportNav locale={locale} officeId={office.id} dashboard={can(c.get('actor'), 'grievance.report', office)} ranking />
      <RankingView locale={locale} ranking={ranking} />
    </Page>,
  );
});

/** The period a report's address asks for: null when it asks for one that cannot be read; this month when it asks for none. */
function periodOf(c: Context<AppEnv>): Period | null {
  const query = { kind: c.req.query('kind'), month: c.req.query('month'), quarter: c.req.query('quarter') };
  if (query.month === undefined && query.quarter === undefined) return monthOf(dhakaDate(c.get('deps').now()));
  return parsePeriod(query);
}

const queryOf = (period: Period, below: boolean) => `${period.kind === 'month' ? 'month' : 'quarter'}=${periodKey(period)}${below ? '&below=1' : ''}`;

reportsWeb.get('/offices/:id/grievances/report', async (c) => {
  const ctx = ctxOf(c);
  const locale: Locale = c.get('locale');
  const officeId = idParam(c.req.param('id'));
  const includeBelow = c.req.query('below') === '1';
  const period = periodOf(c);
  const office = await reportOffice(ctx, { officeId, includeBelow });
  const hasBelow = await hasOfficesBelow(c, office.id);
  const form = (chosen: Period, invalid: boolean) => (
    <ReportForm
      locale={locale}
      officeId={office.id}
      hasBelow={hasBelow}
      today={dhakaDate(ctx.now)}
      period={chosen}
      includeBelow={includeBelow}
      invalid={invalid}
    />
  );
  if (period === null) {
    return c.html(
      <Page c={c} office={office} title="reports.report.title">
        <h1>{t(locale, 'reports.report.title')}</h1>
        {form(monthOf(dhakaDate(ctx.now)), true)}
      </Page>,
      400,
    );
  }
  const report = await periodReport(ctx, { officeId, period, includeBelow });
  return c.html(
    <Page c={c} office={office} title="reports.report.title" print>
      <ReportView locale={locale} report={report} csvHref={`/offices/${office.id}/grievances/report.csv?${queryOf(period, includeBelow)}`}>
        <ReportNav locale={locale} officeId={office.id} dashboard={can(c.get('actor'), 'grievance.report', office)} ranking={hasBelow} />
        {form(period, false)}
      </ReportView>
    </Page>,
  );
});

reportsWeb.get('/offices/:id/grievances/report.csv', async (c) => {
  const officeId = idParam(c.req.param('id'));
  const period = periodOf(c);
  if (period === null) throw new HTTPException(400);
  const includeBelow = c.req.query('below') === '1';
  const report = await periodReport(ctxOf(c), { officeId, period, includeBelow });
  return c.body(reportCsv(report, c.get('locale')), 200, {
    'content-type': 'text/csv; charset=utf-8',
    'content-disposition': `attachment; filename="${csvFileName(officeId, periodKey(period), includeBelow)}"`,
    'cache-control': 'private, no-store',
  });
});
