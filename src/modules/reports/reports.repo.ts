// SQL for grievance dashboards and reports. Every query names its columns: the complainant's name, mobile,
// e-mail, address and words are never selected, so no report can leak them.
import { and, asc, eq, gte, inArray, isNotNull, like, lt, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { grievances, offices } from '../../db/schema.ts';
import { OPEN_STATUSES, RUNNING } from '../../grievance/workflow.ts';
import type { Office } from '../offices/offices.service.ts';
import type { GrievanceFacts, PeriodFacts } from './figures.ts';

/** An office in a report: the whole row, so its name is shown as everywhere else (`officeName`). */
export type ReportOffice = Office;

// Drizzle writes a column in a select list without its table ("id"), which inside these subqueries would be the
// event's own id: the grievance's id is named in full.
const gid = sql.raw('"grievances"."id"');
const escalated = sql<boolean>`exists (select 1 from grievance_events e where e.grievance_id = ${gid} and e.action = 'escalate')`;
const decision = sql<
  string | null
>`(select e.action from grievance_events e where e.grievance_id = ${gid} and e.action in ('resolve', 'reject') order by e.id desc limit 1)`;

const facts = {
  id: grievances.id,
  trackingNumber: grievances.trackingNumber,
  officeId: grievances.officeId,
  serviceName: grievances.serviceName,
  status: grievances.status,
  level: grievances.level,
  countFrom: grievances.countFrom,
  dueOn: grievances.dueOn,
  receivedAt: grievances.receivedAt,
  acknowledgedAt: grievances.acknowledgedAt,
  decidedAt: grievances.decidedAt,
  decidedOnTime: grievances.decidedOnTime,
  closedAt: grievances.closedAt,
  escalated: escalated.as('escalated'),
  decision: decision.as('decision'),
};

/** The offices at `path` and below it, the office itself first, then by path. */
export async function subtree(db: Db, path: string): Promise<ReportOffice[]> {
  return db
    .select()
    .from(offices)
    .where(like(offices.path, `${path}%`))
    .orderBy(asc(sql`length(${offices.path}) - length(replace(${offices.path}, '/', ''))`), asc(offices.nameBn), asc(offices.id));
}

/** Every grievance an office handles now (forwarded ones count where they went: the clock restarted there). */
export async function factsOfOffice(db: Db, officeId: number): Promise<GrievanceFacts[]> {
  return db.select(facts).from(grievances).where(eq(grievances.officeId, officeId)).orderBy(asc(grievances.id));
}

const underPath = (path: string) => inArray(grievances.officeId, sql`(select o.id from offices o where o.path like ${`${path}%`})`);

/**
 * Per office at `path` and below, its last `n` grievances whose outcome is known: decided, escalated, or running
 * past the last day on `today`. "Last" by receipt (newest first): a sample of what the office does now.
 */
export async function lastDecidedOrOverdue(db: Db, path: string, today: string, n: number): Promise<GrievanceFacts[]> {
  const known = or(isNotNull(grievances.decidedAt), escalated, and(inArray(grievances.status, [...RUNNING]), lt(grievances.dueOn, today)));
  const ranked = db
    .select({
      ...facts,
      rn: sql<number>`row_number() over (partition by ${grievances.officeId} order by ${grievances.receivedAt} desc, ${grievances.id} desc)`.as('rn'),
    })
    .from(grievances)
    .where(and(underPath(path), known))
    .as('ranked');
  const rows = await db.select().from(ranked).where(lte(ranked.rn, n));
  return rows.map(({ rn: _rn, ...row }) => row);
}

export interface PeriodQuery {
  /** the office alone (by id) or it and everything below (by path) */
  officeId: number;
  path: string | null;
  from: Date;
  /** the first instant after the period */
  until: Date;
  /** where each grievance stood is read at this instant: the period's end, or now if that is earlier */
  at: Date;
}

/** The grievances received in a period, with the status, last day and escalation as they were at `at`. */
export async function factsOfPeriod(db: Db, q: PeriodQuery): Promise<PeriodFacts[]> {
  const at = sql`${q.at.toISOString()}::timestamptz`;
  const lastEvent = (column: SQL) => sql`(select ${column} from grievance_events e where e.grievance_id = ${gid} and e.at < ${at} order by e.id desc limit 1)`;
  const rows = await db
    .select({
      ...facts,
      statusAtEnd: sql<string | null>`${lastEvent(sql`e.to_status`)}`.as('status_at_end'),
      dueAtEnd: sql<string | null>`${lastEvent(sql`e.due_on::text`)}`.as('due_at_end'),
      escalatedByEnd: sql<boolean>`exists (select 1 from grievance_events e where e.grievance_id = ${gid} and e.action = 'escalate' and e.at < ${at})`.as(
        'escalated_by_end',
      ),
    })
    .from(grievances)
    .where(
      and(q.path === null ? eq(grievances.officeId, q.officeId) : underPath(q.path), gte(grievances.receivedAt, q.from), lt(grievances.receivedAt, q.until)),
    )
    .orderBy(asc(grievances.receivedAt), asc(grievances.id));
  return rows.map((r) => ({ ...r, statusAtEnd: r.statusAtEnd ?? r.status }));
}

export interface PublicCounts {
  received: number;
  decided: number;
  decidedOnTime: number;
  open: number;
}

/** Counts only, in the database: received since `since` and how many of those are decided (on time); open now. */
export async function publicCounts(db: Db, officeId: number, since: Date): Promise<PublicCounts> {
  const from = sql`${since.toISOString()}::timestamptz`;
  const open = sql.join(
    OPEN_STATUSES.map((s) => sql`${s}`),
    sql`, `,
  );
  const [row] = await db
    .select({
      received: sql<number>`(count(*) filter (where ${grievances.receivedAt} >= ${from}))::int`,
      decided: sql<number>`(count(*) filter (where ${grievances.receivedAt} >= ${from} and ${grievances.decidedAt} is not null))::int`,
      decidedOnTime: sql<number>`(count(*) filter (where ${grievances.receivedAt} >= ${from} and ${grievances.decidedAt} is not null and ${grievances.decidedOnTime} and not ${escalated}))::int`,
      open: sql<number>`(count(*) filter (where ${grievances.status} in (${open})))::int`,
    })
    .from(grievances)
    .where(eq(grievances.officeId, officeId));
  return {
    received: Number(row?.received ?? 0),
    decided: Number(row?.decided ?? 0),
    decidedOnTime: Number(row?.decidedOnTime ?? 0),
    open: Number(row?.open ?? 0),
  };
}
