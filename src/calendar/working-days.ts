// Working days: what "within N working days" means for a grievance or a letter. Pure: the weekly days off
// and the holidays are passed in (an administrator keeps them as data; the moon moves some by a day).
import { dayNumberToIso, isoToDayNumber } from '../bangla/calendar.ts';

export interface Names {
  bn: string;
  en: string;
}

/** What the government's yearly notification calls each kind of holiday. Optional days do not close offices. */
export const HOLIDAY_CLASSES = ['general', 'executive', 'optional'] as const;
export type HolidayClass = (typeof HOLIDAY_CLASSES)[number];
export const RELIGIONS = ['muslim', 'hindu', 'christian', 'buddhist', 'ethnic'] as const;
export type Religion = (typeof RELIGIONS)[number];

/** Whether a holiday of this class closes the office for everyone (optional ones are taken by choice). */
export const closesOffices = (cls: HolidayClass): boolean => cls !== 'optional';

export interface WorkingCalendar {
  /** The weekly days off, 0 = Sunday … 6 = Saturday. */
  weekly: readonly number[];
  /** Days the offices are closed besides the weekly ones (ISO date → name). */
  holidays: ReadonlyMap<string, Names>;
}

/** Bangladesh: Friday and Saturday. */
export const BANGLADESH_WEEKLY: readonly number[] = [5, 6];

/** 0 = Sunday … 6 = Saturday. 1970-01-01 (day number 0) was a Thursday. */
export function weekday(iso: string): number {
  return (((isoToDayNumber(iso) + 4) % 7) + 7) % 7;
}

export type DayOff = { weekly: boolean; holiday: Names | null };

/** null for a working day; else why the office is closed. */
export function dayOff(cal: WorkingCalendar, iso: string): DayOff | null {
  const weekly = cal.weekly.includes(weekday(iso));
  const holiday = cal.holidays.get(iso) ?? null;
  return weekly || holiday !== null ? { weekly, holiday } : null;
}

export const isWorkingDay = (cal: WorkingCalendar, iso: string): boolean => dayOff(cal, iso) === null;

// A calendar with every day off would never end a count: no real one does, but the input is data.
const MAX_SPAN_DAYS = 3660;

function checkCalendar(cal: WorkingCalendar): void {
  if (new Set(cal.weekly.filter((d) => Number.isInteger(d) && d >= 0 && d <= 6)).size >= 7) {
    throw new RangeError('A week with no working day');
  }
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 3000) throw new RangeError(`Working days must be a whole number from 0 to 3000, got ${n}`);
}

/**
 * The date of working day n, counting from the first working day after `from` (the day of receipt, which
 * never counts). 0 working days is the day itself.
 */
export function addWorkingDays(cal: WorkingCalendar, from: string, n: number): string {
  checkCount(n);
  checkCalendar(cal);
  let day = isoToDayNumber(from);
  let counted = 0;
  const limit = day + MAX_SPAN_DAYS + n * 7;
  while (counted < n) {
    day++;
    if (day > limit) throw new RangeError(`No ${n} working days after ${from} within ${MAX_SPAN_DAYS} days`);
    if (isWorkingDay(cal, dayNumberToIso(day))) counted++;
  }
  return dayNumberToIso(day);
}

/** Working days after `from` up to and including `to` (0 when `to` is not after `from`). */
export function workingDaysBetween(cal: WorkingCalendar, from: string, to: string): number {
  checkCalendar(cal);
  const start = isoToDayNumber(from);
  const end = isoToDayNumber(to);
  if (end - start > MAX_SPAN_DAYS * 3) throw new RangeError(`${from} to ${to} is longer than this counts`);
  let count = 0;
  for (let day = start + 1; day <= end; day++) if (isWorkingDay(cal, dayNumberToIso(day))) count++;
  return count;
}

/** How a deadline was counted, in runs of days: what a person checks against a wall calendar. */
export type DeadlineStep =
  | { kind: 'start'; date: string; weekday: number }
  /** consecutive days the office was closed; the named holidays among them, and whether a weekly day is */
  | { kind: 'closed'; from: string; to: string; holidays: { date: string; name: Names }[]; weekly: boolean }
  /** consecutive working days, numbered firstDay..lastDay of the count */
  | { kind: 'working'; from: string; to: string; firstDay: number; lastDay: number; firstWeekday: number };

export interface DeadlineExplanation {
  from: string;
  workingDays: number;
  due: string;
  dueWeekday: number;
  steps: DeadlineStep[];
}

/** addWorkingDays, with the count written out run by run. */
export function explainDeadline(cal: WorkingCalendar, from: string, n: number): DeadlineExplanation {
  const due = addWorkingDays(cal, from, n);
  const steps: DeadlineStep[] = [{ kind: 'start', date: from, weekday: weekday(from) }];
  const end = isoToDayNumber(due);
  let counted = 0;
  for (let day = isoToDayNumber(from) + 1; day <= end; day++) {
    const iso = dayNumberToIso(day);
    const off = dayOff(cal, iso);
    const last = steps[steps.length - 1];
    if (off !== null) {
      const holidays = off.holiday === null ? [] : [{ date: iso, name: off.holiday }];
      if (last?.kind === 'closed') {
        last.to = iso;
        last.holidays.push(...holidays);
        last.weekly ||= off.weekly;
      } else steps.push({ kind: 'closed', from: iso, to: iso, holidays, weekly: off.weekly });
      continue;
    }
    counted++;
    if (last?.kind === 'working') {
      last.to = iso;
      last.lastDay = counted;
    } else steps.push({ kind: 'working', from: iso, to: iso, firstDay: counted, lastDay: counted, firstWeekday: weekday(iso) });
  }
  return { from, workingDays: n, due, dueWeekday: weekday(due), steps };
}
