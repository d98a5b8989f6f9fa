// The one place that turns errors into responses: a page for people, {error} JSON for /api.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError } from '../modules/shared/domain-error.ts';
import type { Finding } from '../charter/model.ts';
import { ImportError } from '../importer/errors.ts';
import { messageOf, whereOf } from '../charter/lint/render.ts';
import { render, t, type Locale, type Message } from '../i18n/messages.ts';
import type { AppEnv } from './context.ts';
import { Layout } from './layout.tsx';
import { switchLanguageHref } from './locale.ts';

interface Problem {
  status: ContentfulStatusCode;
  code: string;
  text: Message;
  fields: Readonly<Record<string, Message>>;
  findings?: readonly Finding[];
}

/** A refusal raised by the triggers of migrations 0001 and 0004 (SQLSTATE P0001), however the driver wraps it. */
function frozenByDatabase(err: unknown): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 4; e = (e as { cause?: unknown }).cause, depth++) {
    if ((e as { code?: unknown }).code === 'P0001') return true;
  }
  return false;
}

function problemOf(err: unknown, requestId: string): Problem {
  if (err instanceof DomainError) {
    return { status: err.status as ContentfulStatusCode, code: err.code, text: err.text, fields: err.fields, findings: err.findings };
  }
  if (frozenByDatabase(err)) {
    // The database's own guard (a trigger) refused to change a published edition or the audit log.
    return problemOf(new DomainError('edition.frozen'), requestId);
  }
  if (err instanceof ImportError) {
    // The importer's refusal (not a charter, damaged, too large): its text comes in both languages already.
    return { status: 422, code: err.code, text: { key: 'error.import', params: { detail: { bn: err.bn, en: err.en } } }, fields: {} };
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return status === 404
      ? { status, code: 'not-found', text: { key: 'error.notFound' }, fields: {} }
      : { status, code: 'bad-request', text: { key: 'error.badRequest' }, fields: {} };
  }
  console.error(`[${requestId}]`, err);
  return { status: 500, code: 'internal', text: { key: 'error.server' }, fields: {} };
}

const renderFields = (locale: Locale, fields: Readonly<Record<string, Message>>) =>
  Object.fromEntries(Object.entries(fields).map(([k, m]) => [k, render(locale, m)]));

export function renderProblem(c: Context<AppEnv>, p: Problem) {
  const locale = c.get('locale') ?? 'bn';
  if (c.req.path.startsWith('/api/')) {
    const findings = (p.findings ?? []).map((f) => ({
      severity: f.severity,
      code: f.code,
      message: messageOf(f, locale),
      where: whereOf(f, locale),
      location: f.location,
    }));
    return c.json(
      { error: { code: p.code, message: render(locale, p.text), fields: renderFields(locale, p.fields), ...(findings.length ? { findings } : {}) } },
      p.status,
    );
  }
  const title = t(locale, 'error.title');
  return c.html(
    <Layout locale={locale} title={title} switchHref={switchLanguageHref(c.req.url, locale)}>
      <h1>{title}</h1>
      <p>{render(locale, p.text)}</p>
      <p>
        <a href="/">{t(locale, 'error.back')}</a>
      </p>
    </Layout>,
    p.status,
  );
}

export function onError(err: unknown, c: Context<AppEnv>) {
  return renderProblem(c, problemOf(err, c.get('requestId') ?? '-'));
}

export function notFoundHandler(c: Context<AppEnv>) {
  return renderProblem(c, { status: 404, code: 'not-found', text: { key: 'error.notFound' }, fields: {} });
}

/** A path parameter that must be a positive whole number (Bengali digits accepted). */
export function idParam(value: string | undefined): number {
  const ascii = (value ?? '').replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
  if (!/^\d{1,9}$/.test(ascii) || Number(ascii) < 1) {
    throw new DomainError('not-found');
  }
  return Number(ascii);
}
