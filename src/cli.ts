// The command line, over the same services as the web: import, offices, publish, demo.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig } from './config.ts';
import { openDatabase, type Database } from './db/client.ts';
import { importText } from './importer/text.ts';
import { toAsciiDigits } from './bangla/digits.ts';
import { DomainError } from './modules/shared/domain-error.ts';
import { listOffices, resolveOffice } from './modules/offices/offices.service.ts';
import { importDraft, publishEdition } from './modules/charters/charters.service.ts';
import { loadDemo } from './modules/demo/demo.service.ts';

const MAX_TEXT_BYTES = 5 * 1024 * 1024;
const ACTOR = `cli:${process.env.USER ?? 'unknown'}`;

const USAGE = `Usage / ব্যবহার:
  npm run --silent cli -- import FILE --json            print the structured charter; touches no database
  npm run cli -- import FILE --office ID [--fiscal-year 2025 --quarter 2]
                                                      store it as a draft edition of the office (ID or portal)
  npm run cli -- publish EDITION_ID                    publish a draft edition
  npm run cli -- offices                               list offices
  npm run cli -- demo                                  load the demo offices and charters into an empty database`;

class CliError extends Error {}

/** Reads a text file, refusing what is too big or not UTF-8 before anything is parsed. */
async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new CliError(`File not found: ${path} / ফাইল পাওয়া যায়নি: ${path}`);
  }
  if (size > MAX_TEXT_BYTES) {
    throw new CliError(`File is too large (${size} bytes; at most ${MAX_TEXT_BYTES}) / ফাইলটি খুব বড়`);
  }
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`File is not UTF-8 text: ${path} / ফাইলটি UTF-8 টেক্সট নয়`);
  }
}

async function withDb<T>(fn: (d: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const int = (v: string | undefined, name: string) => {
  if (v === undefined) return undefined;
  const n = Number(toAsciiDigits(v));
  if (!Number.isInteger(n)) throw new CliError(`--${name} must be a whole number / --${name} পূর্ণসংখ্যা হতে হবে`);
  return n;
};

async function importCommand(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, office: { type: 'string' }, 'fiscal-year': { type: 'string' }, quarter: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new CliError(USAGE);
  const charter = importText(await readTextFile(file));
  if (values.json || !values.office) {
    process.stdout.write(`${JSON.stringify(charter, null, 2)}\n`);
    if (!values.office) return;
  }
  const officeRef = values.office;
  const quarter = int(values.quarter, 'quarter');
  if (quarter !== undefined && (quarter < 1 || quarter > 4)) throw new CliError('--quarter must be 1–4 / --quarter ১–৪ হতে হবে');
  await withDb(async ({ db }) => {
    const office = await resolveOffice(db, officeRef);
    const fiscalYear = int(values['fiscal-year'], 'fiscal-year');
    const result = await importDraft(db, charter, {
      officeId: office.id,
      sourceName: basename(file),
      actor: ACTOR,
      now: new Date(),
      ...(fiscalYear !== undefined ? { fiscalYear } : {}),
      ...(quarter !== undefined ? { quarter } : {}),
    });
    const log = values.json ? console.error : console.log;
    log(`Stored draft edition ${result.editionId} of ${office.nameEn} (${charter.services.length} services) / খসড়া সংরক্ষিত`);
    for (const f of result.findings) log(`  ${f.severity.padEnd(7)} ${f.code.padEnd(24)} ${f.where}: ${f.message}`);
  });
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  switch (command) {
    case 'import':
      return importCommand(rest);
    case 'publish': {
      const id = int(rest[0], 'edition');
      if (id === undefined) throw new CliError(USAGE);
      await withDb(({ db }) => publishEdition(db, id, ACTOR, new Date()));
      console.log(`Published edition ${id} / সংস্করণ ${id} প্রকাশিত`);
      return;
    }
    case 'offices':
      return withDb(async ({ db }) => {
        for (const o of await listOffices(db)) console.log(`${String(o.id).padStart(5)}  ${o.level.padEnd(12)} ${o.portal ?? '-'}  ${o.nameBn}`);
      });
    case 'demo':
      return withDb(async ({ db }) => {
        const seeds = loadConfig().SEEDS_DIR ?? fileURLToPath(new URL('../demo/seeds', import.meta.url));
        const r = await loadDemo(db, seeds, new Date());
        console.log(r.created ? `Demo loaded: ${r.offices} offices, ${r.charters.length} charters` : 'The database is not empty; nothing loaded / ডাটাবেজ খালি নয়');
      });
    default:
      throw new CliError(USAGE);
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof CliError) console.error(err.message);
  else if (err instanceof DomainError) console.error(err.message);
  else if (err instanceof Error && err.name === 'ImportError') console.error(err.message);
  else if (err instanceof TypeError && 'code' in err && String(err.code).startsWith('ERR_PARSE_ARGS')) console.error(`${err.message}\n${USAGE}`);
  else console.error(err);
  process.exit(1);
});
