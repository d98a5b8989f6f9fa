// The audit log of an office and the offices below it, for its head and the offices above: who changed
// what, when, and what it was before. Newest first, a hundred at a time.
import { Hono } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { t, type Locale } from '../../i18n/messages.ts';
import { dateTime } from '../../i18n/format.ts';
import * as offices from '../offices/offices.service.ts';
import { officeName } from '../offices/views/home.tsx';
import { officeAuditLog, type AuditRow } from './audit.service.ts';

export const auditWeb = new Hono<AppEnv>();

const short = (v: unknown) => {
  const s = typeof v === 'string' ? v : JSON.stringify(v ?? null);
  return s.length > 80 ? `${s.slice(0, 79)}…` : s;
};

/** The fields that changed, "field: before → after", at most six. */
export function changes(before: unknown, after: unknown): string[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter(
    (k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]) && !/^(id|createdAt|searchText|path)$/.test(k),
  );
  return keys.slice(0, 6).map((k) => (k in b ? `${k}: ${short(b[k])} → ${short(a[k])}` : `${k}: ${short(a[k])}`));
}

function AuditTable({ locale, rows }: { locale: Locale; rows: AuditRow[] }) {
  if (!rows.length) return <p class="muted">{t(locale, 'audit.none')}</p>;
  return (
    <table class="audit">
      <thead>
        <tr>
          <th scope="col">{t(locale, 'audit.when')}</th>
          <th scope="col">{t(locale, 'audit.who')}</th>
          <th scope="col">{t(locale, 'audit.office')}</th>
          <th scope="col">{t(locale, 'audit.what')}</th>
          <th scope="col">{t(locale, 'audit.change')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr>
            <td data-label={t(locale, 'audit.when')}>
              <time datetime={r.at.toISOString()}>{dateTime(r.at, locale)}</time>
            </td>
            <td data-label={t(locale, 'audit.who')}>{r.actor}</td>
            <td data-label={t(locale, 'audit.office')}>{r.officeName ?? '—'}</td>
            <th scope="row">
              <code>{`${r.entity} ${r.entityId ?? ''} ${r.action}`}</code>
            </th>
            <td data-label={t(locale, 'audit.change')}>
              <ul class="changes">
                {changes(r.before, r.after).map((line) => (
                  <li>{line}</li>
                ))}
              </ul>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

auditWeb.get('/offices/:id/audit', async (c) => {
  const ctx = ctxOf(c);
  const locale = c.get('locale');
  const office = await offices.getOffice(ctx.db, idParam(c.req.param('id')));
  const before = Number(c.req.query('before') ?? '') || undefined;
  const rows = await officeAuditLog(ctx, { officeId: office.id, ...(before ? { before } : {}) });
  const name = officeName(office, locale);
  const last = rows.at(-1);
  return c.html(
    <Layout locale={locale} title={`${t(locale, 'audit.title')}: ${name}`} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[{ href: '/', label: t(locale, 'nav.home') }, { href: `/offices/${office.id}`, label: name }, { label: t(locale, 'audit.title') }]}
      />
      <h1>{t(locale, 'audit.title')}</h1>
      <AuditTable locale={locale} rows={rows} />
      {rows.length === 100 && last ? (
        <p>
          <a href={`/offices/${office.id}/audit?before=${last.id}`}>{t(locale, 'audit.older')}</a>
        </p>
      ) : null}
    </Layout>,
  );
});
