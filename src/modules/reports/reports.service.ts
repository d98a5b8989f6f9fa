// Use cases of grievance dashboards and reports: an office's figures, offices ranked fairly for a district or
// headquarters, a month's or quarter's report (page and CSV), and the counts the public may see.
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { addDays, gregorianMonthLength, toIsoDate } from '../../bangla/calendar.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { fiscalQuarterOf, fiscalYearRange, quarterRange, type DateRange } from '../../calendar/fiscal.ts';
import type { Ctx, Actor } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { authorize, can, type OfficeRef } from '../accounts/policy.ts';
import * as offices from '../offices/offices.service.ts';
import { workingCalendar } from '../holidays/calendar.repo.ts';
import { dhakaMidnight } from '../../bangla/dates.ts';
import * as repo from './reports.repo.ts';
import {
  MIN_TO_RANK,
  rankFigures,
  summarise,
  summarisePeriod,
  type GrievanceFacts,
  type OfficeFigures,
  type PeriodFacts,
  type PeriodFigures,
  type RankFigures,
} from './figures.ts';

export type ReportOffice = repo.ReportOffice;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const year = z.number().int().min(2000).max(2200);

export const periodSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('month'), year, month: z.number().int().min(1).max(12) }),
  z.object({ kind: z.literal('quarter'), startYear: year, quarter: z.number().int().min(1).max(4) }),
]);
export type Period = z.infer<typeof periodSchema>;

/**
 * "2026-06" (or "২০২৬-০৬") as a month; "2025-26-Q4" as a quarter of a fiscal year; null for anything else.
 * `kind` says which of the two a form meant when it sends both.
 */
export function parsePeriod(query: { kind?: string | undefined; month?: string | undefined; quarter?: string | undefined }): Period | null {
  const month = query.kind === 'quarter' ? null : /^(\d{4})-(\d{1,2})$/.exec(toAsciiDigits(query.month?.trim() ?? ''));
  const quarter = query.kind === 'month' ? null : /^(\d{4})-(\d{2})-Q([1-4])$/i.exec(toAsciiDigits(query.quarter?.trim() ?? ''));
  let period: unknown = null;
  if (month) period = { kind: 'month', year: Number(month[1]), month: Number(month[2]) };
  else if (quarter && (Number(quarter[1]) + 1) % 100 === Number(quarter[2])) {
    period = { kind: 'quarter', startYear: Number(quarter[1]), quarter: Number(quarter[3]) };
  }
  const parsed = periodSchema.safeParse(period);
  return parsed.success ? parsed.data : null;
}

/** The month of a day. */
export function monthOf(iso: string): Period {
  return { kind: 'month', year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)) };
}

/** The period as it is written in an address: "2026-06" or "2025-26-Q4". */
export function periodKey(p: Period): string {
  return p.kind === 'month'
    ? `${p.year}-${String(p.month).padStart(2, '0')}`
    : fiscalQuarterOf(quarterRange(p.startYear, p.quarter).from).fiscalYear + `-Q${p.quarter}`;
}

export function periodRange(p: Period): DateRange {
  if (p.kind === 'quarter') return quarterRange(p.startYear, p.quarter);
  return { from: toIsoDate(p.year, p.month, 1), to: toIsoDate(p.year, p.month, gregorianMonthLength(p.year, p.month)) };
}

/** Whether the actor may report on some office strictly below this one: a reviewer's reach starts there. */
const mayReportBelow = (actor: Actor, office: OfficeRef) => can(actor, 'grievance.report', { id: 0, path: `${office.path}0/` });

/**
 * Who may see a report over an office and the offices below it: whoever may report on the office, or on the
 * offices below it (a district's reviewer reaches the upazilas, not the district's own grievances). Each office
 * in the report is then shown only to those who may report on it. 401 / 403 otherwise.
 */
function treeScope(ctx: Ctx, office: OfficeRef): (o: OfficeRef) => boolean {
  if (!can(ctx.actor, 'grievance.report', office) && !mayReportBelow(ctx.actor, office)) authorize(ctx, 'grievance.report', office);
  return (o) => can(ctx.actor, 'grievance.report', o);
}

function todayOf(ctx: Ctx, today: string | undefined): string {
  if (today === undefined) return dhakaDate(ctx.now);
  if (!isoDate.safeParse(today).success) throw new DomainError('not-found');
  return today;
}

export interface Dashboard {
  office: offices.Office;
  today: string;
  figures: OfficeFigures;
}

/** An office's figures over every grievance it handles: what is open and overdue now, and how it has decided. */
export async function officeDashboard(ctx: Ctx, input: { officeId: number; today?: string }): Promise<Dashboard> {
  const office = await offices.getOffice(ctx.db, input.officeId);
  authorize(ctx, 'grievance.report', office);
  const today = todayOf(ctx, input.today);
  const cal = await workingCalendar(ctx.db, office.id);
  const figures = summarise(await repo.factsOfOffice(ctx.db, office.id), cal, today);
  return { office, today, figures };
}

export interface RankRow extends RankFigures {
  office: ReportOffice;
}

export interface Ranking {
  office: offices.Office;
  today: string;
  lastN: number;
  minimum: number;
  /** best first */
  ranked: RankRow[];
  /** fewer than `minimum` decided-or-overdue grievances: listed with their counts, not ranked */
  tooFew: RankRow[];
}

export const LAST_N = { default: 20, min: 1, max: 500 } as const;

/** The office and every office below it, ranked by the Wilson lower bound of their on-time share over their last N. */
export async function rankOffices(ctx: Ctx, input: { officeId: number; lastN?: number; today?: string }): Promise<Ranking> {
  const lastN = input.lastN ?? LAST_N.default;
  if (!Number.isInteger(lastN) || lastN < LAST_N.min || lastN > LAST_N.max) throw new DomainError('not-found');
  const office = await offices.getOffice(ctx.db, input.officeId);
  const visible = treeScope(ctx, office);
  const today = todayOf(ctx, input.today);
  // Weekly days off belong to the root of the tree and holidays are national: one calendar for the whole subtree.
  const cal = await workingCalendar(ctx.db, office.id);
  const byOffice = groupBy(await repo.lastDecidedOrOverdue(ctx.db, office.path, today, lastN));
  const rows = (await repo.subtree(ctx.db, office.path)).filter(visible).map((o) => ({ office: o, ...rankFigures(byOffice.get(o.id) ?? [], cal) }));
  const ranked = rows
    .filter((r) => r.score !== null)
    .sort((a, b) => (b.score ?? 0) - (a.score ?? 0) || b.considered - a.considered || a.office.nameBn.localeCompare(b.office.nameBn));
  const tooFew = rows.filter((r) => r.score === null).sort((a, b) => b.considered - a.considered || a.office.nameBn.localeCompare(b.office.nameBn));
  return { office, today, lastN, minimum: MIN_TO_RANK, ranked, tooFew };
}

function groupBy<T extends GrievanceFacts>(rows: readonly T[]): Map<number, T[]> {
  const map = new Map<number, T[]>();
  for (const row of rows) map.set(row.officeId, [...(map.get(row.officeId) ?? []), row]);
  return map;
}

export interface PeriodReport {
  office: offices.Office;
  period: Period;
  range: DateRange;
  includeBelow: boolean;
  /** the day the open and overdue figures are read at: the period's last day, or today while it runs */
  endDay: string;
  complete: boolean;
  generatedOn: string;
  generatedAt: Date;
  rows: { office: ReportOffice; figures: PeriodFigures }[];
  /** offices in scope with nothing received in the period (not listed) */
  omitted: number;
  total: PeriodFigures;
  /** one line per grievance, for the CSV: the clock and outcome, no identity */
  grievances: PeriodFacts[];
  officeNames: ReadonlyMap<number, ReportOffice>;
}

/**
 * The office a report is about, once the actor may see it (alone, or with the offices below): what a page asks
 * before it shows the report's form, so that nobody learns more from a wrong period than from a right one.
 */
export async function reportOffice(ctx: Ctx, input: { officeId: number; includeBelow: boolean }): Promise<offices.Office> {
  const office = await offices.getOffice(ctx.db, input.officeId);
  if (input.includeBelow) treeScope(ctx, office);
  else authorize(ctx, 'grievance.report', office);
  return office;
}

const reportInput = z.object({ officeId: z.number().int().positive(), period: periodSchema, includeBelow: z.boolean().default(false) });

/** The grievances received in a month or quarter, per office: received, acknowledged, decided, open and overdue at the end. */
export async function periodReport(ctx: Ctx, raw: z.input<typeof reportInput>): Promise<PeriodReport> {
  const parsed = reportInput.safeParse(raw);
  if (!parsed.success) throw new DomainError('not-found');
  const { period, includeBelow } = parsed.data;
  const office = await offices.getOffice(ctx.db, parsed.data.officeId);
  let visible: (o: OfficeRef) => boolean = () => true;
  if (includeBelow) visible = treeScope(ctx, office);
  else authorize(ctx, 'grievance.report', office);
  const range = periodRange(period);
  const today = dhakaDate(ctx.now);
  const from = dhakaMidnight(range.from);
  const until = dhakaMidnight(addDays(range.to, 1));
  const complete = until.getTime() <= ctx.now.getTime();
  const at = complete ? until : ctx.now;
  const endDay = complete ? range.to : today;
  const scope = includeBelow ? (await repo.subtree(ctx.db, office.path)).filter(visible) : [office];
  const officeNames = new Map(scope.map((o) => [o.id, o]));
  const facts = (await repo.factsOfPeriod(ctx.db, { officeId: office.id, path: includeBelow ? office.path : null, from, until: at, at })).filter((g) =>
    officeNames.has(g.officeId),
  );
  const cal = await workingCalendar(ctx.db, office.id);
  const byOffice = groupBy(facts);
  const listed = scope.filter((o) => o.id === office.id || byOffice.has(o.id));
  return {
    office,
    period,
    range,
    includeBelow,
    endDay,
    complete,
    generatedOn: today,
    generatedAt: ctx.now,
    rows: listed.map((o) => ({ office: o, figures: summarisePeriod(byOffice.get(o.id) ?? [], cal, endDay) })),
    omitted: scope.length - listed.length,
    total: summarisePeriod(facts, cal, endDay),
    grievances: facts,
    officeNames,
  };
}

export interface PublicFigures extends repo.PublicCounts {
  /** the fiscal year (from 1 July) the received and decided counts are of */
  fiscalYear: number;
}

/**
 * What anyone may see on an office's page: counts only, of the grievances the office handles. Received, decided
 * and decided on time are of this fiscal year; open is every grievance open now. No text of any grievance.
 */
export async function publicFigures(db: Db, officeId: number, now: Date): Promise<PublicFigures> {
  const fiscalYear = fiscalQuarterOf(dhakaDate(now)).startYear;
  const counts = await repo.publicCounts(db, officeId, dhakaMidnight(fiscalYearRange(fiscalYear).from));
  return { fiscalYear, ...counts };
}
