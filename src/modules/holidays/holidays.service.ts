// The holiday calendar administrators keep: the notified holidays by year (a day, a year's list from a CSV,
// the lists shipped with the product) and each organisation's weekly days off. Every change is audited and
// schedules the re-dating of open deadlines, in its own transaction.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { explainDeadline, HOLIDAY_CLASSES, type DeadlineExplanation, type Names } from '../../calendar/working-days.ts';
import type { Message } from '../../i18n/messages.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { authorize, can } from '../accounts/policy.ts';
import { audit } from '../audit/audit.service.ts';
import { findOffice } from '../offices/offices.repo.ts';
import { scheduleRedate } from '../grievances/deadlines.service.ts';
import * as repo from './calendar.repo.ts';
import { holidayInputSchema, isoDateSchema, type HolidayInput, type HolidayValues } from './holiday-input.ts';
import { parseHolidayCsv, type ParsedHoliday } from './holiday-csv.ts';

export type { HolidayInput } from './holiday-input.ts';
export type HolidayRow = repo.HolidayRow;

/** The lists that come with the product, one file a year: holidays/<year>.csv. */
export const SHIPPED_HOLIDAYS_DIR = fileURLToPath(new URL('../../../holidays', import.meta.url));

/**
 * Holidays are national, kept by an administrator of an organisation's head office (the root of a tree).
 * Returns the office the change is recorded against (null for the operator and the system).
 */
async function authorizeCalendar(ctx: Ctx): Promise<number | null> {
  if (ctx.actor.kind === 'user') {
    const root = repo.rootOfPath(ctx.actor.officePath);
    const office = root === null ? null : await findOffice(ctx.db, root);
    if (office) {
      authorize(ctx, 'calendar.manage', office);
      return office.id;
    }
  }
  authorize(ctx, 'calendar.manage', { id: 0, path: '/' });
  return null;
}

/** The head office whose calendar the actor may keep (their tree's root), or null: what pages ask before showing forms. */
export async function calendarRoot(ctx: Ctx): Promise<{ id: number; path: string; weekly: readonly number[] } | null> {
  if (ctx.actor.kind !== 'user') return null;
  const root = repo.rootOfPath(ctx.actor.officePath);
  const office = root === null ? null : await findOffice(ctx.db, root);
  if (!office || !can(ctx.actor, 'calendar.manage', office)) return null;
  return { id: office.id, path: office.path, weekly: await repo.weeklyDaysOff(ctx.db, office.id) };
}

/** One holiday line (holidays are public). */
export async function getHoliday(ctx: Ctx, input: { id: number }): Promise<HolidayRow> {
  const row = await repo.findHoliday(ctx.db, input.id);
  if (!row) throw new DomainError('holiday.not-found', { id: input.id });
  return row;
}

const CLASS_RANK = new Map<string, number>(HOLIDAY_CLASSES.map((c, i) => [c, i]));
const byDateAndClass = (a: HolidayRow, b: HolidayRow) =>
  a.date.localeCompare(b.date) || (CLASS_RANK.get(a.class) ?? 9) - (CLASS_RANK.get(b.class) ?? 9) || a.id - b.id;

const yearSchema = z.object({
  year: z.number({ message: 'holidays.field.date-range' }).int().min(1900, 'holidays.field.date-range').max(2199, 'holidays.field.date-range'),
});

/** Every holiday of a year, of every class, by date (closing days before optional ones on the same date). Public. */
export async function listYear(ctx: Ctx, input: { year: number }): Promise<HolidayRow[]> {
  const parsed = yearSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('holiday.invalid', {}, fieldProblems(parsed.error));
  return (await repo.holidaysOfYears(ctx.db, [parsed.data.year])).sort(byDateAndClass);
}

/** The years among these with no holiday that closes offices: their deadlines count only the weekly days off. */
export async function yearsWithoutHolidays(db: Db, years: readonly number[]): Promise<number[]> {
  const counts = await repo.countByYear(db, [...new Set(years)], true);
  return [...counts]
    .filter(([, n]) => n === 0)
    .map(([year]) => year)
    .sort((a, b) => a - b);
}

/** The years a page should check: this year and the next in Bangladesh, and the years of the dates open deadlines reach. */
export function yearsToCheck(now: Date, reach: readonly string[] = []): number[] {
  const year = Number(dhakaDate(now).slice(0, 4));
  return [...new Set([year, year + 1, ...reach.map((iso) => Number(iso.slice(0, 4)))])].sort((a, b) => a - b);
}

const deadlineSchema = z.object({
  from: isoDateSchema,
  workingDays: z.number().int('field.whole-number').min(0, 'field.whole-number').max(3000, 'field.too-long'),
  officeId: z.number().int().positive().optional(),
});

/**
 * A deadline counted by an office's calendar (without an office: the Bangladesh week, Friday and Saturday) and
 * the notified holidays, run by run, with the years it crosses that have no holiday list. Public: it is arithmetic.
 */
export async function countDeadline(
  ctx: Ctx,
  input: { from: string; workingDays: number; officeId?: number },
): Promise<{ explanation: DeadlineExplanation; yearsWithoutHolidays: number[] }> {
  const parsed = deadlineSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('holiday.invalid', {}, fieldProblems(parsed.error));
  const { from, workingDays, officeId } = parsed.data;
  if (officeId !== undefined && !(await findOffice(ctx.db, officeId))) throw new DomainError('office.not-found', { office: officeId });
  const explanation = explainDeadline(await repo.workingCalendar(ctx.db, officeId ?? null), from, workingDays);
  const first = Number(from.slice(0, 4));
  const years = Array.from({ length: Number(explanation.due.slice(0, 4)) - first + 1 }, (_, i) => first + i);
  return { explanation, yearsWithoutHolidays: await yearsWithoutHolidays(ctx.db, years) };
}

const valuesOf = (row: HolidayRow): HolidayValues => ({
  date: row.date,
  nameBn: row.nameBn,
  nameEn: row.nameEn,
  class: row.class as HolidayValues['class'],
  religion: row.religion as HolidayValues['religion'],
  moon: row.moon,
  source: row.source,
});

function parseHoliday(input: unknown): HolidayValues {
  const parsed = holidayInputSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('holiday.invalid', {}, fieldProblems(parsed.error));
  return parsed.data;
}

async function refuseDuplicate(db: Db, values: HolidayValues, exceptId?: number): Promise<void> {
  if (await repo.findSameHoliday(db, values, exceptId)) throw new DomainError('holiday.invalid', {}, { date: { key: 'holidays.field.duplicate' } });
}

/** Adds one day (an order added a holiday, the moon moved one). */
export async function addHoliday(ctx: Ctx, input: HolidayInput): Promise<HolidayRow> {
  const officeId = await authorizeCalendar(ctx);
  const values = parseHoliday(input);
  return inTransaction(ctx, async (tx) => {
    await repo.lockHolidays(tx.db);
    await refuseDuplicate(tx.db, values);
    const [row] = await repo.insertHolidays(tx.db, [{ ...values, createdAt: ctx.now }]);
    if (!row) throw new Error('insert returned no row');
    await audit(tx, { entity: 'holiday', id: row.id, action: 'create', officeId, after: values });
    await scheduleRedate(tx, { reason: `holiday ${row.id} added (${row.date})` });
    return row;
  });
}

/** Changes one day: every field is given again, as the form sends it. */
export async function updateHoliday(ctx: Ctx, input: HolidayInput & { id: number }): Promise<HolidayRow> {
  const officeId = await authorizeCalendar(ctx);
  const { id, ...rest } = input;
  const values = parseHoliday(rest);
  return inTransaction(ctx, async (tx) => {
    await repo.lockHolidays(tx.db);
    const before = await repo.findHoliday(tx.db, id);
    if (!before) throw new DomainError('holiday.not-found', { id });
    if (JSON.stringify(valuesOf(before)) === JSON.stringify(values)) return before;
    await refuseDuplicate(tx.db, values, id);
    const row = await repo.updateHolidayRow(tx.db, id, values);
    if (!row) throw new DomainError('holiday.not-found', { id });
    await audit(tx, { entity: 'holiday', id, action: 'update', officeId, before: valuesOf(before), after: values });
    await scheduleRedate(tx, { reason: `holiday ${id} changed (${before.date} → ${row.date})` });
    return row;
  });
}

export async function removeHoliday(ctx: Ctx, input: { id: number }): Promise<void> {
  const officeId = await authorizeCalendar(ctx);
  await inTransaction(ctx, async (tx) => {
    await repo.lockHolidays(tx.db);
    const before = await repo.findHoliday(tx.db, input.id);
    if (!before) throw new DomainError('holiday.not-found', { id: input.id });
    await repo.deleteHoliday(tx.db, input.id);
    await audit(tx, { entity: 'holiday', id: input.id, action: 'delete', officeId, before: valuesOf(before) });
    await scheduleRedate(tx, { reason: `holiday ${input.id} removed (${before.date})` });
  });
}

export interface YearChange {
  year: number;
  before: number;
  after: number;
}

/** The refusal of a file: each problem a field of the error, in the order found. */
function refusal(problems: readonly Message[], count: number): DomainError {
  return new DomainError('holiday.csv-invalid', { n: count }, Object.fromEntries(problems.map((m, i) => [`csv.${i + 1}`, m])));
}

/** Replaces every holiday of each year the rows cover, in the caller's transaction. */
async function replaceYears(ctx: Ctx, rows: readonly ParsedHoliday[], officeId: number | null, action: string): Promise<YearChange[]> {
  const years = [...new Set(rows.map((r) => Number(r.date.slice(0, 4))))].sort((a, b) => a - b);
  const old = await repo.holidaysOfYears(ctx.db, years);
  await repo.deleteYears(ctx.db, years);
  const inserted = await repo.insertHolidays(
    ctx.db,
    rows.map(({ line: _line, ...values }) => ({ ...values, createdAt: ctx.now })),
  );
  const changes: YearChange[] = [];
  for (const year of years) {
    const inYear = (r: HolidayRow) => r.date.startsWith(`${year}-`);
    const before = old.filter(inYear).map(valuesOf);
    const after = inserted.filter(inYear).map(valuesOf);
    await audit(ctx, { entity: 'holidays', id: year, action, officeId, before, after });
    changes.push({ year, before: before.length, after: after.length });
  }
  await scheduleRedate(ctx, { reason: `holidays of ${years.join(', ')} ${action === 'import' ? 'replaced' : 'loaded'}` });
  return changes;
}

const importSchema = z.object({ csv: z.string().max(5 * 1024 * 1024, 'field.too-long'), source: z.string().max(500, 'field.too-long').optional() });

/**
 * A year's notification as a CSV (see holiday-csv.ts): replaces all the holidays of each year the file
 * covers, as each notification replaces the last; other years stay. One bad line refuses the whole file.
 */
export async function importHolidays(ctx: Ctx, input: { csv: string; source?: string }): Promise<{ years: YearChange[] }> {
  const officeId = await authorizeCalendar(ctx);
  const parsedInput = importSchema.safeParse(input);
  if (!parsedInput.success) throw new DomainError('holiday.invalid', {}, fieldProblems(parsedInput.error));
  const parsed = parseHolidayCsv(parsedInput.data.csv, parsedInput.data.source?.trim() ?? '');
  if (!parsed.ok) throw refusal(parsed.problems, parsed.count);
  return inTransaction(ctx, async (tx) => {
    await repo.lockHolidays(tx.db);
    return { years: await replaceYears(tx, parsed.rows, officeId, 'import') };
  });
}

const weekSchema = z.object({
  rootOfficeId: z.number().int().positive(),
  days: z.array(z.number().int().min(0, 'field.invalid').max(6, 'field.invalid'), { message: 'field.invalid' }).max(7),
});

/** An organisation's weekly days off (0 = Sunday … 6 = Saturday), kept at its head office; at least one working day. */
export async function setWeeklyDaysOff(ctx: Ctx, input: { rootOfficeId: number; days: readonly number[] }): Promise<number[]> {
  const parsed = weekSchema.safeParse({ ...input, days: [...input.days] });
  if (!parsed.success) throw new DomainError('week.invalid', {}, fieldProblems(parsed.error));
  const office = await findOffice(ctx.db, parsed.data.rootOfficeId);
  if (!office) throw new DomainError('office.not-found', { office: parsed.data.rootOfficeId });
  authorize(ctx, 'calendar.manage', office);
  if (office.parentId !== null) throw new DomainError('week.invalid', {}, { rootOfficeId: { key: 'holidays.field.not-root' } });
  const days = [...new Set(parsed.data.days)].sort((a, b) => a - b);
  if (days.length === 7) throw new DomainError('week.invalid', {}, { days: { key: 'holidays.field.weekdays' } });
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findWeek(tx.db, office.id);
    const was = before?.weeklyDaysOff ?? (await repo.weeklyDaysOff(tx.db, office.id));
    if (before && JSON.stringify(was) === JSON.stringify(days)) return days;
    await repo.saveWeek(tx.db, office.id, days, ctx.now);
    await audit(tx, { entity: 'working_week', id: office.id, action: 'update', officeId: office.id, before: was, after: days });
    await scheduleRedate(tx, { reason: `weekly days off of office ${office.id}: ${days.join(',')}` });
    return days;
  });
}

/**
 * The lists shipped in `dir` (<year>.csv): each year the table has no holiday in is loaded from its file, so
 * a new installation counts the notified holidays from its first start. A year an administrator keeps is never
 * touched. A file with a bad line, or a line of another year, is refused as an import would be.
 */
/**
 * The closing holidays of the shipped lists alone, without the database: what the command line counts with while
 * the server holds the data folder.
 */
export async function shippedClosingHolidays(dir: string): Promise<Map<string, Names>> {
  const map = new Map<string, Names>();
  let names: string[] = [];
  try {
    names = (await readdir(dir)).filter((n) => /^\d{4}\.csv$/.test(n)).sort();
  } catch {
    return map;
  }
  for (const file of names) {
    const parsed = parseHolidayCsv(await readFile(join(dir, file), 'utf8'));
    if (!parsed.ok) continue;
    for (const row of parsed.rows) {
      if (row.class === 'optional') continue;
      const name = map.get(row.date);
      const en = row.nameEn || row.nameBn;
      map.set(row.date, name ? { bn: `${name.bn}; ${row.nameBn}`, en: `${name.en}; ${en}` } : { bn: row.nameBn, en });
    }
  }
  return map;
}

export async function loadShippedHolidays(ctx: Ctx, dir: string): Promise<{ year: number; count: number; file: string }[]> {
  const officeId = await authorizeCalendar(ctx);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return [];
    throw err;
  }
  const files = names.filter((n) => /^\d{4}\.csv$/.test(n)).sort();
  const empty = new Set(
    await yearsWithNone(
      ctx.db,
      files.map((f) => Number(f.slice(0, 4))),
    ),
  );
  const loaded: { year: number; count: number; file: string }[] = [];
  for (const file of files) {
    const year = Number(file.slice(0, 4));
    if (!empty.has(year)) continue;
    const parsed = parseHolidayCsv(await readFile(join(dir, file), 'utf8'));
    if (!parsed.ok) throw refusal(parsed.problems, parsed.count);
    const strays = parsed.rows.filter((r) => !r.date.startsWith(`${year}-`));
    if (strays.length)
      throw refusal(
        strays.slice(0, 100).map((r) => ({ key: 'holidays.csv.other-year', params: { line: r.line, year } })),
        strays.length,
      );
    const count = await inTransaction(ctx, async (tx) => {
      await repo.lockHolidays(tx.db);
      // Checked again under the lock: another process may have loaded or imported the year meanwhile.
      if ((await yearsWithNone(tx.db, [year])).length === 0) return null;
      return (await replaceYears(tx, parsed.rows, officeId, 'load'))[0]?.after ?? 0;
    });
    if (count !== null) loaded.push({ year, count, file });
  }
  return loaded;
}

/** Years with no line at all (of any class). */
async function yearsWithNone(db: Db, years: readonly number[]): Promise<number[]> {
  return [...(await repo.countByYear(db, years))].filter(([, n]) => n === 0).map(([y]) => y);
}
