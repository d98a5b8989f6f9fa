// "The template changed: review": the services of a draft whose standard service has a newer version than
// the one the office localised; accept brings in what changed (only those fields), keep records the office's
// choice to keep its own. Either way the office is not asked again about that version.
import type { FieldChange } from '../../charter/diff.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import { editable, relint, updateService } from '../charters/editions.service.ts';
import { loadEdition } from '../charters/charters.service.ts';
import * as repo from '../charters/charters.repo.ts';
import { templateChanges, templateServiceById, templateVersion } from './templates.service.ts';

export interface TemplateReview {
  serviceId: number;
  name: string;
  templateServiceId: number;
  fromVersion: number;
  toVersion: number;
  changes: FieldChange[];
}

async function reviewOf(ctx: Ctx, row: repo.ServiceRow): Promise<TemplateReview | null> {
  if (row.templateServiceId === null || row.templateVersion === null) return null;
  const current = await templateServiceById(ctx, row.templateServiceId);
  if (!current || current.version <= row.templateVersion) return null;
  const seen = await templateVersion(ctx, current.id, row.templateVersion);
  if (!seen) return null;
  return {
    serviceId: row.id,
    name: row.name,
    templateServiceId: current.id,
    fromVersion: row.templateVersion,
    toVersion: current.version,
    changes: templateChanges(seen, current.values),
  };
}

/** The services of an edition whose standard service changed since the office localised it. */
export async function templateReviews(ctx: Ctx, input: { editionId: number }): Promise<TemplateReview[]> {
  const { edition } = await loadEdition(ctx, input.editionId);
  const reviews = await Promise.all((await repo.servicesOf(ctx.db, edition.id)).map((row) => reviewOf(ctx, row)));
  return reviews.filter((r): r is TemplateReview => r !== null);
}

async function pending(ctx: Ctx, editionId: number, serviceId: number) {
  const loaded = await editable(ctx, editionId);
  const row = await repo.serviceOfEdition(ctx.db, loaded.edition.id, serviceId);
  if (!row) throw new DomainError('service.not-found', { id: serviceId });
  const review = await reviewOf(ctx, row);
  if (!review) throw new DomainError('template.unchanged');
  return { loaded, review };
}

const FIELDS = ['category', 'name', 'channels', 'documents', 'fee', 'timeLimit'] as const;

/** Takes what headquarters changed into the office's service, and nothing else of the template. */
export async function acceptTemplate(ctx: Ctx, input: { editionId: number; serviceId: number }): Promise<TemplateReview> {
  const { loaded, review } = await pending(ctx, input.editionId, input.serviceId);
  const current = await templateServiceById(ctx, review.templateServiceId);
  if (!current) throw new DomainError('template.not-found', { id: review.templateServiceId });
  const touched = new Set(review.changes.map((c) => c.path.split('.')[0]));
  const patch = Object.fromEntries(FIELDS.filter((f) => touched.has(f)).map((f) => [f, current.values[f]]));
  await inTransaction(ctx, async (tx) => {
    if (Object.keys(patch).length) await updateService(tx, { editionId: loaded.edition.id, serviceId: review.serviceId, patch });
    await repo.updateService(tx.db, review.serviceId, { templateVersion: review.toVersion });
    await audit(tx, {
      entity: 'service',
      id: review.serviceId,
      action: 'template-accept',
      officeId: loaded.office.id,
      after: { version: review.toVersion, changes: review.changes },
    });
    await relint(tx, loaded);
  });
  return review;
}

/** Keeps the office's own service; the change of the template is recorded as seen. */
export async function keepOwn(ctx: Ctx, input: { editionId: number; serviceId: number }): Promise<TemplateReview> {
  const { loaded, review } = await pending(ctx, input.editionId, input.serviceId);
  await inTransaction(ctx, async (tx) => {
    await repo.updateService(tx.db, review.serviceId, { templateVersion: review.toVersion });
    await audit(tx, {
      entity: 'service',
      id: review.serviceId,
      action: 'template-keep',
      officeId: loaded.office.id,
      after: { version: review.toVersion, changes: review.changes },
    });
  });
  return review;
}
