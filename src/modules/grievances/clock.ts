// What every grievance step shares: the state it is in, the jobs its clock needs (a reminder before the last
// day, the escalation after it), who handles it at its level, and the notices to the complainant and officers.
import type { Role } from '../../db/schema.ts';
import { dhakaDate, dhakaMidnight } from '../../bangla/dates.ts';
import { addDays } from '../../bangla/calendar.ts';
import { CLARIFICATION_WAIT_DAYS, reminderOn, type GrievanceState, type GrievanceStatus, type RunningStatus } from '../../grievance/workflow.ts';
import type { Level } from '../../grievance/chain.ts';
import { formatTrackingNumber } from '../../grievance/tracking.ts';
import { addWorkingDays, type WorkingCalendar } from '../../calendar/working-days.ts';
import type { MessageKey, Params } from '../../i18n/messages.ts';
import { date } from '../../i18n/format.ts';
import type { Ctx } from '../shared/context.ts';
import { cancelJobs, schedule } from '../scheduler/jobs.service.ts';
import { notify } from '../notifications/outbox.service.ts';
import * as accounts from '../accounts/accounts.repo.ts';
import * as offices from '../offices/offices.service.ts';
import type { GrievanceRow } from './grievances.repo.ts';
import { officeOfPost } from './grievances.repo.ts';

export const ESCALATE_JOB = 'grievance.escalate';
export const REMIND_JOB = 'grievance.remind';
export const RESUME_JOB = 'grievance.resume';

export const stateOf = (g: GrievanceRow): GrievanceState => ({
  status: g.status as GrievanceStatus,
  level: g.level as Level,
  countFrom: g.countFrom,
  dueOn: g.dueOn,
  remainingDays: g.remainingDays,
  resumeStatus: g.resumeStatus as RunningStatus | null,
});

export const today = (ctx: Ctx) => dhakaDate(ctx.now);

/**
 * The grievance's pending jobs made to fit its state: cancelled when they no longer apply, a reminder (9:00 on
 * its day) and an escalation (the first minute after the last day) scheduled when the clock runs. Keys carry the
 * level and the last day, so one deadline gets one reminder and one escalation, however often this is called.
 */
export async function scheduleClock(ctx: Ctx, g: GrievanceRow, cal: WorkingCalendar): Promise<void> {
  const subject = `grievance:${g.id}`;
  const state = stateOf(g);
  const keep: string[] = [];
  const remindDay = reminderOn(cal, state);
  if (state.dueOn !== null && remindDay !== null) {
    const payload = { grievanceId: g.id, level: state.level, dueOn: state.dueOn };
    const base = `${subject}:${state.level}:${state.dueOn}`;
    keep.push(`${base}:escalate`, `${base}:remind`);
    await cancelJobs(ctx, subject, keep);
    await schedule(ctx, { key: `${base}:escalate`, kind: ESCALATE_JOB, subject, payload, runAt: dhakaMidnight(addDays(state.dueOn, 1)) });
    if (remindDay > today(ctx)) {
      await schedule(ctx, { key: `${base}:remind`, kind: REMIND_JOB, subject, payload, runAt: new Date(dhakaMidnight(remindDay).getTime() + 9 * 3600_000) });
    }
    return;
  }
  await cancelJobs(ctx, subject, keep);
}

/** A stopped clock runs again by itself when no answer came in CLARIFICATION_WAIT_DAYS working days. */
export async function scheduleResume(ctx: Ctx, g: GrievanceRow, cal: WorkingCalendar): Promise<void> {
  const day = addWorkingDays(cal, today(ctx), CLARIFICATION_WAIT_DAYS);
  await schedule(ctx, {
    key: `grievance:${g.id}:resume:${g.updatedAt.toISOString()}`,
    kind: RESUME_JOB,
    subject: `grievance:${g.id}:clarification`,
    payload: { grievanceId: g.id, askedAt: g.updatedAt.toISOString() },
    runAt: dhakaMidnight(addDays(day, 1)),
  });
}

/**
 * The people who handle a grievance at its level: the office's grievance officers; for the appeal and the cell,
 * the appeal officers of the office the charter's step names (its post's office), else of the nearest office
 * at or above the grievance's that has them.
 */
export async function handlersOf(ctx: Ctx, g: GrievanceRow): Promise<accounts.UserRow[]> {
  if (g.level === 'officer') return accounts.usersWithRoles(ctx.db, g.officeId, ['grievance-officer']);
  const office = await offices.getOffice(ctx.db, g.officeId);
  const candidates = [office, ...(await offices.ancestors(ctx.db, office)).reverse()];
  const named = g.chain.find((s) => s.level === g.level)?.postId ?? null;
  const namedOffice = named === null ? null : await officeOfPost(ctx.db, named);
  const roles: Role[] = g.level === 'appeal' ? ['appeal-officer'] : ['appeal-officer', 'admin'];
  // the named office first, when it is one whose appeal officers may act here (at or above the grievance's)
  const ordered =
    namedOffice && candidates.some((o) => o.id === namedOffice)
      ? [namedOffice, ...candidates.map((o) => o.id).filter((id) => id !== namedOffice)]
      : candidates.map((o) => o.id);
  for (const officeId of ordered) {
    const people = await accounts.usersWithRoles(ctx.db, officeId, roles);
    if (people.length) return people;
  }
  return [];
}

function officeParam(office: offices.Office): Params[string] {
  return { bn: office.nameBn, en: office.nameEn };
}

export const statusLink = (g: GrievanceRow) => `/grievances/status?tracking=${g.trackingNumber}`;

/** A notice to the complainant by SMS and e-mail, in both languages (an SMS has no page to switch language on). */
export async function tellComplainant(ctx: Ctx, g: GrievanceRow, step: string, body: MessageKey, extra: Params = {}): Promise<void> {
  if (g.anonymisedAt !== null) return;
  const office = await offices.getOffice(ctx.db, g.officeId);
  const params: Params = {
    tracking: formatTrackingNumber(g.trackingNumber),
    office: officeParam(office),
    due: g.dueOn ? { bn: date(g.dueOn, 'bn'), en: date(g.dueOn, 'en') } : '—',
    link: statusLink(g),
    ...extra,
  };
  await notify(ctx, {
    key: `grievance:${g.id}:${step}:complainant`,
    to: { phone: g.mobile, email: g.email },
    message: { subject: { key: 'notify.grievance.subject', params }, body: { key: body, params } },
  });
}

/** A notice to the officers who handle it now (never who filed it: that is read on the grievance's page). */
export async function tellHandlers(ctx: Ctx, g: GrievanceRow, step: string, body: MessageKey): Promise<number> {
  const office = await offices.getOffice(ctx.db, g.officeId);
  const params: Params = {
    tracking: formatTrackingNumber(g.trackingNumber),
    office: officeParam(office),
    due: g.dueOn ? { bn: date(g.dueOn, 'bn'), en: date(g.dueOn, 'en') } : '—',
    link: `/grievances/${g.id}`,
  };
  let written = 0;
  for (const person of await handlersOf(ctx, g)) {
    if (ctx.actor.kind === 'user' && ctx.actor.userId === person.id) continue;
    const keys = await notify(ctx, {
      key: `grievance:${g.id}:${step}:user:${person.id}`,
      to: { email: person.email },
      message: { subject: { key: 'notify.grievance.officer-subject', params }, body: { key: body, params } },
    });
    written += keys.length;
  }
  return written;
}
