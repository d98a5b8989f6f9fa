// The public search page: GET /search?q=… with the filters as query parameters; no session needed.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';
import { Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { t } from '../../i18n/messages.ts';
import { listOffices } from '../offices/offices.service.ts';
import { searchInputSchema, searchServices } from './search.service.ts';
import { SearchPage, type SearchForm } from './views/search-page.tsx';

export const searchWeb = new Hono<AppEnv>();

searchWeb.get('/search', async (c) => {
  const { db } = c.get('deps');
  const locale = c.get('locale');
  const raw = c.req.query();
  const v = searchInputSchema.parse(raw);
  const form: SearchForm = {
    q: v.q,
    division: v.division ?? '',
    district: v.district ?? '',
    upazila: v.upazila ?? '',
    level: v.level ?? '',
    category: v.category ?? '',
  };
  const [offices, results] = await Promise.all([listOffices(db), v.q.trim() ? searchServices(db, raw) : Promise.resolve(null)]);
  const upazilas = offices
    .filter((o) => o.level === 'upazila' && o.upazilaCode)
    .map((o) => ({ code: o.upazilaCode ?? '', nameBn: o.nameBn, nameEn: o.nameEn }))
    .sort((a, b) => a.nameBn.localeCompare(b.nameBn, 'bn'));
  return c.html(
    <Layout locale={locale} title={t(locale, 'service-search.title')} switchHref={switchLanguageHref(c.req.url, locale)}>
      <SearchPage locale={locale} form={form} upazilas={upazilas} results={results} />
    </Layout>,
  );
});
