// Open data over HTTP: an office's published charter as CPSV-AP 3.2 JSON-LD, CSV and XLSX, and every
// published service of the country as one CSV, streamed.
import { Hono } from 'hono';
import { ctxOf, requestOrigin, type AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import { charterCpsv, charterCsv, charterXlsx, nationalServicesCsv } from './exports.service.ts';

export const exportsApi = new Hono<AppEnv>();

const attachment = (name: string) => `attachment; filename="${name}"`;

exportsApi.get('/offices/:id/charter.jsonld', async (c) => {
  const body = await charterCpsv(ctxOf(c), { officeId: idParam(c.req.param('id')), origin: requestOrigin(c) });
  return c.body(JSON.stringify(body), 200, { 'Content-Type': 'application/ld+json; charset=utf-8' });
});

exportsApi.get('/offices/:id/charter.csv', async (c) => {
  const id = idParam(c.req.param('id'));
  const csv = await charterCsv(ctxOf(c), { officeId: id });
  return c.body(csv, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment(`charter-${id}.csv`) });
});

exportsApi.get('/offices/:id/charter.xlsx', async (c) => {
  const id = idParam(c.req.param('id'));
  const bytes = await charterXlsx(ctxOf(c), { officeId: id });
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'Content-Disposition': attachment(`charter-${id}.xlsx`),
  });
});

exportsApi.get('/exports/services.csv', (c) => {
  const stream = nationalServicesCsv(ctxOf(c), { origin: requestOrigin(c) });
  return c.body(stream, 200, { 'Content-Type': 'text/csv; charset=utf-8', 'Content-Disposition': attachment('services.csv') });
});
