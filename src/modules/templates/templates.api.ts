// JSON for the headquarters template and for reviewing its changes in a draft.
import { Hono } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import { jsonObject } from '../../http/json-body.ts';
import { DomainError } from '../shared/domain-error.ts';
import { listTemplate, saveTemplateService } from './templates.service.ts';
import { acceptTemplate, keepOwn, templateReviews } from './template-review.service.ts';

export const templatesApi = new Hono<AppEnv>();

templatesApi.get('/offices/:id/template', async (c) => {
  const list = await listTemplate(ctxOf(c), { officeId: idParam(c.req.param('id')) });
  return c.json({ services: list.map((s) => ({ id: s.id, version: s.version, ...s.values })) });
});

templatesApi.post('/offices/:id/template', async (c) => {
  const saved = await saveTemplateService(ctxOf(c), { officeId: idParam(c.req.param('id')), values: await jsonObject(c) });
  return c.json(saved, 201);
});

templatesApi.patch('/offices/:id/template/:serviceId', async (c) => {
  const saved = await saveTemplateService(ctxOf(c), {
    officeId: idParam(c.req.param('id')),
    id: idParam(c.req.param('serviceId')),
    values: await jsonObject(c),
  });
  return c.json(saved);
});

templatesApi.get('/editions/:id/template-reviews', async (c) =>
  c.json({ reviews: await templateReviews(ctxOf(c), { editionId: idParam(c.req.param('id')) }) }),
);

templatesApi.post('/editions/:id/services/:serviceId/template', async (c) => {
  const b = await jsonObject(c);
  const input = { editionId: idParam(c.req.param('id')), serviceId: idParam(c.req.param('serviceId')) };
  if (b.action === 'accept') return c.json(await acceptTemplate(ctxOf(c), input));
  if (b.action === 'keep') return c.json(await keepOwn(ctxOf(c), input));
  throw new DomainError('template.invalid', {}, { action: { key: 'field.invalid' } });
});
