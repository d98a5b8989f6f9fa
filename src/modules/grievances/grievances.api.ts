// The grievance JSON API: filing and following (no sign-in: tracking number and mobile), and the officers'
// reads and steps (a token). Thin handlers over the same use cases as the pages.
import { Hono } from 'hono';
import { z } from 'zod';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import { jsonObject } from '../../http/json-body.ts';
import { noStore } from '../../http/cache-policy.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { GRIEVANCE_ACTIONS } from '../../grievance/workflow.ts';
import { dhakaTimestamp } from '../../bangla/dates.ts';
import { fileGrievance } from './file.service.ts';
import { complainantStep, takeStep } from './handle.service.ts';
import { getGrievance, grievanceStatus, listGrievances } from './read.service.ts';

export const grievancesApi = new Hono<AppEnv>();

// A grievance's answers carry who filed it or what they wrote: no cache keeps them.
grievancesApi.use('/grievances/*', noStore);
grievancesApi.use('/offices/:id/grievances', noStore);

const fileSchema = z.object({
  officeId: z.number({ message: 'field.required' }).int().positive(),
  serviceId: z.number().int().positive().nullable().optional(),
  name: z.string({ message: 'field.required' }),
  mobile: z.string({ message: 'field.required' }),
  email: z.string().nullable().optional(),
  address: z.string().nullable().optional(),
  description: z.string({ message: 'field.required' }),
  remedy: z.string().nullable().optional(),
  anonymous: z.boolean().optional(),
});

grievancesApi.post('/grievances', async (c) => {
  const parsed = fileSchema.safeParse(await jsonObject(c));
  if (!parsed.success) throw new DomainError('grievance.invalid', {}, fieldProblems(parsed.error));
  const filed = await fileGrievance(ctxOf(c), { ...parsed.data, channel: 'api' });
  return c.json(
    {
      id: filed.id,
      trackingNumber: filed.trackingNumber,
      status: 'received',
      dueOn: filed.dueOn,
      statusUrl: `/grievances/status?tracking=${filed.trackingNumber}`,
    },
    201,
  );
});

grievancesApi.get('/grievances/status', async (c) => {
  return c.json(await grievanceStatus(ctxOf(c), { tracking: c.req.query('tracking') ?? '', mobile: c.req.query('mobile') ?? '' }));
});

const complainantSchema = z.object({
  tracking: z.string({ message: 'field.required' }),
  mobile: z.string({ message: 'field.required' }),
  action: z.enum(['answer', 'appeal', 'satisfied'], { message: 'field.invalid' }),
  note: z.string().optional(),
});

grievancesApi.post('/grievances/status/steps', async (c) => {
  const parsed = complainantSchema.safeParse(await jsonObject(c));
  if (!parsed.success) throw new DomainError('grievance.invalid', {}, fieldProblems(parsed.error));
  const ctx = ctxOf(c);
  await complainantStep(ctx, parsed.data);
  return c.json(await grievanceStatus(ctx, parsed.data));
});

grievancesApi.get('/offices/:id/grievances', async (c) => {
  const list = await listGrievances(ctxOf(c), { officeId: idParam(c.req.param('id')), open: c.req.query('open') === '1' });
  return c.json({
    officeId: list.office.id,
    grievances: list.grievances.map((g) => ({ ...g, receivedAt: g.receivedAt.toISOString() })),
  });
});

grievancesApi.get('/grievances/:id', async (c) => c.json(await getGrievance(ctxOf(c), { grievanceId: idParam(c.req.param('id')) })));

const stepSchema = z.object({
  action: z.enum(GRIEVANCE_ACTIONS, { message: 'field.invalid' }),
  note: z.string().optional(),
  toOfficeId: z.number().int().positive().nullable().optional(),
});

grievancesApi.post('/grievances/:id/steps', async (c) => {
  const id = idParam(c.req.param('id'));
  const parsed = stepSchema.safeParse(await jsonObject(c));
  if (!parsed.success) throw new DomainError('grievance.invalid', {}, fieldProblems(parsed.error));
  const ctx = ctxOf(c);
  await takeStep(ctx, { grievanceId: id, ...parsed.data });
  return c.json(await getGrievance(ctx, { grievanceId: id }));
});

/** The hand-off dossier for the Cabinet Division's cell: the whole grievance with its identity (logged). */
grievancesApi.get('/grievances/:id/dossier', async (c) => {
  const ctx = ctxOf(c);
  const g = await getGrievance(ctx, { grievanceId: idParam(c.req.param('id')) });
  if (g.complainant.masked) throw new DomainError('auth.forbidden', { action: 'grievance.handle' });
  return c.json({
    kind: 'grievance-dossier',
    madeAt: dhakaTimestamp(ctx.now),
    for: 'Cabinet Division grievance management cell (grs.gov.bd)',
    grievance: g,
  });
});
