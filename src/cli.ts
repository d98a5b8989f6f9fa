// The command line, over the same services as the web. Each command lives in src/cli/<name>.ts.
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.ts';
import { DomainError } from './modules/shared/domain-error.ts';
import { listOffices } from './modules/offices/offices.service.ts';
import { publishCommand } from './cli/publish.ts';
import { userCommand } from './cli/user.ts';
import { loadDemo } from './modules/demo/demo.service.ts';
import { CliError, say, withCtx, type Command } from './cli/shared.ts';
import { bilingual } from './i18n/messages.ts';
import { importCommand } from './cli/import.ts';
import { importDirCommand } from './cli/import-dir.ts';
import { lintCommand } from './cli/lint.ts';
import { bijoyCommand } from './cli/bijoy.ts';
import { holidaysCommand } from './cli/holidays.ts';
import { dateCommand, deadlineCommand } from './cli/calendar.ts';
import { schedulerCommand } from './cli/scheduler.ts';

const USAGE = `Usage / ব্যবহার:
  npm run --silent cli -- import FILE --json            print the structured charter; touches no database
  npm run cli -- import FILE --office ID [--fiscal-year 2025 --quarter 2]
                                                      store it as a draft edition of the office (ID or portal)
  npm run cli -- import-dir DIR --offices MAP.csv [--report DIR]
                                                      every charter file of a folder, each to its office (MAP.csv: file,office)
  npm run --silent cli -- bijoy FILE [--encoding auto|utf-8|windows-1252] [--no-repair] [--fixes]
                                                      print the document with its Bijoy (SutonnyMJ) text in Unicode
  npm run --silent cli -- lint FILE [--json] [--lang en]
                                                      what is wrong with a charter file, by section (--json: the findings);
                                                      exit code 1 when there are errors, 0 otherwise; touches no database
  npm run cli -- publish EDITION_ID [--override REASON]
                                                      publish an edition (with errors only with a reason)
  npm run cli -- user add --office ID --role ROLE --email E --password P [--name N]
                                                      add a user (ROLE: editor, head, reviewer, grievance-officer,
                                                      appeal-officer, admin; several: --role editor --role head)
  npm run --silent cli -- user token EMAIL            make an API token (printed alone on the last line)
  npm run cli -- offices                               list offices
  npm run cli -- demo                                  load the demo offices and charters into an empty database
  npm run cli -- holidays import FILE.csv [--source TEXT]
                                                      replace the holidays of each year the file covers (header:
                                                      date,name_bn[,name_en,class,religion,moon,source]); one bad line refuses all
  npm run --silent cli -- holidays list YEAR           the year's holidays as CSV (the import's format)
  npm run --silent cli -- deadline --from YYYY-MM-DD --working-days N [--office ID]
                                                      count a deadline run by run; the due date alone on the last line
  npm run cli -- scheduler run [--now 2026-07-20T09:00:00+06:00]
                                                      do every job that is due now (escalations, reminders, re-dating)
  npm run --silent cli -- date YYYY-MM-DD              the date as letters write it, Bengali and Gregorian calendars
  (holidays and deadline first load holidays/<year>.csv into each year that has no holidays, as the server does)`;

class UsageError extends Error {}

const COMMANDS: Record<string, Command> = {
  import: importCommand,
  'import-dir': importDirCommand,
  lint: lintCommand,
  bijoy: bijoyCommand,
  holidays: holidaysCommand,
  deadline: deadlineCommand,
  date: dateCommand,
  scheduler: schedulerCommand,
  publish: publishCommand,
  user: userCommand,
  offices: () =>
    withCtx(async ({ db }) => {
      for (const o of await listOffices(db)) console.log(`${String(o.id).padStart(5)}  ${o.level.padEnd(12)} ${o.portal ?? '-'}  ${o.nameBn}`);
    }),
  demo: () =>
    withCtx(async (ctx) => {
      const seeds = loadConfig().SEEDS_DIR ?? fileURLToPath(new URL('../demo/seeds', import.meta.url));
      const r = await loadDemo(ctx, seeds);
      if (r.created) say('cli.demo.loaded', { offices: r.offices, charters: r.charters.length });
      else say('cli.demo.not-empty');
    }),
};

async function main(argv: string[]) {
  const [name, ...rest] = argv;
  const command = name ? COMMANDS[name] : undefined;
  if (!command) throw new UsageError();
  await command(rest);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) console.error(USAGE);
  else if (err instanceof CliError) console.error(err.message);
  else if (err instanceof DomainError) console.error(bilingual(err.text));
  else if (err instanceof Error && err.name === 'ImportError') console.error(err.message);
  else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) console.error(`${err.message}\n${USAGE}`);
  else console.error(err);
  process.exit(1);
});
