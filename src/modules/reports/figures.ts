// The arithmetic of grievance dashboards and reports, as pure code: what counts as on time and late, working
// days to a decision, acknowledgement, averages, and the fair score offices are ranked by.
import { dhakaDate } from '../../bangla/dates.ts';
import { workingDaysBetween, type WorkingCalendar } from '../../calendar/working-days.ts';
import { isOverdue, OPEN_STATUSES, RUNNING, type GrievanceStatus } from '../../grievance/workflow.ts';
import type { Level } from '../../grievance/chain.ts';

/** What reports read of a grievance: its clock and its outcome, never who filed it or what they wrote. */
export interface GrievanceFacts {
  id: number;
  trackingNumber: string;
  officeId: number;
  serviceName: string;
  status: string;
  level: string;
  countFrom: string;
  dueOn: string | null;
  receivedAt: Date;
  acknowledgedAt: Date | null;
  decidedAt: Date | null;
  decidedOnTime: boolean | null;
  closedAt: Date | null;
  /** the scheduler moved it up a level because a last day passed */
  escalated: boolean;
  /** the last decision taken on it (a closed grievance keeps the decision it was closed on) */
  decision: string | null;
}

/** An officer should take the first step within this many working days of receipt. */
export const ACK_WORKING_DAYS = 3;
/** An office with fewer decided-or-overdue grievances than this is listed apart, not ranked. */
export const MIN_TO_RANK = 5;

export const isOpen = (g: Pick<GrievanceFacts, 'status'>): boolean => OPEN_STATUSES.includes(g.status as GrievanceStatus);

export const overdueNow = (g: GrievanceFacts, today: string): boolean =>
  isOverdue(
    { status: g.status as GrievanceStatus, level: g.level as Level, countFrom: g.countFrom, dueOn: g.dueOn, remainingDays: null, resumeStatus: null },
    today,
  );

export const isDecided = (g: GrievanceFacts): boolean => g.decidedAt !== null;

export function decisionOf(g: GrievanceFacts): 'resolve' | 'reject' | null {
  if (!isDecided(g)) return null;
  if (g.decision === 'resolve' || g.decision === 'reject') return g.decision;
  return g.status === 'rejected' ? 'reject' : 'resolve';
}

/**
 * On time: decided by the last day of the level it was decided at, and never escalated for a missed last day.
 * A grievance the scheduler had to move up is the office's broken promise, even when the appeal officer then
 * decides it within the appeal's own days (its decided_on_time is then true); an appeal the complainant asks
 * for after an on-time decision is no missed day and does not count against it.
 */
export const isOnTime = (g: GrievanceFacts): boolean => isDecided(g) && g.decidedOnTime === true && !g.escalated;

/** Late: decided after the last day, escalated, or running past its last day now. */
export const isLate = (g: GrievanceFacts, today: string): boolean => g.escalated || (isDecided(g) && g.decidedOnTime !== true) || overdueNow(g, today);

/** Working days from receipt to the decision, counted as deadlines are (the day of receipt does not count). */
export function daysToDecision(cal: WorkingCalendar, g: GrievanceFacts): number | null {
  return g.decidedAt === null ? null : workingDaysBetween(cal, dhakaDate(g.receivedAt), dhakaDate(g.decidedAt));
}

/** yes / no within ACK_WORKING_DAYS; pending while the days have not run out and nobody has acted yet. */
export function acknowledgedInTime(cal: WorkingCalendar, g: GrievanceFacts, today: string): 'yes' | 'no' | 'pending' {
  const received = dhakaDate(g.receivedAt);
  if (g.acknowledgedAt !== null) return workingDaysBetween(cal, received, dhakaDate(g.acknowledgedAt)) <= ACK_WORKING_DAYS ? 'yes' : 'no';
  return workingDaysBetween(cal, received, today) > ACK_WORKING_DAYS ? 'no' : 'pending';
}

export function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * The lower bound of the Wilson score interval (95 %, z = 1.96) of k successes in n: the on-time share an
 * office can be said to reach at least, given how few cases there are. A plain share ranks 1 of 1 (100 %)
 * above 19 of 20 (95 %); the bound gives 0.21 and 0.76, because one case says little. Unlike adding a fixed
 * prior, it needs no guess of a national average and never exceeds the observed share.
 */
export function wilsonLowerBound(k: number, n: number, z = 1.96): number {
  if (n <= 0) return 0;
  const p = k / n;
  const z2 = z * z;
  // rounding leaves 0 of n a hair below zero
  return Math.max(0, (p + z2 / (2 * n) - z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n));
}

export interface OfficeFigures {
  total: number;
  open: number;
  overdue: number;
  clarification: number;
  decided: number;
  resolvedOnTime: number;
  resolvedLate: number;
  rejected: number;
  avgDays: number | null;
  medianDays: number | null;
  acknowledged: { inTime: number; counted: number };
  /** grievances that went to the appeal officer, and on to the Cabinet Division's cell */
  atAppeal: number;
  atCell: number;
  escalated: number;
}

export function summarise(rows: readonly GrievanceFacts[], cal: WorkingCalendar, today: string): OfficeFigures {
  const days: number[] = [];
  const f: OfficeFigures = {
    total: rows.length,
    open: 0,
    overdue: 0,
    clarification: 0,
    decided: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    rejected: 0,
    avgDays: null,
    medianDays: null,
    acknowledged: { inTime: 0, counted: 0 },
    atAppeal: 0,
    atCell: 0,
    escalated: 0,
  };
  for (const g of rows) {
    if (isOpen(g)) f.open++;
    if (overdueNow(g, today)) f.overdue++;
    if (g.status === 'clarification') f.clarification++;
    const decision = decisionOf(g);
    if (decision !== null) {
      f.decided++;
      if (decision === 'reject') f.rejected++;
      else if (isOnTime(g)) f.resolvedOnTime++;
      else f.resolvedLate++;
      days.push(daysToDecision(cal, g) ?? 0);
    }
    const ack = acknowledgedInTime(cal, g, today);
    if (ack !== 'pending') f.acknowledged.counted++;
    if (ack === 'yes') f.acknowledged.inTime++;
    if (g.level === 'appeal') f.atAppeal++;
    if (g.level === 'cell') f.atCell++;
    if (g.escalated) f.escalated++;
  }
  f.avgDays = mean(days);
  f.medianDays = median(days);
  return f;
}

export interface RankFigures {
  considered: number;
  onTime: number;
  late: number;
  share: number | null;
  score: number | null;
  avgDays: number | null;
}

/** An office's figures over its sample (its last N decided-or-overdue grievances). */
export function rankFigures(rows: readonly GrievanceFacts[], cal: WorkingCalendar): RankFigures {
  const onTime = rows.filter(isOnTime).length;
  const n = rows.length;
  const days = rows.map((g) => daysToDecision(cal, g)).filter((d): d is number => d !== null);
  return {
    considered: n,
    onTime,
    late: n - onTime,
    share: n ? onTime / n : null,
    score: n >= MIN_TO_RANK ? wilsonLowerBound(onTime, n) : null,
    avgDays: mean(days),
  };
}

/** A grievance received in a report's period, with where it stood at the period's end (from its events). */
export interface PeriodFacts extends GrievanceFacts {
  statusAtEnd: string;
  dueAtEnd: string | null;
  escalatedByEnd: boolean;
}

export interface PeriodFigures {
  received: number;
  acknowledged: number;
  resolvedOnTime: number;
  resolvedLate: number;
  rejected: number;
  openAtEnd: number;
  overdueAtEnd: number;
  avgDays: number | null;
}

/**
 * Open at the end: not decided by the period's last day. Overdue at the end: open, and either running past its
 * last day or already escalated for it by then (once the scheduler has moved it up it runs on a new count, but
 * the office's promise was broken). The outcomes (on time, late, rejected) are as they stand on the report's date.
 */
export function summarisePeriod(rows: readonly PeriodFacts[], cal: WorkingCalendar, endDay: string): PeriodFigures {
  const days: number[] = [];
  const f: PeriodFigures = {
    received: rows.length,
    acknowledged: 0,
    resolvedOnTime: 0,
    resolvedLate: 0,
    rejected: 0,
    openAtEnd: 0,
    overdueAtEnd: 0,
    avgDays: null,
  };
  for (const g of rows) {
    if (g.acknowledgedAt !== null) f.acknowledged++;
    const decision = decisionOf(g);
    if (decision === 'reject') f.rejected++;
    else if (decision === 'resolve') f[isOnTime(g) ? 'resolvedOnTime' : 'resolvedLate']++;
    if (decision !== null) days.push(daysToDecision(cal, g) ?? 0);
    if (!isOpen({ status: g.statusAtEnd })) continue;
    f.openAtEnd++;
    const runningLate = (RUNNING as readonly string[]).includes(g.statusAtEnd) && g.dueAtEnd !== null && endDay > g.dueAtEnd;
    if (g.escalatedByEnd || runningLate) f.overdueAtEnd++;
  }
  f.avgDays = mean(days);
  return f;
}
