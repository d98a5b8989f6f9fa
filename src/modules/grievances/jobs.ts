// The grievance jobs the scheduler runs: escalate after a last day, remind before it, re-date every open
// deadline after the calendar changed, and anonymise the contacts of grievances finished long ago.
import { addWorkingDays, type WorkingCalendar } from '../../calendar/working-days.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { withoutIdentity } from '../../grievance/redact.ts';
import { RUNNING } from '../../grievance/workflow.ts';
import type { Ctx } from '../shared/context.ts';
import { audit } from '../audit/audit.service.ts';
import { schedule, type JobHandlers, type JobRow } from '../scheduler/jobs.service.ts';
import { rootOfPath, workingCalendar } from '../holidays/calendar.repo.ts';
import * as offices from '../offices/offices.service.ts';
import * as repo from './grievances.repo.ts';
import { ESCALATE_JOB, REMIND_JOB, RESUME_JOB, scheduleClock, tellComplainant, tellHandlers } from './clock.ts';
import { escalateIfDue, resumeIfUnanswered } from './handle.service.ts';
import { REDATE_JOB } from './deadlines.service.ts';

export const ANONYMISE_JOB = 'grievances.anonymise';

interface ClockPayload {
  grievanceId: number;
  level: string;
  dueOn: string;
}

function clockPayload(job: JobRow): ClockPayload | null {
  const { grievanceId, level, dueOn } = job.payload;
  return typeof grievanceId === 'number' && typeof level === 'string' && typeof dueOn === 'string' ? { grievanceId, level, dueOn } : null;
}

async function escalate(ctx: Ctx, job: JobRow): Promise<string> {
  const payload = clockPayload(job);
  if (payload === null) return 'bad-payload';
  const moved = await escalateIfDue(ctx, payload);
  return moved === null ? 'stale' : `escalated:${moved.level}`;
}

async function resume(ctx: Ctx, job: JobRow): Promise<string> {
  const { grievanceId, askedAt } = job.payload;
  if (typeof grievanceId !== 'number' || typeof askedAt !== 'string') return 'bad-payload';
  return (await resumeIfUnanswered(ctx, { grievanceId, askedAt })) === null ? 'stale' : 'resumed';
}

async function remind(ctx: Ctx, job: JobRow): Promise<string> {
  const payload = clockPayload(job);
  if (payload === null) return 'bad-payload';
  const g = await repo.findGrievance(ctx.db, payload.grievanceId, true);
  if (!g || g.level !== payload.level || g.dueOn !== payload.dueOn || !(RUNNING as readonly string[]).includes(g.status)) return 'stale';
  const sent = await tellHandlers(ctx, g, `remind:${g.level}:${g.dueOn}`, 'notify.grievance.reminder');
  return `reminded:${sent}`;
}

/** Counts every running deadline again with the calendar as it is now; one audit entry lists what moved. */
export async function redateOpenDeadlines(ctx: Ctx, reason: string): Promise<{ id: number; before: string | null; after: string }[]> {
  const calendars = new Map<number, WorkingCalendar>();
  const moved: { id: number; before: string | null; after: string }[] = [];
  for (const g of await repo.runningGrievances(ctx.db)) {
    const office = await offices.getOffice(ctx.db, g.officeId);
    const root = rootOfPath(office.path) ?? office.id;
    let cal = calendars.get(root);
    if (!cal) {
      cal = await workingCalendar(ctx.db, office.id);
      calendars.set(root, cal);
    }
    const dueOn = addWorkingDays(cal, g.countFrom, g.countDays);
    if (dueOn === g.dueOn) continue;
    await repo.updateGrievance(ctx.db, g.id, { dueOn, updatedAt: ctx.now });
    await repo.insertEvent(ctx.db, {
      grievanceId: g.id,
      at: ctx.now,
      action: 'redate',
      fromStatus: g.status,
      toStatus: g.status,
      level: g.level,
      officeId: g.officeId,
      actor: 'system:scheduler',
      // the action says what happened, in both languages; the reason (an administrator's words) is in the audit entry
      note: '',
      public: true,
      dueOn,
    });
    const after = { ...g, dueOn };
    await scheduleClock(ctx, after, cal);
    await tellComplainant(ctx, after, `redate:${dueOn}`, 'notify.grievance.redated');
    moved.push({ id: g.id, before: g.dueOn, after: dueOn });
  }
  await audit(ctx, { entity: 'calendar', id: null, action: 'redate', officeId: null, after: { reason, moved } });
  return moved;
}

async function redate(ctx: Ctx, job: JobRow): Promise<string> {
  const reason = typeof job.payload.reason === 'string' ? job.payload.reason : '';
  return `moved:${(await redateOpenDeadlines(ctx, reason)).length}`;
}

/**
 * Contacts of grievances finished more than `days` ago are emptied (name, mobile, e-mail, address, the files, the
 * notices sent), and the name, address, phones and e-mails are taken out of everything written on them (what
 * happened, the remedy, the answer, every step's note) while the name is still known; each with an audit entry.
 * Counts and dates stay.
 */
export async function anonymiseFinished(ctx: Ctx, days: number): Promise<number> {
  const cutoff = new Date(ctx.now.getTime() - days * 86_400_000);
  let done = 0;
  for (const g of await repo.finishedBefore(ctx.db, cutoff)) {
    const clean = (text: string) => withoutIdentity(text, { name: g.name, address: g.address });
    for (const event of await repo.eventsOf(ctx.db, g.id)) {
      if (event.note) await repo.updateEventNote(ctx.db, event.id, clean(event.note));
    }
    await repo.updateGrievance(ctx.db, g.id, {
      name: '',
      mobile: null,
      email: null,
      address: null,
      description: clean(g.description),
      remedy: clean(g.remedy),
      answer: clean(g.answer),
      anonymisedAt: ctx.now,
      updatedAt: ctx.now,
    });
    await repo.anonymiseAttachments(ctx.db, g.id);
    await repo.anonymiseOutbox(ctx.db, g.id);
    await audit(ctx, { entity: 'grievance', id: g.id, action: 'anonymise', officeId: g.officeId, after: { anonymisedAfterDays: days } });
    done++;
  }
  return done;
}

async function anonymise(ctx: Ctx, job: JobRow): Promise<string> {
  const days = typeof job.payload.days === 'number' ? job.payload.days : 365;
  return `anonymised:${await anonymiseFinished(ctx, days)}`;
}

/** Once a day (the key is the date in Bangladesh): the anonymising sweep. */
export async function scheduleDaily(ctx: Ctx, retentionDays: number): Promise<void> {
  const day = dhakaDate(ctx.now);
  await schedule(ctx, { key: `${ANONYMISE_JOB}:${day}`, kind: ANONYMISE_JOB, subject: 'grievances', payload: { days: retentionDays }, runAt: ctx.now });
}

export const GRIEVANCE_JOBS: JobHandlers = {
  [ESCALATE_JOB]: escalate,
  [REMIND_JOB]: remind,
  [RESUME_JOB]: resume,
  [REDATE_JOB]: redate,
  [ANONYMISE_JOB]: anonymise,
};
