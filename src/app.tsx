// createApp(deps): mounts middleware, pages, /api and the error handler; never listens.
import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { etag } from 'hono/etag';
import { compression } from './http/compression.ts';
import { serveStatic } from '@hono/node-server/serve-static';
import { randomUUID } from 'node:crypto';
import type { AppDeps, AppEnv } from './http/context.ts';
import { bodyLimit } from 'hono/body-limit';
import { locale } from './http/locale.ts';
import { publishedPage } from './http/cache-policy.ts';
import { staticCache } from './http/assets.ts';
import { authenticate } from './http/auth.ts';
import { OPENAPI } from './http/openapi.ts';
import { accountsWeb } from './modules/accounts/accounts.web.tsx';
import { officialsWeb } from './modules/officials/officials.web.tsx';
import { auditWeb } from './modules/audit/audit.web.tsx';
import { templatesWeb } from './modules/templates/templates.web.tsx';
import { outboxWeb } from './modules/notifications/notifications.web.tsx';
import { DomainError } from './modules/shared/domain-error.ts';
import { LIMITS } from './importer/limits.ts';
import { sizeInWords } from './bangla/digits.ts';
import { notFoundHandler, onError } from './http/errors.tsx';
import { officesWeb } from './modules/offices/offices.web.tsx';
import { officesApi } from './modules/offices/offices.api.ts';
import { chartersWeb } from './modules/charters/charters.web.tsx';
import { editorWeb } from './modules/charters/editor.web.tsx';
import { serviceFormWeb } from './modules/charters/service-form.web.tsx';
import { chartersApi } from './modules/charters/charters.api.ts';
import { editionsApi } from './modules/charters/editions.api.ts';
import { templatesApi } from './modules/templates/templates.api.ts';
import { filingLimit, grievancesWeb, lookupLimit } from './modules/grievances/grievances.web.tsx';
import { ATTACHMENT_LIMITS } from './modules/grievances/attachments.ts';
import { grievancesApi } from './modules/grievances/grievances.api.ts';
import { holidaysWeb } from './modules/holidays/holidays.web.tsx';
import { reportsWeb } from './modules/reports/reports.web.tsx';
import { open311Api } from './modules/open311/open311.api.ts';
import { onOpen311Error } from './modules/open311/open311.errors.ts';
import { searchWeb } from './modules/search/search.web.tsx';
import { searchApi } from './modules/search/search.api.ts';
import { embedFraming, exportsWeb } from './modules/exports/exports.web.tsx';
import { exportsApi } from './modules/exports/exports.api.ts';

export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('requestId', c.req.header('x-request-id')?.slice(0, 64) ?? randomUUID());
    await next();
  });
  // The embeddable charter may be framed by the portals: its own policy replaces the site's on the way out.
  app.use('/offices/:id/charter/embed', embedFraming);
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  app.use('*', locale);
  // Text is sent compressed to whoever accepts it: brotli, else gzip.
  app.use('*', compression);
  // Static files change only with a release: pages name them with their version (http/assets.ts), kept a
  // year; the bare address a day, then revalidated by its ETag.
  app.use('/public/*', staticCache);
  app.use('/public/*', serveStatic({ root: './' }));
  // A published charter's page is the same for everyone until the next publication: an ETag lets a browser or
  // a proxy ask "still the same?" and get 304 without the body.
  for (const path of ['/offices/:id/charter', '/offices/:id/charter/print', '/offices/:id/charter/embed', '/offices/:id/charter.pdf']) {
    app.use(path, publishedPage);
  }
  app.use('/offices/:id/charter', etag());
  app.use('/offices/:id/charter/print', etag());
  // and the same for what is made from it: the embed, the PDF and the per-office exports (the national CSV is
  // streamed and not hashed), so nginx revalidates them with a 304 rather than fetching them whole
  for (const path of [
    '/offices/:id/charter/embed',
    '/offices/:id/charter.pdf',
    '/api/offices/:id/charter.jsonld',
    '/api/offices/:id/charter.csv',
    '/api/offices/:id/charter.xlsx',
  ]) {
    app.use(path, etag());
  }
  app.use(
    '*',
    bodyLimit({
      maxSize: LIMITS.maxFileBytes + 64 * 1024,
      onError: () => {
        throw new DomainError('request.too-large', { max: sizeInWords(LIMITS.maxFileBytes) });
      },
    }),
  );
  // Grievances anyone may file and follow: limited per address, and the form's body bounded by what it may
  // attach, before the session and CSRF middleware reads a byte of it.
  app.use(
    '/offices/:id/grievances',
    bodyLimit({
      maxSize: ATTACHMENT_LIMITS.totalBytes + 256 * 1024,
      onError: () => {
        throw new DomainError('grievance.attachment-total', { max: ATTACHMENT_LIMITS.totalBytes / 1024 / 1024 });
      },
    }),
    filingLimit,
  );
  app.use('/api/grievances', filingLimit);
  for (const path of ['/grievances/status', '/grievances/status/steps', '/api/grievances/status', '/api/grievances/status/steps']) app.use(path, lookupLimit);
  app.use('*', authenticate);
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/api/openapi.json', (c) => c.json(OPENAPI));
  app.route('/', officesWeb);
  app.route('/', chartersWeb);
  app.route('/', editorWeb);
  app.route('/', serviceFormWeb);
  app.route('/', accountsWeb);
  app.route('/', officialsWeb);
  app.route('/', auditWeb);
  app.route('/', templatesWeb);
  app.route('/', grievancesWeb);
  app.route('/', holidaysWeb);
  app.route('/', reportsWeb);
  app.route('/', searchWeb);
  app.route('/', exportsWeb);
  if (deps.demo) app.route('/', outboxWeb);
  app.route('/api', officesApi);
  app.route('/api', chartersApi);
  app.route('/api', editionsApi);
  app.route('/api', templatesApi);
  app.route('/api', grievancesApi);
  app.route('/api', searchApi);
  app.route('/api', exportsApi);
  app.route('/open311/v2', open311Api);
  app.notFound(notFoundHandler);
  // Open311 clients read the specification's error body, also for what fails before their routes (a bad token, a body too large).
  app.onError((err, c) => (c.req.path.startsWith('/open311/') ? onOpen311Error(err, c) : onError(err, c)));
  return app;
}
