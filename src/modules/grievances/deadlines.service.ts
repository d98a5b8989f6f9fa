// When the calendar changes (a holiday added, removed, a year replaced), every open deadline it touches is
// counted again, in one job, with an audit entry: scheduled in the transaction of the change.
import type { Ctx } from '../shared/context.ts';
import { schedule } from '../scheduler/jobs.service.ts';

export const REDATE_JOB = 'grievances.redate';

/** Schedules the re-dating job for now; call it in the transaction that changed the calendar. */
export async function scheduleRedate(ctx: Ctx, input: { reason: string }): Promise<void> {
  await schedule(ctx, {
    key: `${REDATE_JOB}:${ctx.now.toISOString()}:${input.reason}`.slice(0, 300),
    kind: REDATE_JOB,
    subject: 'calendar',
    payload: { reason: input.reason },
    runAt: ctx.now,
  });
}
