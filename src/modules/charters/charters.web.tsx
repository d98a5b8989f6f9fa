// Public charter pages: the charter on screen, the print view for the office wall (A4/A3, either way round), its PDF.
import { Hono, type Context } from 'hono';
import { ctxOf, requestOrigin, type AppEnv } from '../../http/context.ts';
import { latestWrite, pageCache } from '../../http/page-cache.ts';
import type { Ctx } from '../shared/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import type { Child } from 'hono/jsx';
import { t, type Locale } from '../../i18n/messages.ts';
import { digits, phone } from '../../i18n/format.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { fiscalQuarterOf, formatFiscalYear, quarterBefore, quarterLabel } from '../../calendar/fiscal.ts';
import { DomainError } from '../shared/domain-error.ts';
import * as offices from '../offices/offices.service.ts';
import { officeLabel, officeName } from '../offices/views/home.tsx';
import { currentCharter, diffEditions, listEditions, type EditionView } from './charters.service.ts';
import { DiffPage, HistoryPage } from './views/history.tsx';
import { CharterDocument } from './views/charter.tsx';
import { publicCharter } from './charters.presenter.ts';
import { CharterJsonLd, EmbedCode } from '../exports/exports.web.tsx';
import { paperOf, pageName, type Paper } from '../print/paper.ts';
import { PdfShell, PrintFrame, PrintLinks, PrintToolbar, pdfTemplates, type Masthead } from '../print/print.view.tsx';
import { charterPdf } from '../print/pdf.ts';
import { asset } from '../../http/assets.ts';

export const chartersWeb = new Hono<AppEnv>();

/** How to reach the office, beside its charter: the directory keeps these. */
function OfficeContacts({ office, locale }: { office: offices.Office; locale: Locale }) {
  const rows: [string, Child][] = [];
  if (office.phone) rows.push([t(locale, 'charter.phone'), <a href={`tel:${office.phone}`}>{phone(office.phone, locale)}</a>]);
  if (office.email) rows.push([t(locale, 'charter.email'), <a href={`mailto:${office.email}`}>{office.email}</a>]);
  if (office.hours) rows.push([t(locale, 'office.hours'), digits(office.hours, locale)]);
  if (office.address) rows.push([t(locale, 'office.address'), <span lang={locale === 'en' ? 'bn' : undefined}>{office.address}</span>]);
  if (!rows.length) return null;
  return (
    <dl class="facts office-contacts">
      {rows.map(([label, value]) => (
        <>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </>
      ))}
    </dl>
  );
}

async function load(ctx: Ctx, id: number) {
  const office = await offices.getOffice(ctx.db, id);
  const view = await currentCharter(ctx, { officeId: office.id });
  if (!view) {
    throw new DomainError('charter.not-published');
  }
  return { office, view };
}

/** No charter published yet: a page that says so and points to the office, its officials and its grievance form. */
function NoCharterPage({ office, locale }: { office: offices.Office; locale: Locale }) {
  return (
    <>
      <h1 data-no-charter="">{officeName(office, locale)}</h1>
      <p>{t(locale, 'error.charter.not-published')}</p>
      <ul>
        <li>
          <a href={`/offices/${office.id}`}>{t(locale, 'charter.no-charter.office')}</a>
        </li>
        <li>
          <a href={`/offices/${office.id}/grievances/new`}>{t(locale, 'grievance.link')}</a>
        </li>
        <li>
          <a href="/search">{t(locale, 'charter.no-charter.search')}</a>
        </li>
      </ul>
    </>
  );
}

// The charter page is the same for every visitor (no session, no CSRF token on it), so it is rendered once per
// key: the office, the language, the quarter (the staleness notice), the site's address (the JSON-LD) and the
// newest write (see http/page-cache.ts).

chartersWeb.get('/offices/:id/charter', async (c) => {
  const { db } = c.get('deps');
  const locale = c.get('locale');
  const id = idParam(c.req.param('id'));
  const quarter = fiscalQuarterOf(dhakaDate(ctxOf(c).now));
  const key = [id, locale, quarter.fiscalYear, quarter.quarter, requestOrigin(c), await latestWrite(db)].join('|');
  let status: 200 | 404 = 200;
  const page = await pageCache(db, 'charter').get(key, async () => {
    const rendered = await renderCharterPage(c, id);
    status = rendered.status;
    return rendered.html;
  });
  c.header('X-Cache', page.hit ? 'hit' : 'miss');
  // the status comes back with the page: a kept "no charter yet" page is still a 404 (a publication writes, so its key changes)
  return c.html(page.html, page.hit ? (page.html.includes('data-no-charter') ? 404 : 200) : status);
});

async function renderCharterPage(c: Context<AppEnv>, id: number): Promise<{ html: string; status: 200 | 404 }> {
  const { db } = c.get('deps');
  const locale = c.get('locale');
  const found = await load(ctxOf(c), id).catch(async (err: unknown) => {
    if (!(err instanceof DomainError && err.code === 'charter.not-published')) throw err;
    const office = await offices.getOffice(db, id);
    return { office, view: null };
  });
  if (found.view === null) {
    const html = await (
      <Layout locale={locale} title={officeName(found.office, locale)} switchHref={switchLanguageHref(c.req.url, locale)}>
        <NoCharterPage office={found.office} locale={locale} />
      </Layout>
    ).toString();
    return { html, status: 404 };
  }
  const { office, view } = found;
  const ancestors = await offices.ancestors(db, office);
  const name = officeName(office, locale);
  const html = await (
    <Layout locale={locale} title={`${t(locale, 'charter.title')}: ${name}`} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: '/', label: t(locale, 'nav.home') },
          ...ancestors.map((a) => ({ href: `/offices/${a.id}`, label: officeName(a, locale) })),
          { href: `/offices/${office.id}`, label: name },
          { label: t(locale, 'charter.title') },
        ]}
      />
      <p class="actions">
        <PrintLinks officeId={office.id} locale={locale} /> <a href={`/offices/${office.id}/charter/history`}>{t(locale, 'history.title')}</a>
      </p>
      {quarterBefore({ startYear: view.edition.fiscalYear, quarter: view.edition.quarter }, fiscalQuarterOf(dhakaDate(ctxOf(c).now))) ? (
        <p class="notice warning">
          {t(locale, 'charter.stale', {
            quarter: `${formatFiscalYear(view.edition.fiscalYear, locale)}, ${quarterLabel(view.edition.quarter, locale)}`,
          })}
        </p>
      ) : null}
      <OfficeContacts office={office} locale={locale} />
      {view.edition.knownProblems ? (
        <p class="notice warning">{t(locale, 'charter.knownProblems', { n: view.edition.knownProblems, reason: view.edition.publishOverride ?? '' })}</p>
      ) : null}
      <CharterDocument locale={locale} view={view} officeName={name} grievanceOfficeId={office.id} />
      <EmbedCode officeId={office.id} origin={requestOrigin(c)} locale={locale} />
      <CharterJsonLd office={office} charter={publicCharter(view)} origin={requestOrigin(c)} />
    </Layout>
  ).toString();
  return { html, status: 200 };
}

/** What every printed page carries: the office, its address, the edition and the charter's own address. */
function mastheadOf(office: offices.Office, view: EditionView, locale: Locale, origin: string): Masthead {
  const label = officeLabel(office, locale);
  return {
    office: label.text,
    officeLang: label.lang,
    address: office.address,
    addressLang: locale === 'en' ? 'bn' : undefined,
    edition: `${t(locale, 'charter.fiscalYear')} ${formatFiscalYear(view.edition.fiscalYear, locale)}, ${quarterLabel(view.edition.quarter, locale)}`,
    url: `${origin}/offices/${office.id}/charter`,
  };
}

async function loadPrint(c: Context<AppEnv>) {
  const locale = c.get('locale');
  const { office, view } = await load(ctxOf(c), idParam(c.req.param('id')));
  const paper: Paper = paperOf({ size: c.req.query('size'), orientation: c.req.query('orientation') });
  const head = mastheadOf(office, view, locale, requestOrigin(c));
  return { locale, office, view, paper, head, name: officeName(office, locale) };
}

chartersWeb.get('/offices/:id/charter/print', async (c) => {
  const { locale, office, view, paper, head, name } = await loadPrint(c);
  return c.html(
    <Layout
      locale={locale}
      title={`${t(locale, 'charter.title')}: ${name}`}
      switchHref={switchLanguageHref(c.req.url, locale)}
      stylesheet={asset('/public/print.css')}
      bodyClass={`print-view paper-${pageName(paper)}`}
    >
      <PrintToolbar officeId={office.id} paper={paper} locale={locale} />
      <PrintFrame head={head} locale={locale}>
        <CharterDocument locale={locale} view={view} officeName={name} print />
      </PrintFrame>
    </Layout>,
  );
});

// The same template as the print view, rendered here and given to Chromium as a string (no request back to
// the server); the running head comes from Chromium's header and footer templates.
chartersWeb.get('/offices/:id/charter.pdf', async (c) => {
  const { locale, office, view, paper, head, name } = await loadPrint(c);
  const html = (
    <PdfShell locale={locale} title={`${t(locale, 'charter.title')}: ${name}`} paper={paper}>
      <PrintFrame head={null} locale={locale}>
        <CharterDocument locale={locale} view={view} officeName={name} print />
      </PrintFrame>
    </PdfShell>
  ).toString();
  const edition = `${view.edition.fiscalYear}-q${view.edition.quarter}`;
  const { pdf, cached } = await charterPdf({
    html: await html,
    paper,
    ...pdfTemplates(head, locale),
    key: `${view.edition.id}:${pageName(paper)}:${locale}`,
  });
  return c.body(pdf, 200, {
    'Content-Type': 'application/pdf',
    'Content-Disposition': `inline; filename="charter-${office.id}-${edition}.pdf"`,
    'X-Cache': cached ? 'hit' : 'miss',
  });
});

chartersWeb.get('/offices/:id/charter/history', async (c) => {
  const ctx = ctxOf(c);
  const locale = c.get('locale');
  const office = await offices.getOffice(ctx.db, idParam(c.req.param('id')));
  const editions = await listEditions(ctx, { officeId: office.id });
  const name = officeName(office, locale);
  return c.html(
    <Layout locale={locale} title={`${t(locale, 'history.title')}: ${name}`} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[{ href: '/', label: t(locale, 'nav.home') }, { href: `/offices/${office.id}`, label: name }, { label: t(locale, 'history.title') }]}
      />
      <HistoryPage locale={locale} officeId={office.id} editions={editions} />
    </Layout>,
  );
});

/** The history's form: any two editions, in the address of their difference. */
chartersWeb.get('/offices/:id/compare', (c) => {
  const id = idParam(c.req.param('id'));
  return c.redirect(`/offices/${id}/editions/${idParam(c.req.query('a'))}/diff/${idParam(c.req.query('b'))}`, 303);
});

chartersWeb.get('/offices/:id/editions/:a/diff/:b', async (c) => {
  const ctx = ctxOf(c);
  const locale = c.get('locale');
  const office = await offices.getOffice(ctx.db, idParam(c.req.param('id')));
  const diff = await diffEditions(ctx, { a: idParam(c.req.param('a')), b: idParam(c.req.param('b')) });
  if (diff.officeId !== office.id) throw new DomainError('edition.not-of-office');
  const name = officeName(office, locale);
  return c.html(
    <Layout locale={locale} title={`${t(locale, 'history.diff.title')}: ${name}`} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: '/', label: t(locale, 'nav.home') },
          { href: `/offices/${office.id}`, label: name },
          { href: `/offices/${office.id}/charter/history`, label: t(locale, 'history.title') },
          { label: t(locale, 'history.diff.title') },
        ]}
      />
      <DiffPage locale={locale} diff={diff} />
    </Layout>,
  );
});
