// The headquarters template: the master list of standard services. An office starts its charter from it
// and localises it (officers, fees, time); when headquarters changes what a standard service promises, the
// offices using it see "the template changed: review" with the difference, and accept it or keep their own.
import { z } from 'zod';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { feeSchema, serviceCategorySchema, timeLimitSchema } from '../../charter/model.ts';
import { diffCharters, type FieldChange } from '../../charter/diff.ts';
import { foldBangla } from '../../bangla/fold.ts';
import { normalizeDeep, searchKey } from '../../bangla/normalize.ts';
import { templateServices, templateServiceVersions, type TemplateValues } from '../../db/schema.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import { authorize } from '../accounts/policy.ts';
import * as offices from '../offices/offices.service.ts';

export const templateValuesSchema = z.object({
  category: serviceCategorySchema,
  name: z.string().trim().min(1, 'field.required').max(1000, 'field.too-long'),
  channels: z.array(z.string().trim().max(300, 'field.too-long')).max(20).default([]),
  documents: z.string().max(5000, 'field.too-long').default(''),
  fee: feeSchema.default({ kind: 'free', amountTaka: null, text: '', paymentMethod: null }),
  timeLimit: timeLimitSchema.default({ immediate: false, workingDays: null, text: '' }),
});

export type TemplateService = typeof templateServices.$inferSelect;

/** The office that keeps the template for an office: the root of its tree (headquarters). */
export async function templateOffice(ctx: Ctx, officeId: number): Promise<offices.Office> {
  const office = await offices.getOffice(ctx.db, officeId);
  const rootId = Number(office.path.split('/').filter(Boolean)[0] ?? office.id);
  return rootId === office.id ? office : offices.getOffice(ctx.db, rootId);
}

/** The standard services an office's tree uses, in order (retired ones left out). */
export async function listTemplate(ctx: Ctx, input: { officeId: number }): Promise<TemplateService[]> {
  const root = await templateOffice(ctx, input.officeId);
  return ctx.db
    .select()
    .from(templateServices)
    .where(and(eq(templateServices.officeId, root.id), isNull(templateServices.retiredAt)))
    .orderBy(asc(templateServices.position), asc(templateServices.id));
}

/**
 * What a standard service promises, compared as people read it: spacing, Unicode forms and the common
 * spelling confusions do not count, so correcting a typo is cosmetic and no office is asked to review it.
 */
export function promiseOf(v: TemplateValues): string {
  const text = (s: string) => foldBangla(searchKey(s));
  return JSON.stringify([
    v.category,
    text(v.name),
    v.channels.map(text),
    text(v.documents),
    [v.fee.kind, v.fee.amountTaka, text(v.fee.text), text(v.fee.paymentMethod ?? '')],
    [v.timeLimit.immediate, v.timeLimit.workingDays, text(v.timeLimit.text)],
  ]);
}

/** Adds a standard service, or changes one: a new version only when what it promises changed. */
export async function saveTemplateService(
  ctx: Ctx,
  input: { officeId: number; id?: number; values: unknown },
): Promise<{ id: number; version: number; promiseChanged: boolean }> {
  const office = await offices.getOffice(ctx.db, input.officeId);
  authorize(ctx, 'template.manage', office);
  const parsed = templateValuesSchema.safeParse(input.values);
  if (!parsed.success) throw new DomainError('template.invalid', {}, fieldProblems(parsed.error));
  const values: TemplateValues = normalizeDeep(parsed.data);
  return inTransaction(ctx, async (tx) => {
    if (input.id === undefined) {
      const count = (await listTemplate(tx, { officeId: office.id })).length;
      const [row] = await tx.db
        .insert(templateServices)
        .values({ officeId: office.id, position: count + 1, values, updatedAt: ctx.now })
        .returning();
      if (!row) throw new Error('insert returned no row');
      await tx.db.insert(templateServiceVersions).values({ templateServiceId: row.id, version: 1, values, createdAt: ctx.now });
      await audit(tx, { entity: 'template_service', id: row.id, action: 'create', officeId: office.id, after: values });
      return { id: row.id, version: 1, promiseChanged: true };
    }
    const [current] = await tx.db
      .select()
      .from(templateServices)
      .where(and(eq(templateServices.id, input.id), eq(templateServices.officeId, office.id)));
    if (!current) throw new DomainError('template.not-found', { id: input.id });
    const changed = promiseOf(current.values) !== promiseOf(values);
    const version = changed ? current.version + 1 : current.version;
    await tx.db.update(templateServices).set({ values, version, updatedAt: ctx.now }).where(eq(templateServices.id, current.id));
    if (changed) await tx.db.insert(templateServiceVersions).values({ templateServiceId: current.id, version, values, createdAt: ctx.now });
    else
      await tx.db
        .update(templateServiceVersions)
        .set({ values })
        .where(and(eq(templateServiceVersions.templateServiceId, current.id), eq(templateServiceVersions.version, version)));
    await audit(tx, {
      entity: 'template_service',
      id: current.id,
      action: changed ? 'change' : 'cosmetic',
      officeId: office.id,
      before: current.values,
      after: values,
    });
    return { id: current.id, version, promiseChanged: changed };
  });
}

export async function templateVersion(ctx: Ctx, templateServiceId: number, version: number): Promise<TemplateValues | null> {
  const [row] = await ctx.db
    .select()
    .from(templateServiceVersions)
    .where(and(eq(templateServiceVersions.templateServiceId, templateServiceId), eq(templateServiceVersions.version, version)));
  return row?.values ?? null;
}

export async function templateServiceById(ctx: Ctx, id: number): Promise<TemplateService | null> {
  const [row] = await ctx.db.select().from(templateServices).where(eq(templateServices.id, id));
  return row ?? null;
}

/** What changed in a standard service between the version an office saw and the current one. */
export function templateChanges(seen: TemplateValues, now: TemplateValues): FieldChange[] {
  const blank = { responsible: null, superior: null, alternate: null, remarks: '', serial: 1 };
  const charter = (v: TemplateValues) => ({
    office: { name: null, level: null, districtCode: null, upazilaCode: null, portal: null },
    title: null,
    vision: '',
    mission: '',
    services: [{ ...blank, ...v }],
    subordinateOffices: [],
    expectations: [],
    grievanceSteps: [],
    signOff: null,
    findings: [],
  });
  const d = diffCharters(charter(seen), charter(now));
  // One service on each side: a renamed service is "changed", or, renamed beyond recognition, removed and added.
  const changed = d.services.changed[0]?.fields ?? [];
  if (changed.length || !d.services.removed.length) return changed;
  return [{ path: 'name', before: seen.name, after: now.name }];
}
