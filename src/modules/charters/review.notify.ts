// Who hears of each step of review, by e-mail through the outbox, in the same transaction as the step:
// the reviewers above of a submission, the office's editors and head of comments, approval and publication,
// the reviewers of the editor's answers. Keys make a repeated write of the same notice a no-op.
import type { Role } from '../../db/schema.ts';
import type { Ctx } from '../shared/context.ts';
import type { MessageKey, Params } from '../../i18n/messages.ts';
import { notify } from '../notifications/outbox.service.ts';
import * as accounts from '../accounts/accounts.repo.ts';
import type { Office } from '../offices/offices.service.ts';

export type ReviewEvent = 'submitted' | 'comment' | 'answered' | 'approved' | 'published';

const SUBJECTS: Record<ReviewEvent, MessageKey> = {
  submitted: 'notify.review.submitted',
  comment: 'notify.review.comment',
  answered: 'notify.review.answered',
  approved: 'notify.review.approved',
  published: 'notify.review.published',
};

/** Who is told: by role, at the office itself or at the office above. */
const AUDIENCE: Record<ReviewEvent, { roles: Role[]; above: boolean }> = {
  submitted: { roles: ['reviewer'], above: true },
  comment: { roles: ['editor', 'head'], above: false },
  answered: { roles: ['reviewer'], above: true },
  approved: { roles: ['editor', 'head'], above: false },
  published: { roles: ['editor', 'head'], above: false },
};

/** Writes the notices of one step; `step` makes the key (the same step twice is one notice each). */
export async function notifyReview(ctx: Ctx, input: { event: ReviewEvent; office: Office; editionId: number; number: number; step: string }): Promise<number> {
  const audience = AUDIENCE[input.event];
  const officeId = audience.above ? input.office.parentId : input.office.id;
  if (officeId === null) return 0;
  const people = await accounts.usersWithRoles(ctx.db, officeId, audience.roles);
  const params: Params = {
    office: { bn: input.office.nameBn, en: input.office.nameEn },
    number: input.number,
    link: `/offices/${input.office.id}/editions/${input.editionId}`,
  };
  let written = 0;
  for (const person of people) {
    if (ctx.actor.kind === 'user' && ctx.actor.userId === person.id) continue;
    const keys = await notify(ctx, {
      key: `edition:${input.editionId}:${input.step}:user:${person.id}`,
      to: { email: person.email },
      message: { subject: { key: SUBJECTS[input.event], params }, body: { key: 'notify.review.body', params } },
    });
    written += keys.length;
  }
  return written;
}
