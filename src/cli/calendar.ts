// `deadline --from DATE --working-days N [--office ID]`: a deadline counted run by run, the due date alone on the
// last line; `date DATE`: a date as official letters carry it, in both calendars (no database).
import { parseArgs } from 'node:util';
import { parseInteger, toAsciiDigits } from '../bangla/digits.ts';
import { formatDualDate } from '../bangla/dates.ts';
import { BANGLADESH_WEEKLY, explainDeadline, weekday, type WorkingCalendar } from '../calendar/working-days.ts';
import { t } from '../i18n/messages.ts';
import { num } from '../i18n/format.ts';
import { countDeadline, SHIPPED_HOLIDAYS_DIR, shippedClosingHolidays } from '../modules/holidays/holidays.service.ts';
import { DomainError } from '../modules/shared/domain-error.ts';
import { explainText, weekdayName } from '../modules/holidays/explain.ts';
import { isIsoDate } from '../modules/holidays/holiday-input.ts';
import { withShippedHolidays } from './holidays.ts';
import { CliError, intOption, say, withCtx } from './shared.ts';

export async function deadlineCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { from: { type: 'string' }, 'working-days': { type: 'string' }, office: { type: 'string' } },
  });
  const days = values['working-days'];
  if (values.from === undefined || days === undefined || positionals.length) throw new CliError('cli.deadline.usage');
  const from = toAsciiDigits(values.from.trim());
  if (!isIsoDate(from)) throw new CliError('cli.deadline.bad-date', { value: values.from });
  const workingDays = parseInteger(days);
  if (workingDays === null || workingDays > 3000) throw new CliError('cli.deadline.bad-days');
  const officeId = intOption(values.office, 'office');
  const counted = await withCtx(async (ctx) => {
    // The notified holidays must be counted even before the server ever started on this data.
    await withShippedHolidays(ctx);
    return countDeadline(ctx, { from, workingDays, ...(officeId === undefined ? {} : { officeId }) });
  }).catch(async (err: unknown) => {
    // The server holds the data folder: count with the lists the product ships and the Bangladesh week, and say so.
    if (!(err instanceof DomainError && err.code === 'data-dir.in-use')) throw err;
    say('cli.deadline.shipped-only', {}, 'err');
    const cal: WorkingCalendar = { weekly: BANGLADESH_WEEKLY, holidays: await shippedClosingHolidays(SHIPPED_HOLIDAYS_DIR) };
    return { explanation: explainDeadline(cal, from, workingDays), yearsWithoutHolidays: [] as number[] };
  });
  const { explanation, yearsWithoutHolidays } = counted;
  for (const locale of ['bn', 'en'] as const) {
    for (const line of explainText(locale, explanation)) console.log(line);
    if (yearsWithoutHolidays.length) {
      console.log(t(locale, 'cli.deadline.no-holidays', { years: yearsWithoutHolidays.map((y) => num(y, locale)).join(', ') }));
    }
  }
  console.log(explanation.due);
}

export async function dateCommand(args: string[]): Promise<void> {
  const [value, ...extra] = args;
  if (value === undefined || extra.length) throw new CliError('cli.date.usage');
  const iso = toAsciiDigits(value.trim());
  if (!isIsoDate(iso)) throw new CliError('cli.date.invalid', { value });
  let bn: string;
  let en: string;
  try {
    bn = formatDualDate(iso, 'bn');
    en = formatDualDate(iso, 'en');
  } catch (err) {
    // Outside the years the Bengali calendar module counts.
    if (err instanceof RangeError) throw new CliError('cli.date.invalid', { value });
    throw err;
  }
  const day = weekday(iso);
  console.log(bn);
  console.log(en);
  console.log(`${weekdayName('bn', day)} / ${weekdayName('en', day)}`);
}
