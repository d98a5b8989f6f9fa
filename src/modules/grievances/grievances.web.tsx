// Grievance pages: the citizen's form and status page, the officers' list and handling pages. Thin handlers
// over the same use cases as the API. The status page is reached by POST (the mobile never sits in a URL).
import { Hono, type Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { noStore } from '../../http/cache-policy.ts';
import type { Child } from 'hono/jsx';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { rateLimit } from '../../http/rate-limit.ts';
import { secureCookies } from '../../http/auth.ts';
import type { FormErrors } from '../../http/forms.tsx';
import { t } from '../../i18n/messages.ts';
import { num } from '../../i18n/format.ts';
import { parseTrackingNumber } from '../../grievance/tracking.ts';
import { grievanceChain } from '../../grievance/chain.ts';
import { DomainError } from '../shared/domain-error.ts';
import * as offices from '../offices/offices.service.ts';
import { officeName } from '../offices/views/home.tsx';
import { fileGrievance } from './file.service.ts';
import { complainantStep, takeStep } from './handle.service.ts';
import { getAttachment, getGrievance, grievanceStatus, listGrievances } from './read.service.ts';
import * as repo from './grievances.repo.ts';
import { FiledPage, GrievanceForm, StatusLookup, StatusView, type FormValues } from './views/citizen.tsx';
import { GrievanceDetail, GrievanceList } from './views/officer.tsx';
import { Dossier } from './views/dossier.tsx';
import type { AttachmentInput } from './attachments.ts';
import { GRIEVANCE_ACTIONS, type GrievanceAction } from '../../grievance/workflow.ts';
import { asset } from '../../http/assets.ts';

export const grievancesWeb = new Hono<AppEnv>();

// Grievance pages carry a tracking number, a mobile in a form, or who filed: no cache keeps them (a shared computer).
grievancesWeb.use('/grievances/*', noStore);
grievancesWeb.use('/offices/:id/grievances', noStore);
grievancesWeb.use('/offices/:id/grievances/new', noStore);

// Per address, beside the limits the service keeps in the database (per mobile, per tracking number). Mounted
// by app.tsx before the session and CSRF middleware, so a flood is refused before its body is read.
export const filingLimit = rateLimit('grievance', { max: 20, windowMs: 60 * 60_000 });
export const lookupLimit = rateLimit('grievance-status', { max: 60, windowMs: 60 * 60_000, methods: ['GET', 'POST'] });

type C = Context<AppEnv>;
const str = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? body[name] : '');

function page(c: C, title: string, crumbs: { href?: string; label: string }[], body: Child, status: 200 | 400 | 404 = 200) {
  const locale = c.get('locale');
  return c.html(
    <Layout locale={locale} title={title} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs locale={locale} items={[{ href: '/', label: t(locale, 'nav.home') }, ...crumbs]} />
      {body}
    </Layout>,
    status,
  );
}

async function formPage(c: C, officeId: number, values: FormValues, errors: FormErrors | null) {
  const locale = c.get('locale');
  const ctx = ctxOf(c);
  const office = await offices.getOffice(ctx.db, officeId);
  const charter = await repo.charterForGrievance(ctx.db, office.id);
  const services = charter.services.map((s) => ({ id: s.id, label: `${num(s.serial, locale)}. ${s.name}` }));
  const firstDays = grievanceChain(charter.steps)[0]?.workingDays ?? 30;
  const name = officeName(office, locale);
  return page(
    c,
    t(locale, 'grievance.form.title', { office: name }),
    [{ href: `/offices/${office.id}`, label: name }, { label: t(locale, 'grievance.link') }],
    <GrievanceForm
      locale={locale}
      office={office}
      services={services}
      firstDays={firstDays}
      values={values}
      errors={errors}
      csrf={c.get('csrf')}
      openAbout={values.serviceId ? await repo.countOpenAbout(ctx.db, office.id, Number(values.serviceId)) : 0}
    />,
    errors ? 400 : 200,
  );
}

// ?service= is a row's id or its code ("citizen-2": the group and serial, the same in every edition).
grievancesWeb.get('/offices/:id/grievances/new', async (c) => {
  const officeId = idParam(c.req.param('id'));
  const wanted = c.req.query('service') ?? '';
  const rows = (await repo.charterForGrievance(ctxOf(c).db, officeId)).services;
  const row = rows.find((s) => String(s.id) === wanted || `${s.category}-${s.serial}` === wanted);
  return formPage(c, officeId, { serviceId: row ? String(row.id) : '' }, null);
});

grievancesWeb.post('/offices/:id/grievances', async (c) => {
  const officeId = idParam(c.req.param('id'));
  const body = await c.req.parseBody({ all: true });
  const values: FormValues = {};
  for (const name of ['name', 'mobile', 'email', 'address', 'serviceId', 'description', 'remedy', 'publish']) values[name] = str(body, name);
  if (str(body, 'website').trim() !== '') {
    const err = new DomainError('grievance.spam');
    return formPage(c, officeId, values, { summary: err.text, fields: {} });
  }
  const files = ([] as unknown[]).concat(body.attachments ?? []).filter((f): f is File => f instanceof File && f.size > 0);
  const attachments: AttachmentInput[] = await Promise.all(files.map(async (f) => ({ fileName: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
  try {
    const filed = await fileGrievance(ctxOf(c), {
      officeId,
      serviceId: values.serviceId ? Number(values.serviceId) : null,
      name: values.name ?? '',
      mobile: values.mobile ?? '',
      email: values.email || null,
      address: values.address || null,
      description: values.description ?? '',
      remedy: values.remedy || null,
      anonymous: values.publish !== 'on',
      channel: 'web',
      attachments,
    });
    // Only the browser that filed sees the office and the last day with the number (the URL alone shows the number).
    setCookie(c, FILED_COOKIE, filed.trackingNumber, { path: '/grievances/filed', httpOnly: true, sameSite: 'Lax', maxAge: 600, secure: secureCookies(c) });
    return c.redirect(`/grievances/filed?tracking=${filed.trackingNumber}`, 303);
  } catch (err) {
    if (err instanceof DomainError && err.code.startsWith('grievance.attachment')) {
      return formPage(c, officeId, values, { summary: err.text, fields: { attachments: err.text } });
    }
    if (err instanceof DomainError && err.status < 500 && err.code !== 'office.not-found' && err.code !== 'request.too-many') {
      return formPage(c, officeId, values, { summary: err.text, fields: err.fields });
    }
    throw err;
  }
});

const FILED_COOKIE = 'filed';

grievancesWeb.get('/grievances/filed', async (c) => {
  const locale = c.get('locale');
  const tracking = parseTrackingNumber(c.req.query('tracking') ?? '');
  if (!tracking) throw new DomainError('grievance.not-found');
  // No lookup for a number alone: a page that said "no such grievance" would let anyone test numbers.
  const mine = getCookie(c, FILED_COOKIE) === tracking;
  const g = mine ? await repo.findByTracking(ctxOf(c).db, tracking) : null;
  const office = g ? await offices.getOffice(ctxOf(c).db, g.officeId) : null;
  c.header('Cache-Control', 'no-store');
  return page(
    c,
    t(locale, 'grievance.filed.title'),
    [{ label: t(locale, 'grievance.filed.title') }],
    <FiledPage locale={locale} office={office} tracking={tracking} dueOn={g?.dueOn ?? null} />,
  );
});

function lookupPage(c: C, tracking: string, mobile: string, errors: FormErrors | null) {
  const locale = c.get('locale');
  return page(
    c,
    t(locale, 'grievance.status.title'),
    [{ label: t(locale, 'grievance.status.title') }],
    <>
      <h1>{t(locale, 'grievance.status.title')}</h1>
      <StatusLookup locale={locale} csrf={c.get('csrf')} tracking={tracking} mobile={mobile} errors={errors} />
    </>,
    errors ? (errors.fields.tracking ? 400 : 404) : 200,
  );
}

async function statusPage(c: C, tracking: string, mobile: string, notice: boolean, errors: FormErrors | null = null) {
  const locale = c.get('locale');
  const status = await grievanceStatus(ctxOf(c), { tracking, mobile });
  return page(
    c,
    t(locale, 'grievance.status.title'),
    [{ label: t(locale, 'grievance.status.title') }],
    <>
      <h1>{t(locale, 'grievance.status.title')}</h1>
      <StatusView locale={locale} status={status} csrf={c.get('csrf')} mobile={mobile} notice={notice} errors={errors} />
    </>,
    errors ? 400 : 200,
  );
}

grievancesWeb.get('/grievances/status', (c) => lookupPage(c, c.req.query('tracking') ?? '', '', null));

grievancesWeb.post('/grievances/status', async (c) => {
  const body = await c.req.parseBody();
  const tracking = str(body, 'tracking');
  const mobile = str(body, 'mobile');
  try {
    return await statusPage(c, tracking, mobile, false);
  } catch (err) {
    if (err instanceof DomainError && err.code === 'grievance.not-found') return lookupPage(c, tracking, mobile, { summary: err.text, fields: {} });
    throw err;
  }
});

grievancesWeb.post('/grievances/status/steps', async (c) => {
  const body = await c.req.parseBody();
  const tracking = str(body, 'tracking');
  const mobile = str(body, 'mobile');
  const action = str(body, 'action');
  if (action !== 'answer' && action !== 'appeal' && action !== 'satisfied') throw new DomainError('grievance.transition', { action, status: '' });
  try {
    await complainantStep(ctxOf(c), { tracking, mobile, action, note: str(body, 'note') });
  } catch (err) {
    if (err instanceof DomainError && (err.code === 'grievance.invalid' || err.code === 'grievance.transition')) {
      return statusPage(c, tracking, mobile, false, { summary: err.text, fields: err.fields });
    }
    throw err;
  }
  return statusPage(c, tracking, mobile, true);
});

grievancesWeb.get('/offices/:id/grievances', async (c) => {
  const locale = c.get('locale');
  const open = c.req.query('open') === '1';
  const list = await listGrievances(ctxOf(c), { officeId: idParam(c.req.param('id')), open });
  const name = officeName(list.office, locale);
  return page(
    c,
    t(locale, 'grievance.list.title', { office: name }),
    [{ href: `/offices/${list.office.id}`, label: name }, { label: t(locale, 'grievance.list.link') }],
    <GrievanceList locale={locale} office={list.office} rows={list.grievances} open={open} />,
  );
});

/** Where a grievance may be forwarded: the offices around it (parent, siblings, children), by name. */
async function forwardTargets(c: C, officeId: number): Promise<offices.Office[]> {
  const db = ctxOf(c).db;
  const office = await offices.getOffice(db, officeId);
  const around = [...(await offices.listChildren(db, office.id))];
  if (office.parentId !== null) around.push(await offices.getOffice(db, office.parentId), ...(await offices.listChildren(db, office.parentId)));
  return around.filter((o, i) => o.id !== office.id && around.findIndex((x) => x.id === o.id) === i);
}

async function detailPage(c: C, id: number, errors: FormErrors | null, values: Record<string, string> = {}) {
  const locale = c.get('locale');
  const g = await getGrievance(ctxOf(c), { grievanceId: id });
  const office = await offices.getOffice(ctxOf(c).db, g.office.id);
  const name = officeName(office, locale);
  return page(
    c,
    t(locale, 'grievance.detail.title', { tracking: g.trackingNumber }),
    [
      { href: `/offices/${office.id}`, label: name },
      { href: `/offices/${office.id}/grievances?open=1`, label: t(locale, 'grievance.list.link') },
      { label: g.trackingNumber },
    ],
    <GrievanceDetail
      locale={locale}
      g={g}
      csrf={c.get('csrf')}
      forwardTo={g.mayAct ? await forwardTargets(c, office.id) : []}
      errors={errors}
      values={values}
    />,
    errors ? 400 : 200,
  );
}

grievancesWeb.get('/grievances/:id', (c) => detailPage(c, idParam(c.req.param('id')), null));

grievancesWeb.post('/grievances/:id/steps', async (c) => {
  const id = idParam(c.req.param('id'));
  const body = await c.req.parseBody();
  const action = str(body, 'action');
  const values = { action, note: str(body, 'note') };
  if (!(GRIEVANCE_ACTIONS as readonly string[]).includes(action)) throw new DomainError('grievance.transition', { action, status: '' });
  try {
    await takeStep(ctxOf(c), {
      grievanceId: id,
      action: action as GrievanceAction,
      note: values.note,
      toOfficeId: str(body, 'toOfficeId') ? Number(str(body, 'toOfficeId')) : null,
    });
  } catch (err) {
    if (err instanceof DomainError && (err.code === 'grievance.invalid' || err.code === 'grievance.transition'))
      return detailPage(c, id, { summary: err.text, fields: err.fields }, values);
    throw err;
  }
  return c.redirect(`/grievances/${id}`, 303);
});

/** attachment; a plain ASCII name for old clients, the real one (RFC 5987) for the rest. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

grievancesWeb.get('/grievances/:id/attachments/:aid', async (c) => {
  const file = await getAttachment(ctxOf(c), { grievanceId: idParam(c.req.param('id')), attachmentId: idParam(c.req.param('aid')) });
  return c.body(file.bytes.slice().buffer as ArrayBuffer, 200, {
    'Content-Type': file.mediaType,
    'Content-Disposition': contentDisposition(file.fileName),
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'private, no-store',
  });
});

grievancesWeb.get('/grievances/:id/dossier', async (c) => {
  const locale = c.get('locale');
  const ctx = ctxOf(c);
  const g = await getGrievance(ctx, { grievanceId: idParam(c.req.param('id')) });
  if (g.complainant.masked) throw new DomainError('auth.forbidden', { action: 'grievance.handle' });
  return c.html(
    <Layout
      locale={locale}
      title={t(locale, 'grievance.dossier.title', { tracking: g.trackingNumber })}
      switchHref={switchLanguageHref(c.req.url, locale)}
      stylesheet={asset('/public/print.css')}
    >
      <Dossier locale={locale} g={g} now={ctx.now} />
    </Layout>,
  );
});
