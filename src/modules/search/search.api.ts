// JSON for the national service search: GET /api/search?q=… (the filters as on the page), best first.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';
import { searchServices } from './search.service.ts';

export const searchApi = new Hono<AppEnv>();

searchApi.get('/search', async (c) => {
  const results = await searchServices(c.get('deps').db, c.req.query());
  return c.json({
    results: results.map((r) => ({
      service: {
        name: r.service.name,
        category: r.service.category,
        serial: r.service.serial,
        timeLimit: r.service.timeLimit,
        fee: r.service.fee,
      },
      office: { id: r.office.id, name: r.office.nameBn, nameEn: r.office.nameEn },
      url: r.url,
    })),
  });
});
