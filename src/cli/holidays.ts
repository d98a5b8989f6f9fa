// `holidays import FILE.csv [--source TEXT]` and `holidays list YEAR`: the holiday calendar from the command line.
// Every command that reads the calendar first loads the shipped lists into the years that have none, as the
// server does at its start, so the command line and the web count the same notified holidays.
import { parseArgs } from 'node:util';
import { relative } from 'node:path';
import { parseInteger } from '../bangla/digits.ts';
import { t, type Message } from '../i18n/messages.ts';
import type { Ctx } from '../modules/shared/context.ts';
import { DomainError } from '../modules/shared/domain-error.ts';
import { importHolidays, listYear, loadShippedHolidays, SHIPPED_HOLIDAYS_DIR, yearsWithoutHolidays } from '../modules/holidays/holidays.service.ts';
import { toHolidayCsv } from '../modules/holidays/holiday-csv.ts';
import { CliError, readTextFile, say, withCtx } from './shared.ts';

/** Messages in both languages: every Bangla line, then every English line. */
export function sayBoth(messages: readonly Message[], to: 'out' | 'err' = 'out'): void {
  const print = to === 'out' ? console.log : console.error;
  for (const locale of ['bn', 'en'] as const) for (const m of messages) print(t(locale, m.key, m.params));
}

/** Loads the shipped lists into the years that have none; says so on stderr (stdout stays the command's answer). */
export async function withShippedHolidays(ctx: Ctx): Promise<void> {
  for (const loaded of await loadShippedHolidays(ctx, SHIPPED_HOLIDAYS_DIR)) {
    say('cli.holidays.shipped', { year: loaded.year, count: loaded.count, file: relative(process.cwd(), `${SHIPPED_HOLIDAYS_DIR}/${loaded.file}`) }, 'err');
  }
}

function yearArg(value: string | undefined): number {
  const year = value === undefined ? null : parseInteger(value);
  if (year === null || year < 1900 || year > 2199) throw new CliError('cli.holidays.year', { value: value ?? '' });
  return year;
}

async function importFile(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { source: { type: 'string' } } });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length) throw new CliError('cli.holidays.usage');
  const csv = await readTextFile(file);
  try {
    const { years } = await withCtx(async (ctx) => {
      await withShippedHolidays(ctx);
      return importHolidays(ctx, { csv, ...(values.source === undefined ? {} : { source: values.source }) });
    });
    sayBoth([...years.map((y): Message => ({ key: 'cli.holidays.imported-year', params: { ...y } })), { key: 'cli.holidays.imported', params: { file } }]);
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'holiday.csv-invalid') throw err;
    // Every bad line, so the whole file can be corrected at once; nothing was saved.
    sayBoth([err.text, ...Object.values(err.fields)], 'err');
    process.exitCode = 1;
  }
}

/** The year's holidays as CSV on stdout, in the import's own format; the count on stderr. */
async function list(args: string[]): Promise<void> {
  const [value, ...extra] = args;
  if (extra.length) throw new CliError('cli.holidays.usage');
  const year = yearArg(value);
  const { rows, missing } = await withCtx(async (ctx) => {
    await withShippedHolidays(ctx);
    return { rows: await listYear(ctx, { year }), missing: (await yearsWithoutHolidays(ctx.db, [year])).length > 0 };
  });
  process.stdout.write(toHolidayCsv(rows));
  say('cli.holidays.count', { year, n: rows.length }, 'err');
  if (missing) say('cli.holidays.none', { year }, 'err');
}

export async function holidaysCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'import') return importFile(rest);
  if (sub === 'list') return list(rest);
  throw new CliError('cli.holidays.usage');
}
