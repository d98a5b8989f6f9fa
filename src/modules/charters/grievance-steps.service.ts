// The editor's use case for a draft's grievance steps (section 5 of the charter): the whole list at once,
// since a step is known by its place in it and the steps are renumbered 1, 2, 3 as the charter prints them.
import { z } from 'zod';
import type { Finding } from '../../charter/model.ts';
import { normalizeDeep } from '../../bangla/normalize.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import { editable, officerSchema, postOf, relint, stillEditable } from './editions.service.ts';
import * as repo from './charters.repo.ts';

export const grievanceStepSchema = z
  .object({
    /** where the step goes in the list; steps without one keep their place among the others */
    order: z.number('field.number').int('field.whole-number').positive('field.whole-number').max(100, 'field.whole-number').optional(),
    when: z.string().trim().max(1000, 'field.too-long').default(''),
    role: z.string().trim().min(1, 'field.required').max(500, 'field.too-long'),
    /** a post of the office or of an office above (`{postId}`), or the contact as written; null for none */
    contact: officerSchema.default(null),
    contactText: z.string().trim().max(2000, 'field.too-long').default(''),
    workingDays: z.number('field.number').int('field.whole-number').positive('field.whole-number').max(365, 'field.whole-number').nullable().default(null),
  })
  .strict();
export const grievanceStepsSchema = z.object({ steps: z.array(grievanceStepSchema).max(20, 'field.too-long') }).strict();
export type GrievanceStepsInput = z.input<typeof grievanceStepsSchema>;

/**
 * Replaces a draft's grievance steps with `{steps: [...]}` (checked against grievanceStepsSchema), sorted by
 * `order` and numbered from 1. A contact `{postId}` points at a post (its current holder is shown); a person
 * is kept as written and makes no post, as a grievance contact is often a cell of another office.
 */
export async function updateGrievanceSteps(
  ctx: Ctx,
  input: { editionId: number; steps: GrievanceStepsInput['steps'] | unknown },
): Promise<{ findings: Finding[] }> {
  const parsed = grievanceStepsSchema.safeParse({ steps: input.steps });
  if (!parsed.success) throw new DomainError('edition.invalid', {}, fieldProblems(parsed.error));
  const loaded = await editable(ctx, input.editionId);
  const steps = normalizeDeep(parsed.data.steps)
    .map((s, i) => ({ s, at: s.order ?? i + 1, i }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ s }) => s);
  return inTransaction(ctx, async (tx) => {
    await stillEditable(tx, loaded.edition.id);
    const before = (await repo.loadEditionRows(tx.db, loaded.edition)).grievanceSteps.map(({ id: _id, editionId: _e, ...g }) => g);
    const rows = [];
    for (const [i, s] of steps.entries()) {
      const byPost = s.contact !== null && 'postId' in s.contact;
      rows.push({
        stepOrder: i + 1,
        whenText: s.when,
        role: s.role,
        postId: byPost ? await postOf(tx, loaded.office.id, s.contact) : null,
        contact: byPost ? null : (s.contact as Exclude<typeof s.contact, { postId: number }>),
        contactText: s.contactText,
        workingDays: s.workingDays,
      });
    }
    await repo.replaceSteps(tx.db, loaded.edition.id, rows);
    await audit(tx, {
      entity: 'charter_edition',
      id: loaded.edition.id,
      action: 'update',
      officeId: loaded.office.id,
      before: { grievanceSteps: before },
      after: { grievanceSteps: rows },
    });
    // Saving the table answers what the import said about each of its rows, old and new.
    const touched = [...before, ...rows].map((g) => ({ section: '5', row: g.stepOrder }));
    return { findings: await relint(tx, loaded, touched) };
  });
}
