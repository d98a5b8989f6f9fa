// Reading grievances: the officers' view (the identity only for those who handle it, each read logged),
// the complainant's status page (by tracking number and mobile), an office's list, the cell's dossier.
import type { Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { authorize, can } from '../accounts/policy.ts';
import { audit } from '../audit/audit.service.ts';
import * as offices from '../offices/offices.service.ts';
import { workingCalendar } from '../holidays/calendar.repo.ts';
import { yearsWithoutHolidays } from '../holidays/holidays.service.ts';
import { explainDeadline, type DeadlineExplanation } from '../../calendar/working-days.ts';
import { isOverdue, OPEN_STATUSES } from '../../grievance/workflow.ts';
import * as repo from './grievances.repo.ts';
import { findForComplainant, HANDLING_RIGHT } from './handle.service.ts';
import { stateOf, today } from './clock.ts';
import { officerView, publicStatus, type OfficerView, type PublicStatus } from './grievances.presenter.ts';
import type { Level } from '../../grievance/chain.ts';

/** The office a grievance is at, when the actor may read it; otherwise the grievance does not exist for them. */
async function readable(ctx: Ctx, g: repo.GrievanceRow | null): Promise<{ g: repo.GrievanceRow; office: offices.Office }> {
  // The public learns nothing, not even whether the id exists.
  if (ctx.actor.kind === 'public') throw new DomainError('auth.required', {});
  if (!g) throw new DomainError('grievance.not-found', {});
  const office = await offices.getOffice(ctx.db, g.officeId);
  if (!can(ctx.actor, 'grievance.read', office)) throw new DomainError('grievance.not-found', {});
  return { g, office };
}

async function explanation(ctx: Ctx, g: repo.GrievanceRow): Promise<DeadlineExplanation | null> {
  if (g.dueOn === null) return null;
  return explainDeadline(await workingCalendar(ctx.db, g.officeId), g.countFrom, g.countDays);
}

/**
 * Whether the actor handles the grievance now, and so may see who filed it: the right to take its steps at its
 * level (the grievance officer at the first level; the appeal officers above at the appeal and the cell).
 */
export const handlesNow = (ctx: Ctx, g: repo.GrievanceRow, office: offices.Office) => can(ctx.actor, HANDLING_RIGHT[g.level as Level], office);

/** One grievance for an officer. Who handles it sees who filed it, and that read is in the audit log. */
export async function getGrievance(ctx: Ctx, input: { grievanceId: number }): Promise<OfficerView> {
  const { g, office } = await readable(ctx, await repo.findGrievance(ctx.db, input.grievanceId));
  const identity = handlesNow(ctx, g, office);
  if (identity && g.anonymisedAt === null) {
    await audit(ctx, { entity: 'grievance', id: g.id, action: 'read-identity', officeId: office.id });
  }
  return officerView(g, {
    office,
    identity,
    mayAct: identity,
    repeatOf: g.repeatOfId === null ? null : await repo.findGrievance(ctx.db, g.repeatOfId),
    events: await repo.eventsOf(ctx.db, g.id),
    attachments: await repo.attachmentsOf(ctx.db, g.id),
    explanation: await explanation(ctx, g),
    overdue: isOverdue(stateOf(g), today(ctx)),
    // a count through a year with no holidays entered counts only the weekly days off: say so
    yearsWithoutHolidays: await yearsWithoutHolidays(
      ctx.db,
      [g.countFrom, g.dueOn ?? g.countFrom].map((d) => Number(d.slice(0, 4))),
    ),
  });
}

/** An attached file, for those who may see the identity (a file can name the complainant). Logged. */
export async function getAttachment(ctx: Ctx, input: { grievanceId: number; attachmentId: number }) {
  const { g, office } = await readable(ctx, await repo.findGrievance(ctx.db, input.grievanceId));
  if (!handlesNow(ctx, g, office)) throw new DomainError('auth.forbidden', { action: HANDLING_RIGHT[g.level as Level] });
  const file = await repo.attachmentBytes(ctx.db, g.id, input.attachmentId);
  if (!file || file.bytes === null) throw new DomainError('not-found', {});
  await audit(ctx, { entity: 'grievance', id: g.id, action: 'read-attachment', officeId: office.id, after: { attachmentId: file.id } });
  return { fileName: file.fileName, mediaType: file.mediaType, bytes: file.bytes };
}

/** An office's grievances, newest first, for those who may read them; masked (a list never shows who filed). */
export async function listGrievances(ctx: Ctx, input: { officeId: number; open?: boolean }) {
  const office = await offices.getOffice(ctx.db, input.officeId);
  authorize(ctx, 'grievance.read', office);
  const rows = await repo.listOfOffice(ctx.db, office.id, input.open ? OPEN_STATUSES : null);
  const day = today(ctx);
  return {
    office,
    grievances: rows.map((g) => ({
      id: g.id,
      trackingNumber: g.trackingNumber,
      serviceName: g.serviceName,
      status: g.status,
      level: g.level,
      dueOn: g.dueOn,
      receivedAt: g.receivedAt,
      overdue: isOverdue(stateOf(g), day),
    })),
  };
}

/** The complainant's status page: what the office says and when, never who filed (they know). */
export async function grievanceStatus(ctx: Ctx, input: { tracking: string; mobile: string }): Promise<PublicStatus> {
  const g = await findForComplainant(ctx, input);
  const office = await offices.getOffice(ctx.db, g.officeId);
  return publicStatus(g, { office, events: await repo.eventsOf(ctx.db, g.id), explanation: await explanation(ctx, g), today: today(ctx) });
}
