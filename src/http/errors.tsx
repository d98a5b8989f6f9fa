// The one place that turns errors into responses: a page for people, {error} JSON for /api.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError, type DomainErrorCode } from '../modules/shared/domain-error.ts';
import { t } from '../i18n/messages.ts';
import type { AppEnv } from './context.ts';
import { Layout } from './layout.tsx';
import { switchLanguageHref } from './locale.ts';

const STATUS: Record<DomainErrorCode, ContentfulStatusCode> = {
  not_found: 404,
  invalid_input: 400,
  conflict: 409,
  edition_published: 409,
  import_failed: 422,
  too_large: 413,
};

interface Problem {
  status: ContentfulStatusCode;
  code: string;
  bn: string;
  en: string;
  fields: Record<string, string>;
}

function problemOf(err: unknown, requestId: string): Problem {
  if (err instanceof DomainError) {
    return { status: STATUS[err.code], code: err.code, bn: err.messageBn, en: err.messageEn, fields: err.fields };
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    return status === 404
      ? { status, code: 'not_found', bn: t('bn', 'error.notFound'), en: t('en', 'error.notFound'), fields: {} }
      : { status, code: 'bad_request', bn: t('bn', 'error.badRequest'), en: t('en', 'error.badRequest'), fields: {} };
  }
  console.error(`[${requestId}]`, err);
  return { status: 500, code: 'internal', bn: t('bn', 'error.server'), en: t('en', 'error.server'), fields: {} };
}

export function renderProblem(c: Context<AppEnv>, p: Problem) {
  if (c.req.path.startsWith('/api/')) {
    return c.json({ error: { code: p.code, message: `${p.en} / ${p.bn}`, messageBn: p.bn, messageEn: p.en, fields: p.fields } }, p.status);
  }
  const locale = c.get('locale') ?? 'bn';
  const title = t(locale, 'error.title');
  return c.html(
    <Layout locale={locale} title={title} switchHref={switchLanguageHref(c.req.url, locale)}>
      <h1>{title}</h1>
      <p lang="bn">{p.bn}</p>
      <p lang="en">{p.en}</p>
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
  return renderProblem(c, { status: 404, code: 'not_found', bn: t('bn', 'error.notFound'), en: t('en', 'error.notFound'), fields: {} });
}

/** A path parameter that must be a positive whole number (Bengali digits accepted). */
export function idParam(value: string | undefined): number {
  const ascii = (value ?? '').replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6));
  if (!/^\d{1,9}$/.test(ascii) || Number(ascii) < 1) {
    throw new DomainError('not_found', 'এই নম্বরের কিছু নেই', 'There is nothing with this number');
  }
  return Number(ascii);
}
