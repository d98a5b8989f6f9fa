// JSON for editions: list and start them, change a draft and its services, review and publish, compare two.
// Thin handlers over the same use cases as the pages and the CLI.
import { Hono, type Context } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import { jsonObject } from '../../http/json-body.ts';
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { diffEditions, getEdition, listEditions, seesDrafts } from './charters.service.ts';
import { addService, deleteService, updateEdition, updateService } from './editions.service.ts';
import { newDraft } from './new-draft.service.ts';
import { updateGrievanceSteps } from './grievance-steps.service.ts';
import { addComment, approveEdition, listComments, publishEdition, submitEdition } from './review.service.ts';
import { publicCharter, signedInEdition } from './charters.presenter.ts';
import * as offices from '../offices/offices.service.ts';
import * as repo from './charters.repo.ts';

export const editionsApi = new Hono<AppEnv>();

const editionId = (c: Context<AppEnv>) => idParam(c.req.param('id'));

/** An edition as its reader may see it; services carry their ids so they can be patched. */
export async function editionJson(ctx: Ctx, id: number) {
  const view = await getEdition(ctx, { editionId: id });
  const office = await offices.getOffice(ctx.db, view.officeId);
  const ids = (await repo.servicesOf(ctx.db, id)).map((s) => s.id);
  const withIds = <T extends object>(services: T[]) => services.map((s, i) => ({ id: ids[i] ?? null, ...s }));
  if (!seesDrafts(ctx, office)) {
    const shown = publicCharter(view);
    return { ...shown, officeId: view.officeId, services: withIds(shown.services) };
  }
  const shown = signedInEdition(view);
  const comments = await listComments(ctx, id);
  return {
    ...shown,
    officeId: view.officeId,
    charter: { ...shown.charter, services: withIds(shown.charter.services) },
    services: withIds(shown.charter.services),
    comments: comments.map((m) => ({ ...m, createdAt: m.createdAt.toISOString() })),
  };
}

const summary = (e: repo.EditionRow) => ({
  id: e.id,
  number: e.number,
  fiscalYear: e.fiscalYear,
  quarter: e.quarter,
  status: e.status,
  createdAt: e.createdAt.toISOString(),
  publishedAt: e.publishedAt?.toISOString() ?? null,
  knownProblems: e.knownProblems,
});

editionsApi.get('/offices/:id/editions', async (c) => {
  const list = await listEditions(ctxOf(c), { officeId: idParam(c.req.param('id')) });
  return c.json({ editions: list.map(summary) });
});

editionsApi.post('/offices/:id/editions', async (c) => {
  const ctx = ctxOf(c);
  const b = await jsonObject(c, { optional: true });
  const made = await newDraft(ctx, { officeId: idParam(c.req.param('id')), from: b.from === 'template' ? 'template' : 'published' });
  return c.json({ id: made.editionId, basedOnId: made.basedOnId }, 201);
});

editionsApi.get('/editions/:id', async (c) => c.json(await editionJson(ctxOf(c), editionId(c))));

editionsApi.patch('/editions/:id', async (c) => {
  const ctx = ctxOf(c);
  await updateEdition(ctx, { editionId: editionId(c), patch: await jsonObject(c) });
  return c.json(await editionJson(ctx, editionId(c)));
});

/** The whole list of grievance steps, `{"steps": [...]}`, renumbered 1, 2, 3 in the order given. */
editionsApi.put('/editions/:id/grievance-steps', async (c) => {
  const ctx = ctxOf(c);
  const b = await jsonObject(c);
  const extra = Object.keys(b).filter((k) => k !== 'steps');
  if (extra.length) throw new DomainError('edition.invalid', {}, Object.fromEntries(extra.map((k) => [k, { key: 'field.invalid' as const }])));
  await updateGrievanceSteps(ctx, { editionId: editionId(c), steps: b.steps });
  return c.json(await editionJson(ctx, editionId(c)));
});

async function serviceJson(ctx: Ctx, id: number, serviceId: number) {
  const shown = await editionJson(ctx, id);
  const service = shown.services.find((s) => s.id === serviceId);
  if (!service) throw new DomainError('service.not-found', { id: serviceId });
  const findings = 'charter' in shown ? shown.charter.findings : [];
  return { service, findings };
}

editionsApi.post('/editions/:id/services', async (c) => {
  const ctx = ctxOf(c);
  const { serviceId } = await addService(ctx, { editionId: editionId(c), service: await jsonObject(c) });
  return c.json(await serviceJson(ctx, editionId(c), serviceId), 201);
});

editionsApi.patch('/editions/:id/services/:serviceId', async (c) => {
  const ctx = ctxOf(c);
  const serviceId = idParam(c.req.param('serviceId'));
  await updateService(ctx, { editionId: editionId(c), serviceId, patch: await jsonObject(c) });
  return c.json(await serviceJson(ctx, editionId(c), serviceId));
});

editionsApi.delete('/editions/:id/services/:serviceId', async (c) => {
  await deleteService(ctxOf(c), { editionId: editionId(c), serviceId: idParam(c.req.param('serviceId')) });
  return c.body(null, 204);
});

editionsApi.post('/editions/:id/submit', async (c) => c.json(await submitEdition(ctxOf(c), { editionId: editionId(c) })));

editionsApi.post('/editions/:id/comments', async (c) => {
  const b = await jsonObject(c);
  const made = await addComment(ctxOf(c), { editionId: editionId(c), comment: b });
  return c.json({ comment: { ...made.comment, createdAt: made.comment.createdAt.toISOString() }, status: made.status }, 201);
});

editionsApi.post('/editions/:id/approve', async (c) => c.json(await approveEdition(ctxOf(c), { editionId: editionId(c) })));

editionsApi.post('/editions/:id/publish', async (c) => {
  const b = await jsonObject(c, { optional: true });
  const override = typeof b.override === 'string' ? b.override : null;
  return c.json(await publishEdition(ctxOf(c), { editionId: editionId(c), override }));
});

/** Only what changed from edition a to edition b of one office: services added, removed, moved, changed. */
editionsApi.get('/editions/:a/diff/:b', async (c) => {
  const ctx = ctxOf(c);
  const d = await diffEditions(ctx, { a: idParam(c.req.param('a')), b: idParam(c.req.param('b')) });
  return c.json(d);
});
