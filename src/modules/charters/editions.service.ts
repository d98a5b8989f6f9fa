// Use cases of the charter editor: start the next draft from the published edition, and change a draft's
// vision, mission, expectations, grievance steps and services. Every save is linted, and the findings
// stand with the edition; only a draft (or one the reviewer sent back) can change.
import { z } from 'zod';
import type { services } from '../../db/schema.ts';
import { feeSchema, personSchema, serviceCategorySchema, timeLimitSchema, type Finding, type ServiceCategory } from '../../charter/model.ts';
import { catalogueEntry, lintCharter } from '../../charter/lint/index.ts';
import { SECTION_OF } from '../../charter/lint/places.ts';
import { isEditable, type EditionStatus } from '../../charter/workflow.ts';
import { normalizeDeep } from '../../bangla/normalize.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import { authorize } from '../accounts/policy.ts';
import { ensurePost, officeAndAbove } from '../officials/officials.service.ts';
import * as offices from '../offices/offices.service.ts';
import { editionView, loadEdition } from './charters.service.ts';
import * as repo from './charters.repo.ts';
import { serviceSearchText } from './charters.mapping.ts';

type Loaded = Awaited<ReturnType<typeof loadEdition>>;

/** An officer slot: a post of the office by id, or a person as a charter writes one (found or made a post). */
export const officerSchema = z.union([z.object({ postId: z.number().int().positive() }).strict(), personSchema]).nullable();

// The fields of a service, as the charter contract names them. A patch takes any of them and nothing else
// (no defaults there: zod applies a default even inside .partial(), which would blank what a patch omits).
const serviceFields = {
  category: serviceCategorySchema,
  serial: z.number().int().nonnegative(),
  name: z.string().trim().min(1, 'field.required').max(1000, 'field.too-long'),
  channels: z.array(z.string().trim().max(300, 'field.too-long')).max(20),
  documents: z.string().max(5000, 'field.too-long'),
  fee: feeSchema,
  timeLimit: timeLimitSchema,
  responsible: officerSchema,
  superior: officerSchema,
  alternate: officerSchema,
  remarks: z.string().max(2000, 'field.too-long'),
  /** 1-based place in the list of all services */
  position: z.number().int().positive(),
};

export const serviceInputSchema = z.object({
  ...serviceFields,
  serial: serviceFields.serial.optional(),
  channels: serviceFields.channels.default([]),
  documents: serviceFields.documents.default(''),
  fee: serviceFields.fee.default({ kind: 'free', amountTaka: null, text: '', paymentMethod: null }),
  timeLimit: serviceFields.timeLimit.default({ immediate: false, workingDays: null, text: '' }),
  responsible: serviceFields.responsible.default(null),
  superior: serviceFields.superior.default(null),
  alternate: serviceFields.alternate.default(null),
  remarks: serviceFields.remarks.default(''),
  position: serviceFields.position.optional(),
});
export type ServiceInput = z.input<typeof serviceInputSchema>;
export const servicePatchSchema = z.object(serviceFields).partial().strict();

export const editionPatchSchema = z
  .object({
    title: z.string().trim().max(300, 'field.too-long').nullable(),
    vision: z.string().trim().max(2000, 'field.too-long'),
    mission: z.string().trim().max(4000, 'field.too-long'),
    expectations: z.array(z.string().trim().min(1, 'field.required').max(1000, 'field.too-long')).max(50),
    issueDate: z.iso.date('field.invalid').nullable(),
    fiscalYear: z.number().int().min(2000).max(2100),
    quarter: z.number().int().min(1).max(4),
  })
  .partial()
  .strict();
export type EditionPatch = z.input<typeof editionPatchSchema>;

/** Inside the transaction of an edit: the edition is still editable (a submission may have come meanwhile). */
export async function stillEditable(ctx: Ctx, editionId: number): Promise<void> {
  const status = (await repo.lockStatus(ctx.db, editionId)) as EditionStatus | null;
  if (!status || !isEditable(status)) throw new DomainError('edition.not-editable', { id: editionId, status: status ?? '' });
}

/** The edition, if the actor may edit it and its state allows. */
export async function editable(ctx: Ctx, editionId: number): Promise<Loaded> {
  const loaded = await loadEdition(ctx, editionId);
  authorize(ctx, 'charter.edit', loaded.office);
  const status = loaded.edition.status as EditionStatus;
  if (!isEditable(status)) throw new DomainError('edition.not-editable', { id: editionId, status });
  return loaded;
}

/** Whether only the importer (or a reader) says this: the lint over the stored charter cannot say it again. */
const importOnly = (f: Finding) => !(catalogueEntry(f.code)?.from ?? []).includes('lint');

/**
 * After a change: the lint of the whole edition replaces the lint's findings, and the edition is dated. What
 * only the import could see (a cell it could not place, a column it could not read) stays until the editor
 * saves the row it names, which is their answer to it; so a save never makes an import's error vanish unseen.
 */
export async function relint(ctx: Ctx, loaded: Loaded, touched: readonly { section: string | null; row: number | null }[] = []): Promise<Finding[]> {
  const fresh = await repo.findEdition(ctx.db, loaded.edition.id);
  if (!fresh) throw new DomainError('edition.not-found', { id: loaded.edition.id });
  const { charter } = await editionView(ctx.db, fresh, loaded.office.id);
  const answered = (f: Finding) => f.location.row !== null && touched.some((t) => t.section === f.location.section && t.row === f.location.row);
  const kept = (fresh.findings ?? []).filter((f) => importOnly(f) && !answered(f));
  const findings = [...kept, ...lintCharter(charter)];
  await repo.updateEditionRow(ctx.db, loaded.edition.id, { findings, updatedAt: ctx.now });
  return findings;
}

/** The post a slot names: a post of the office or of an office above it, or one found or made for a person. */
export async function postOf(ctx: Ctx, officeId: number, slot: z.infer<typeof officerSchema>): Promise<number | null> {
  if (slot === null) return null;
  if ('postId' in slot) {
    const office = await offices.getOffice(ctx.db, officeId);
    const post = await repo.postInOffices(ctx.db, slot.postId, officeAndAbove(office.path));
    if (!post) throw new DomainError('post.not-found', { id: slot.postId }, {});
    return post.id;
  }
  return ensurePost(ctx, officeId, { ...normalizeDeep(slot), mentions: [] });
}

/** Changes a draft's own fields; `patch` is checked against editionPatchSchema (fields of the charter contract). */
export async function updateEdition(
  ctx: Ctx,
  input: { editionId: number; patch: EditionPatch | Readonly<Record<string, unknown>> },
): Promise<{ findings: Finding[] }> {
  const parsed = editionPatchSchema.safeParse(input.patch);
  if (!parsed.success) throw new DomainError('edition.invalid', {}, fieldProblems(parsed.error));
  const loaded = await editable(ctx, input.editionId);
  const { expectations, ...values } = normalizeDeep(parsed.data);
  return inTransaction(ctx, async (tx) => {
    await stillEditable(tx, loaded.edition.id);
    if (Object.keys(values).length) await repo.updateEditionRow(tx.db, loaded.edition.id, values);
    if (expectations) await repo.replaceExpectations(tx.db, loaded.edition.id, expectations);
    const before = Object.fromEntries(Object.keys(parsed.data).map((k) => [k, (loaded.edition as Record<string, unknown>)[k] ?? null]));
    await audit(tx, { entity: 'charter_edition', id: loaded.edition.id, action: 'update', officeId: loaded.office.id, before, after: parsed.data });
    return { findings: await relint(tx, loaded) };
  });
}

async function serviceValues(ctx: Ctx, officeId: number, v: Partial<z.infer<typeof serviceInputSchema>>) {
  const out: Partial<typeof services.$inferInsert> = {};
  if (v.category !== undefined) out.category = v.category;
  if (v.serial !== undefined) out.serial = v.serial;
  if (v.name !== undefined) out.name = v.name;
  if (v.channels !== undefined) out.channels = v.channels;
  if (v.documents !== undefined) out.documents = v.documents;
  if (v.remarks !== undefined) out.remarks = v.remarks;
  if (v.fee !== undefined)
    Object.assign(out, { feeKind: v.fee.kind, feeAmountTaka: v.fee.amountTaka, feeText: v.fee.text, paymentMethod: v.fee.paymentMethod });
  if (v.timeLimit !== undefined)
    Object.assign(out, { timeImmediate: v.timeLimit.immediate, timeWorkingDays: v.timeLimit.workingDays, timeText: v.timeLimit.text });
  if (v.responsible !== undefined) out.responsiblePostId = await postOf(ctx, officeId, v.responsible);
  if (v.superior !== undefined) out.superiorPostId = await postOf(ctx, officeId, v.superior);
  if (v.alternate !== undefined) out.alternatePostId = await postOf(ctx, officeId, v.alternate);
  return out;
}

/** Where the findings of a service row stand (its group's section and its serial). */
const rowOf = (s: repo.ServiceRow) => ({ section: SECTION_OF[s.category as ServiceCategory], row: s.serial });

/** Adds a service (checked against serviceInputSchema); at the end of its group's serials unless told. */
export async function addService(ctx: Ctx, input: { editionId: number; service: ServiceInput | Readonly<Record<string, unknown>> }) {
  const parsed = serviceInputSchema.safeParse(input.service);
  if (!parsed.success) throw new DomainError('service.invalid', {}, fieldProblems(parsed.error));
  const loaded = await editable(ctx, input.editionId);
  const v = normalizeDeep(parsed.data);
  return inTransaction(ctx, async (tx) => {
    await stillEditable(tx, loaded.edition.id);
    const existing = await repo.servicesOf(tx.db, loaded.edition.id);
    const serial = v.serial ?? existing.filter((s) => s.category === v.category).reduce((m, s) => Math.max(m, s.serial), 0) + 1;
    const values = await serviceValues(tx, loaded.office.id, { ...v, serial });
    const row = await repo.insertService(tx.db, {
      ...values,
      editionId: loaded.edition.id,
      category: v.category,
      serial,
      name: v.name,
      feeKind: v.fee.kind,
      position: existing.length + 1,
      searchText: serviceSearchText(v),
    });
    if (v.position !== undefined) await repo.moveService(tx.db, loaded.edition.id, row.id, v.position);
    await audit(tx, { entity: 'service', id: row.id, action: 'create', officeId: loaded.office.id, after: { editionId: loaded.edition.id, ...v } });
    return { serviceId: row.id, findings: await relint(tx, loaded) };
  });
}

/** Changes the fields given of one service (`{"name": "…"}`), checked against servicePatchSchema. */
export async function updateService(
  ctx: Ctx,
  input: { editionId: number; serviceId: number; patch: z.input<typeof servicePatchSchema> | Readonly<Record<string, unknown>> },
) {
  const parsed = servicePatchSchema.safeParse(input.patch);
  if (!parsed.success) throw new DomainError('service.invalid', {}, fieldProblems(parsed.error));
  const loaded = await editable(ctx, input.editionId);
  const before = await repo.serviceOfEdition(ctx.db, loaded.edition.id, input.serviceId);
  if (!before) throw new DomainError('service.not-found', { id: input.serviceId });
  const v = normalizeDeep(parsed.data);
  return inTransaction(ctx, async (tx) => {
    await stillEditable(tx, loaded.edition.id);
    const values = await serviceValues(tx, loaded.office.id, v);
    const merged = { name: values.name ?? before.name, channels: values.channels ?? before.channels, documents: values.documents ?? before.documents };
    await repo.updateService(tx.db, before.id, { ...values, searchText: serviceSearchText(merged) });
    if (v.position !== undefined) await repo.moveService(tx.db, loaded.edition.id, before.id, v.position);
    await audit(tx, { entity: 'service', id: before.id, action: 'update', officeId: loaded.office.id, before, after: v });
    return { serviceId: before.id, findings: await relint(tx, loaded, [rowOf(before)]) };
  });
}

export async function deleteService(ctx: Ctx, input: { editionId: number; serviceId: number }) {
  const loaded = await editable(ctx, input.editionId);
  const before = await repo.serviceOfEdition(ctx.db, loaded.edition.id, input.serviceId);
  if (!before) throw new DomainError('service.not-found', { id: input.serviceId });
  return inTransaction(ctx, async (tx) => {
    await stillEditable(tx, loaded.edition.id);
    await repo.deleteService(tx.db, loaded.edition.id, before.id);
    await audit(tx, { entity: 'service', id: before.id, action: 'delete', officeId: loaded.office.id, before });
    return { findings: await relint(tx, loaded, [rowOf(before)]) };
  });
}

/** Sets a value at a path inside a copy of an object ("responsible", "designation" → responsible.designation). */
function setAt(value: unknown, path: readonly (string | number)[], to: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return to;
  if (Array.isArray(value)) {
    const list: unknown[] = [...(value as unknown[])];
    list[Number(head)] = setAt(list[Number(head)], rest, to);
    return list;
  }
  const base: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  base[String(head)] = setAt(base[String(head)], rest, to);
  return base;
}

/**
 * Applies a finding's certain fix with one click: the finding is named by its place in the list and its
 * code (a list changed since the page was drawn is refused, not guessed at). A fix to a service goes through
 * updateService, one to the edition's own text through updateEdition; both lint again.
 */
export async function applyFix(ctx: Ctx, input: { editionId: number; index: number; code: string }): Promise<{ serviceId: number | null }> {
  const loaded = await editable(ctx, input.editionId);
  const finding = (loaded.edition.findings ?? [])[input.index];
  if (!finding || finding.code !== input.code || !finding.fix) throw new DomainError('fix.stale');
  const [root, index, field, ...rest] = finding.fix.path;
  if (root === 'services' && typeof index === 'number' && typeof field === 'string') {
    const { charter } = await editionView(ctx.db, loaded.edition, loaded.office.id);
    const service = charter.services[index];
    const row = (await repo.servicesOf(ctx.db, loaded.edition.id))[index];
    if (!service || !row) throw new DomainError('fix.stale');
    const patch = { [field]: setAt(service[field as keyof typeof service], rest, finding.fix.value) };
    await updateService(ctx, { editionId: loaded.edition.id, serviceId: row.id, patch });
    return { serviceId: row.id };
  }
  if ((root === 'vision' || root === 'mission' || root === 'title') && index === undefined) {
    await updateEdition(ctx, { editionId: loaded.edition.id, patch: { [root]: finding.fix.value } });
    return { serviceId: null };
  }
  throw new DomainError('fix.unsupported', { code: finding.code });
}

/** Whether applyFix can apply this finding's fix. */
export const fixApplies = (f: Finding) =>
  !!f.fix &&
  ((f.fix.path[0] === 'services' && typeof f.fix.path[1] === 'number' && typeof f.fix.path[2] === 'string') ||
    (f.fix.path.length === 1 && ['vision', 'mission', 'title'].includes(String(f.fix.path[0]))));
