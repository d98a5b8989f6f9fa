// Open data pages: the sitemap, the charter's embeddable snippet (for an office's page on the national
// portal), and the pieces the charter page shows: its schema.org JSON-LD and the embed code to copy.
import { Hono, type MiddlewareHandler } from 'hono';
import { createHash } from 'node:crypto';
import { ctxOf, requestOrigin, type AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import { t, type Locale } from '../../i18n/messages.ts';
import { date, num } from '../../i18n/format.ts';
import type { PublicCharter } from '../charters/charters.presenter.ts';
import { charterUrl, feeWords, governmentServices, scriptJson, serviceUrl, type ExportOffice } from './jsonld.ts';
import { publishedCharter, sitemap } from './exports.service.ts';

export const exportsWeb = new Hono<AppEnv>();

exportsWeb.get('/sitemap.xml', async (c) => {
  const xml = await sitemap(ctxOf(c), { origin: requestOrigin(c) });
  return c.body(xml ?? '', 200, { 'Content-Type': 'application/xml; charset=utf-8' });
});

exportsWeb.get('/sitemaps/:file{[1-9][0-9]{0,5}\\.xml}', async (c) => {
  const xml = await sitemap(ctxOf(c), { origin: requestOrigin(c), page: Number.parseInt(c.req.param('file'), 10) });
  if (xml === null) return c.notFound();
  return c.body(xml, 200, { 'Content-Type': 'application/xml; charset=utf-8' });
});

/** The charter page's schema.org description, one GovernmentService per service. */
export function CharterJsonLd({ office, charter, origin }: { office: ExportOffice; charter: PublicCharter; origin: string }) {
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: scriptJson(governmentServices(office, charter, origin)) }} />;
}

export const embedPath = (officeId: number) => `/offices/${officeId}/charter/embed`;

/** The iframe to copy into a portal page, shown under the charter. */
export function EmbedCode({ officeId, origin, locale }: { officeId: number; origin: string; locale: Locale }) {
  const code = `<iframe src="${origin}${embedPath(officeId)}" title="${t(locale, 'exports.embed.title')}" width="100%" height="600" loading="lazy"></iframe>`;
  return (
    <details class="embed-code">
      <summary>{t(locale, 'exports.embed.code')}</summary>
      <pre>
        <code>{code}</code>
      </pre>
      <p>
        {t(locale, 'exports.downloads')}: <a href={`/api/offices/${officeId}/charter.csv`}>CSV</a> · <a href={`/api/offices/${officeId}/charter.xlsx`}>XLSX</a>{' '}
        · <a href={`/api/offices/${officeId}/charter.jsonld`}>JSON-LD (CPSV-AP 3.2)</a>
      </p>
    </details>
  );
}

// The snippet's whole style, inline and allowed by its hash: no stylesheet to fetch across sites, no script.
const EMBED_STYLE =
  'body{margin:0;padding:.75rem;font:15px/1.45 "Noto Sans Bengali","Noto Sans",system-ui,sans-serif;color:#1b1b1b;background:#fff}' +
  'h1{font-size:1.1rem;margin:0 0 .25rem}p{margin:.25rem 0 .75rem;color:#444}table{border-collapse:collapse;width:100%}' +
  'th,td{border:1px solid #ccc;padding:.35rem .5rem;text-align:left;vertical-align:top}thead th{background:#f0f4f0}' +
  'a{color:#005a30}@media (max-width:480px){thead{display:none}tr{display:block;border:1px solid #ccc;margin-bottom:.5rem}td,th{display:block;border:0}}';
const EMBED_STYLE_HASH = `'sha256-${createHash('sha256').update(EMBED_STYLE).digest('base64')}'`;

/** Who may frame the snippet: this site and the national portal's pages (every office's portal is under gov.bd). */
export const EMBED_FRAME_ANCESTORS = "'self' https://*.gov.bd";
const EMBED_CSP = `default-src 'none'; style-src ${EMBED_STYLE_HASH}; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors ${EMBED_FRAME_ANCESTORS}`;

/**
 * The embed route's own headers, over the site's (which forbid framing): mounted before the site's secure
 * headers, so it runs after them on the way out and replaces only this route's policy.
 */
export const embedFraming: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  if (c.res.status !== 200) return;
  c.res.headers.set('Content-Security-Policy', EMBED_CSP);
  c.res.headers.delete('X-Frame-Options');
};

function EmbedPage({ locale, office, charter, origin }: { locale: Locale; office: ExportOffice; charter: PublicCharter; origin: string }) {
  const name = locale === 'en' ? office.nameEn : office.nameBn;
  const published = charter.edition.publishedAt ? date(charter.edition.publishedAt.slice(0, 10), locale) : '';
  const none = t(locale, 'exports.embed.none');
  return (
    <html lang={locale}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${t(locale, 'exports.embed.title')}: ${name}`}</title>
        <link rel="canonical" href={charterUrl(origin, office.id)} />
        <style dangerouslySetInnerHTML={{ __html: EMBED_STYLE }} />
      </head>
      <body>
        <h1>
          {t(locale, 'exports.embed.title')}: <span lang="bn">{office.nameBn}</span>
        </h1>
        <p>
          {t(locale, 'exports.embed.edition', { edition: charter.edition.number, date: published })} ·{' '}
          <a href={charterUrl(origin, office.id)} target="_blank" rel="noopener">
            {t(locale, 'exports.embed.full')}
          </a>
        </p>
        <table lang="bn">
          <thead>
            <tr>
              <th scope="col">{t(locale, 'exports.col.serial')}</th>
              <th scope="col">{t(locale, 'exports.col.name')}</th>
              <th scope="col">{t(locale, 'exports.col.fee')}</th>
              <th scope="col">{t(locale, 'exports.col.time')}</th>
            </tr>
          </thead>
          <tbody>
            {charter.services.map((s, i) => (
              <tr>
                <td>{num(s.serial, locale)}</td>
                <th scope="row">
                  <a href={serviceUrl(origin, office.id, i)} target="_blank" rel="noopener">
                    {s.name}
                  </a>
                </th>
                <td>{feeWords(s) || none}</td>
                <td>{s.timeLimit.text || none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </body>
    </html>
  );
}

exportsWeb.get('/offices/:id/charter/embed', async (c) => {
  const locale = c.get('locale');
  const { office, charter } = await publishedCharter(ctxOf(c), { officeId: idParam(c.req.param('id')) });
  const page = await (<EmbedPage locale={locale} office={office} charter={charter} origin={requestOrigin(c)} />).toString();
  return c.html(`<!DOCTYPE html>${page}`);
});
