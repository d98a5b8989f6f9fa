// A deadline's count in words, run by run, as a person checks it against a wall calendar: "received Thursday
// 4 June 2026; 5–6 June 2026: weekly holiday; working days 1–5: Sunday 7 June 2026 – Thursday 11 June 2026".
import type { DeadlineExplanation, DeadlineStep } from '../../calendar/working-days.ts';
import { weekday } from '../../calendar/working-days.ts';
import { isoToDayNumber } from '../../bangla/calendar.ts';
import { date } from '../../i18n/format.ts';
import { t, type Locale, type MessageKey } from '../../i18n/messages.ts';

const WEEKDAY_KEYS: readonly MessageKey[] = [
  'holidays.weekday.0',
  'holidays.weekday.1',
  'holidays.weekday.2',
  'holidays.weekday.3',
  'holidays.weekday.4',
  'holidays.weekday.5',
  'holidays.weekday.6',
];

/** The name of a weekday (0 = Sunday … 6 = Saturday) from the catalogue. */
export function weekdayName(locale: Locale, day: number): string {
  const key = WEEKDAY_KEYS[day];
  if (key === undefined) throw new RangeError(`A weekday is 0 to 6, got ${day}`);
  return t(locale, key);
}

/** "Thursday 4 June 2026" / "বৃহস্পতিবার, ০৪ জুন ২০২৬". */
export const dayText = (locale: Locale, iso: string): string =>
  t(locale, 'holidays.explain.day', { weekday: weekdayName(locale, weekday(iso)), date: date(iso, locale) });

/** "5–6 June 2026", "30 May – 2 June 2026", "31 December 2025 – 2 January 2026": the parts both ends share, once. */
export function rangeText(locale: Locale, from: string, to: string): string {
  if (from === to) return date(from, locale);
  const [d1 = '', m1 = '', y1 = ''] = date(from, locale).split(' ');
  const end = date(to, locale);
  const [, m2, y2] = end.split(' ');
  if (y1 !== y2) return `${date(from, locale)} – ${end}`;
  if (m1 !== m2) return `${d1} ${m1} – ${end}`;
  return `${d1}–${end}`;
}

/** Consecutive days as ranges: ["2026-05-26", "2026-05-27", "2026-05-31"] → "26–27 May 2026, 31 May 2026". */
function datesText(locale: Locale, days: readonly string[]): string {
  const runs: [string, string][] = [];
  for (const day of days) {
    const last = runs[runs.length - 1];
    if (last && isoToDayNumber(day) === isoToDayNumber(last[1]) + 1) last[1] = day;
    else runs.push([day, day]);
  }
  return runs.map(([from, to]) => rangeText(locale, from, to)).join(', ');
}

/** The names of a closed run's holidays, each once; with their dates when they are not every day of the run. */
function holidayNames(locale: Locale, step: Extract<DeadlineStep, { kind: 'closed' }>): string {
  const dates = new Map<string, string[]>();
  for (const h of step.holidays) {
    const list = dates.get(h.name[locale]) ?? [];
    list.push(h.date);
    dates.set(h.name[locale], list);
  }
  const runLength = isoToDayNumber(step.to) - isoToDayNumber(step.from) + 1;
  const everyDay = new Set(step.holidays.map((h) => h.date)).size === runLength;
  return [...dates].map(([name, days]) => (everyDay ? name : `${name} ${datesText(locale, days)}`)).join(', ');
}

function stepText(locale: Locale, step: DeadlineStep): string {
  switch (step.kind) {
    case 'start':
      return t(locale, 'holidays.explain.start', { day: dayText(locale, step.date) });
    case 'closed': {
      const range = rangeText(locale, step.from, step.to);
      if (step.holidays.length === 0) return t(locale, 'holidays.explain.closed-weekly', { range });
      const names = holidayNames(locale, step);
      return t(locale, step.weekly ? 'holidays.explain.closed-both' : 'holidays.explain.closed-holiday', { range, names });
    }
    case 'working':
      return step.firstDay === step.lastDay
        ? t(locale, 'holidays.explain.working-one', { n: step.firstDay, day: dayText(locale, step.from) })
        : t(locale, 'holidays.explain.working', { first: step.firstDay, last: step.lastDay, from: dayText(locale, step.from), to: dayText(locale, step.to) });
  }
}

/** One line per run of days, then the due date; in one language (call it twice for both). */
export function explainText(locale: Locale, explanation: DeadlineExplanation): string[] {
  const due = dayText(locale, explanation.due);
  return [
    ...explanation.steps.map((step) => stepText(locale, step)),
    explanation.workingDays === 0
      ? t(locale, 'holidays.explain.due-zero', { day: due })
      : t(locale, 'holidays.explain.due', { n: explanation.workingDays, day: due }),
  ];
}
