// The working calendar an office counts by: its organisation's weekly days off and the holidays that close
// offices (general and executive-order days; optional ones do not), read from the tables administrators keep.
import { and, asc, eq, gte, inArray, lte, ne, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { holidays, offices, workingWeeks } from '../../db/schema.ts';
import { BANGLADESH_WEEKLY, type Names, type WorkingCalendar } from '../../calendar/working-days.ts';

export type HolidayRow = typeof holidays.$inferSelect;

/** The root of an office's tree: the organisation whose week it keeps ("/1/4/9/" → 1). */
export function rootOfPath(path: string): number | null {
  const first = path.split('/').find((part) => part !== '');
  return first === undefined ? null : Number(first);
}

/** The weekly days off an office counts by (its organisation's); null, or an office not found: the Bangladesh week. */
export async function weeklyDaysOff(db: Db, officeId: number | null): Promise<readonly number[]> {
  if (officeId === null) return BANGLADESH_WEEKLY;
  const [office] = await db.select({ path: offices.path }).from(offices).where(eq(offices.id, officeId));
  const root = office ? rootOfPath(office.path) : null;
  if (root === null) return BANGLADESH_WEEKLY;
  const [week] = await db.select().from(workingWeeks).where(eq(workingWeeks.rootOfficeId, root));
  return week?.weeklyDaysOff ?? BANGLADESH_WEEKLY;
}

/** Holidays that close offices, from `from` to `to` (ISO, inclusive), every class kept when `all`. */
export async function listHolidays(db: Db, range: { from: string; to: string }, all = false): Promise<HolidayRow[]> {
  return db
    .select()
    .from(holidays)
    .where(and(gte(holidays.date, range.from), lte(holidays.date, range.to), all ? undefined : inArray(holidays.class, ['general', 'executive'])))
    .orderBy(asc(holidays.date), asc(holidays.id));
}

/**
 * The calendar for counting an office's deadlines; null for no office: the Bangladesh week (Friday and Saturday).
 * All holidays that close offices are loaded (a few dozen a year): a deadline can reach months ahead, and the
 * count must see every one of them.
 */
export async function workingCalendar(db: Db, officeId: number | null): Promise<WorkingCalendar> {
  return { weekly: await weeklyDaysOff(db, officeId), holidays: await closingHolidays(db) };
}

/** Every day offices are closed besides the weekly days off (ISO date → its names). */
export async function closingHolidays(db: Db): Promise<Map<string, Names>> {
  const rows = await listHolidays(db, { from: '0001-01-01', to: '9999-12-31' });
  const map = new Map<string, Names>();
  for (const row of rows) {
    const name = map.get(row.date);
    // Two holidays on one day: both names.
    map.set(
      row.date,
      name ? { bn: `${name.bn}; ${row.nameBn}`, en: `${name.en}; ${row.nameEn || row.nameBn}` } : { bn: row.nameBn, en: row.nameEn || row.nameBn },
    );
  }
  return map;
}

// ---- what the holiday use cases write ----

export type NewHolidayRow = typeof holidays.$inferInsert;
export type WeekRow = typeof workingWeeks.$inferSelect;

const yearOf = sql<number>`extract(year from ${holidays.date})::int`;

/** Lines per year (every class, or only those that close offices), for the given years; a year with none is 0. */
export async function countByYear(db: Db, years: readonly number[], closingOnly = false): Promise<Map<number, number>> {
  const counts = new Map(years.map((y) => [y, 0]));
  if (!years.length) return counts;
  const rows = await db
    .select({ year: yearOf, n: sql<number>`count(*)::int` })
    .from(holidays)
    .where(and(inArray(yearOf, [...years]), closingOnly ? inArray(holidays.class, ['general', 'executive']) : undefined))
    .groupBy(yearOf);
  for (const row of rows) counts.set(Number(row.year), Number(row.n));
  return counts;
}

export async function holidaysOfYears(db: Db, years: readonly number[]): Promise<HolidayRow[]> {
  if (!years.length) return [];
  return db
    .select()
    .from(holidays)
    .where(inArray(yearOf, [...years]))
    .orderBy(asc(holidays.date), asc(holidays.id));
}

export async function deleteYears(db: Db, years: readonly number[]): Promise<void> {
  if (years.length) await db.delete(holidays).where(inArray(yearOf, [...years]));
}

export async function insertHolidays(db: Db, rows: NewHolidayRow[]): Promise<HolidayRow[]> {
  return rows.length ? db.insert(holidays).values(rows).returning() : [];
}

export async function findHoliday(db: Db, id: number): Promise<HolidayRow | null> {
  const [row] = await db.select().from(holidays).where(eq(holidays.id, id));
  return row ?? null;
}

/** Another line with the same date, class and name (the unique key), if there is one. */
export async function findSameHoliday(db: Db, key: { date: string; class: string; nameBn: string }, exceptId?: number): Promise<HolidayRow | null> {
  const [row] = await db
    .select()
    .from(holidays)
    .where(
      and(
        eq(holidays.date, key.date),
        eq(holidays.class, key.class),
        eq(holidays.nameBn, key.nameBn),
        exceptId === undefined ? undefined : ne(holidays.id, exceptId),
      ),
    );
  return row ?? null;
}

export async function updateHolidayRow(db: Db, id: number, values: Partial<NewHolidayRow>): Promise<HolidayRow | null> {
  const [row] = await db.update(holidays).set(values).where(eq(holidays.id, id)).returning();
  return row ?? null;
}

export async function deleteHoliday(db: Db, id: number): Promise<void> {
  await db.delete(holidays).where(eq(holidays.id, id));
}

export async function findWeek(db: Db, rootOfficeId: number): Promise<WeekRow | null> {
  const [row] = await db.select().from(workingWeeks).where(eq(workingWeeks.rootOfficeId, rootOfficeId));
  return row ?? null;
}

export async function saveWeek(db: Db, rootOfficeId: number, days: number[], at: Date): Promise<WeekRow> {
  const [row] = await db
    .insert(workingWeeks)
    .values({ rootOfficeId, weeklyDaysOff: days, updatedAt: at })
    .onConflictDoUpdate({ target: workingWeeks.rootOfficeId, set: { weeklyDaysOff: days, updatedAt: at } })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

/** Serialises the writers of the holiday table (two imports of one year would otherwise both insert). */
export async function lockHolidays(db: Db): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext('protishruti.holidays'))`);
}
