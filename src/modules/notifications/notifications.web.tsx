// The demo's outbox page at /demo/outbox. Mount it only in the demo: it shows recipients' addresses and numbers.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';
import { Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { t } from '../../i18n/messages.ts';
import { listOutbox } from './outbox.service.ts';
import { DomainError } from '../shared/domain-error.ts';
import { OutboxPage } from './views/outbox.tsx';

export const OUTBOX_PAGE_LIMIT = 100;

export const outboxWeb = new Hono<AppEnv>();

outboxWeb.get('/demo/outbox', async (c) => {
  const locale = c.get('locale');
  // Even in the demo the page shows addresses and password-reset links: administrators only.
  const actor = c.get('actor');
  if (actor.kind !== 'user' || !actor.roles.includes('admin'))
    throw new DomainError(actor.kind === 'public' ? 'auth.required' : 'auth.forbidden', { action: 'outbox' });
  const rows = await listOutbox(c.get('deps').db, { limit: OUTBOX_PAGE_LIMIT });
  return c.html(
    <Layout locale={locale} title={t(locale, 'notify.outbox.title')} switchHref={switchLanguageHref(c.req.url, locale)}>
      <OutboxPage locale={locale} rows={rows} />
    </Layout>,
  );
});
