// The working calendar an office counts by: its organisation's weekly days off and the holidays that close
// offices (general and executive-order days; optional ones do not), read from the tables administrators keep.
import { and, asc, eq, gte, inArray, lte } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { holidays, offices, workingWeeks } from '../../db/schema.ts';
import { BANGLADESH_WEEKLY, type Names, type WorkingCalendar } from '../../calendar/working-days.ts';

export type HolidayRow = typeof holidays.$inferSelect;

/** The root of an office's tree: the organisation whose week it keeps ("/1/4/9/" → 1). */
export function rootOfPath(path: string): number | null {
  const first = path.split('/').find((part) => part !== '');
  return first === undefined ? null : Number(first);
}

export async function weeklyDaysOff(db: Db, officeId: number): Promise<readonly number[]> {
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
 * The calendar for counting an office's deadlines. All holidays that close offices are loaded (a few dozen
 * a year): a deadline can reach months ahead, and the count must see every one of them.
 */
export async function workingCalendar(db: Db, officeId: number): Promise<WorkingCalendar> {
  const weekly = await weeklyDaysOff(db, officeId);
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
  return { weekly, holidays: map };
}
