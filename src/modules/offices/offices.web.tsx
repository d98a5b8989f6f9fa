// Public pages for offices: the home page with search and tree, and one office.
import { Hono } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { t } from '../../i18n/messages.ts';
import * as offices from './offices.service.ts';
import { can } from '../accounts/policy.ts';
import { listEditions } from '../charters/charters.service.ts';
import { HomePage, officeName } from './views/home.tsx';
import { publicFigures } from '../reports/reports.service.ts';
import { PublicGrievanceFigures } from '../reports/views/public-figures.tsx';
import { OfficePage } from './views/office.tsx';

export const officesWeb = new Hono<AppEnv>();

officesWeb.get('/', async (c) => {
  const { db } = c.get('deps');
  const locale = c.get('locale');
  const query = (c.req.query('q') ?? '').slice(0, 100);
  const [tree, results] = await Promise.all([offices.officeTree(db), query.trim() ? offices.searchOffices(db, query) : Promise.resolve(null)]);
  return c.html(
    <Layout locale={locale} title={t(locale, 'home.title')} switchHref={switchLanguageHref(c.req.url, locale)}>
      <HomePage locale={locale} tree={tree} query={query} results={results} />
    </Layout>,
  );
});

officesWeb.get('/offices/:id', async (c) => {
  const { db } = c.get('deps');
  const locale = c.get('locale');
  const office = await offices.getOffice(db, idParam(c.req.param('id')));
  const [ancestors, children, editions] = await Promise.all([
    offices.ancestors(db, office),
    offices.listChildren(db, office.id),
    listEditions(ctxOf(c), { officeId: office.id }),
  ]);
  return c.html(
    <Layout locale={locale} title={officeName(office, locale)} switchHref={switchLanguageHref(c.req.url, locale)}>
      <OfficePage
        locale={locale}
        office={office}
        ancestors={ancestors}
        children={children}
        editions={editions}
        editor={can(c.get('actor'), 'charter.edit', office) ? { csrf: c.get('csrf') } : null}
        audit={can(c.get('actor'), 'audit.read', office)}
        grievances={can(c.get('actor'), 'grievance.read', office)}
        reports={can(c.get('actor'), 'grievance.report', office)}
        figures={<PublicGrievanceFigures locale={locale} figures={await publicFigures(db, office.id, c.get('deps').now())} />}
      />
    </Layout>,
  );
});
