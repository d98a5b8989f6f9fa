// Use cases of review and publication: the editor submits to the office above, the reviewer there
// comments (asking for changes) and approves, the head publishes. Nobody approves their own submission;
// a draft with errors is published only with a reason, recorded and shown to the public.
import { z } from 'zod';
import { editionComments } from '../../db/schema.ts';
import { nextStatus, type EditionEvent, type EditionStatus } from '../../charter/workflow.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { actorLabel, inTransaction, type Ctx } from '../shared/context.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import { authorize, can, type Action } from '../accounts/policy.ts';
import { editionView, loadEdition } from './charters.service.ts';
import * as repo from './charters.repo.ts';
import { notifyReview } from './review.notify.ts';

type Loaded = Awaited<ReturnType<typeof loadEdition>>;

function step(loaded: Loaded, event: EditionEvent): EditionStatus {
  const status = loaded.edition.status as EditionStatus;
  const next = nextStatus(status, event);
  if (!next) throw new DomainError('edition.transition', { id: loaded.edition.id, status, step: event });
  return next;
}

async function move(ctx: Ctx, loaded: Loaded, to: EditionStatus, action: string, values: Parameters<typeof repo.updateEditionRow>[2] = {}) {
  await stillIn(ctx, loaded);
  await repo.updateEditionRow(ctx.db, loaded.edition.id, { status: to, ...values });
  await audit(ctx, {
    entity: 'charter_edition',
    id: loaded.edition.id,
    action,
    officeId: loaded.office.id,
    before: { status: loaded.edition.status },
    after: { status: to, ...values },
  });
}

const about = (loaded: Loaded) => ({ office: loaded.office, editionId: loaded.edition.id, number: loaded.edition.number });

/** Inside the transaction: the edition is still in the state the step was checked against (else 409). */
async function stillIn(ctx: Ctx, loaded: Loaded): Promise<void> {
  const status = await repo.lockStatus(ctx.db, loaded.edition.id);
  if (status !== loaded.edition.status) throw new DomainError('edition.transition', { id: loaded.edition.id, status: status ?? '', step: 'changed meanwhile' });
}

const userId = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The editor sends the draft to the office above for review. */
export async function submitEdition(ctx: Ctx, input: { editionId: number }): Promise<{ status: EditionStatus }> {
  const loaded = await loadEdition(ctx, input.editionId);
  authorize(ctx, 'charter.submit', loaded.office);
  const to = step(loaded, 'submit');
  await inTransaction(ctx, async (tx) => {
    await move(tx, loaded, to, 'submit', { submittedAt: ctx.now, submittedBy: userId(ctx) });
    await notifyReview(tx, { event: 'submitted', ...about(loaded), step: `submitted:${ctx.now.toISOString()}` });
  });
  return { status: to };
}

export const commentInputSchema = z.object({
  text: z.string().trim().min(1, 'field.required').max(4000, 'field.too-long'),
  serviceId: z.number().int().positive().optional(),
  field: z.string().trim().max(60, 'field.too-long').optional(),
  replyTo: z.number().int().positive().optional(),
});
export type CommentInput = z.input<typeof commentInputSchema>;

/**
 * A comment on the edition, or on one service or field of it. From the reviewer on a submitted edition it
 * asks for changes (the edition goes back to the editor); from the editor it answers.
 */
export async function addComment(ctx: Ctx, input: { editionId: number; comment: CommentInput | Readonly<Record<string, unknown>> }) {
  const parsed = commentInputSchema.safeParse(input.comment);
  if (!parsed.success) throw new DomainError('comment.invalid', {}, fieldProblems(parsed.error));
  const loaded = await loadEdition(ctx, input.editionId);
  authorize(ctx, 'charter.comment', loaded.office);
  const v = parsed.data;
  const status = loaded.edition.status as EditionStatus;
  if (!nextStatus(status, 'comment')) throw new DomainError('edition.transition', { id: loaded.edition.id, status, step: 'comment' });
  if (v.serviceId !== undefined && !(await repo.serviceOfEdition(ctx.db, loaded.edition.id, v.serviceId))) {
    throw new DomainError('service.not-found', { id: v.serviceId }, { serviceId: { key: 'field.invalid' } });
  }
  const asReviewer = can(ctx.actor, 'charter.approve', loaded.office);
  return inTransaction(ctx, async (tx) => {
    const [comment] = await tx.db
      .insert(editionComments)
      .values({
        editionId: loaded.edition.id,
        serviceId: v.serviceId ?? null,
        field: v.field ?? null,
        replyTo: v.replyTo ?? null,
        authorUserId: userId(ctx),
        author: actorLabel(ctx.actor),
        text: normalizeLine(v.text),
        createdAt: ctx.now,
      })
      .returning();
    if (!comment) throw new Error('insert returned no row');
    await audit(tx, { entity: 'edition_comment', id: comment.id, action: 'create', officeId: loaded.office.id, after: comment });
    const next = asReviewer ? nextStatus(status, 'request-changes') : null;
    if (next) await move(tx, loaded, next, 'request-changes');
    await notifyReview(tx, { event: asReviewer ? 'comment' : 'answered', ...about(loaded), step: `comment:${comment.id}` });
    return { comment, status: next ?? status };
  });
}

/** The reviewer of an office above approves; never the person who submitted it. */
export async function approveEdition(ctx: Ctx, input: { editionId: number }): Promise<{ status: EditionStatus }> {
  const loaded = await loadEdition(ctx, input.editionId);
  authorize(ctx, 'charter.approve', loaded.office);
  const to = step(loaded, 'approve');
  const me = userId(ctx);
  if (me !== null && loaded.edition.submittedBy === me) throw new DomainError('edition.own-submission');
  await inTransaction(ctx, async (tx) => {
    await move(tx, loaded, to, 'approve', { approvedAt: ctx.now, approvedBy: me });
    await notifyReview(tx, { event: 'approved', ...about(loaded), step: 'approved' });
  });
  return { status: to };
}

/**
 * The head publishes an approved edition; it becomes the office's current charter and never changes again.
 * Without review only when no office stands above, or for the operator and the system (the demo). With
 * errors only with a reason (`override`), kept with the edition and shown as "published with N known problems".
 */
export async function publishEdition(
  ctx: Ctx,
  input: { editionId: number; override?: string | null },
): Promise<{ status: 'published'; knownProblems: number }> {
  const loaded = await loadEdition(ctx, input.editionId);
  const action: Action = 'charter.publish';
  authorize(ctx, action, loaded.office);
  const status = loaded.edition.status as EditionStatus;
  if (status === 'published') throw new DomainError('edition.published', { id: loaded.edition.id });
  const unreviewed = loaded.office.parentId === null || ctx.actor.kind === 'operator' || ctx.actor.kind === 'system';
  if (status !== 'approved' && !unreviewed) step(loaded, 'publish');
  const errors = (loaded.edition.findings ?? []).filter((f) => f.severity === 'error');
  const override = input.override?.trim() ? normalizeLine(input.override) : null;
  if (errors.length && !override) throw new DomainError('edition.has-errors', { count: errors.length }, {}, errors);
  await inTransaction(ctx, async (tx) => {
    await stillIn(tx, loaded);
    // A charter is dated the day it is published, unless the document gave its own date.
    if (!loaded.edition.issueDate) await repo.updateEditionRow(tx.db, loaded.edition.id, { issueDate: dhakaDate(ctx.now) });
    const fresh = (await repo.findEdition(tx.db, loaded.edition.id)) ?? loaded.edition;
    const { charter } = await editionView(tx.db, fresh, loaded.office.id);
    await repo.markPublished(tx.db, loaded.edition.id, { snapshot: charter, at: ctx.now, override, knownProblems: errors.length });
    await audit(tx, {
      entity: 'charter_edition',
      id: loaded.edition.id,
      action: 'publish',
      officeId: loaded.office.id,
      before: { status },
      after: { status: 'published', override, knownProblems: errors.length, reviewed: status === 'approved' },
    });
    await notifyReview(tx, { event: 'published', ...about(loaded), step: 'published' });
  });
  return { status: 'published', knownProblems: errors.length };
}

export const listComments = (ctx: Ctx, editionId: number) => repo.commentsOf(ctx.db, editionId);
