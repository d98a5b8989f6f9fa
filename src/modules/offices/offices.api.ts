// JSON for offices: the list (optionally a search) and one office.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import * as offices from './offices.service.ts';

export const officesApi = new Hono<AppEnv>();

const toJson = (o: offices.Office) => ({
  id: o.id,
  parentId: o.parentId,
  level: o.level,
  name: o.nameBn,
  nameEn: o.nameEn,
  districtCode: o.districtCode,
  upazilaCode: o.upazilaCode,
  portal: o.portal,
  address: o.address,
});

officesApi.get('/offices', async (c) => {
  const { db } = c.get('deps');
  const q = c.req.query('q');
  const list = q ? await offices.searchOffices(db, q.slice(0, 100)) : await offices.listOffices(db);
  return c.json({ offices: list.map(toJson) });
});

officesApi.get('/offices/:id', async (c) => {
  const office = await offices.getOffice(c.get('deps').db, idParam(c.req.param('id')));
  return c.json(toJson(office));
});
