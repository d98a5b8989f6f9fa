// Benchmarks: print figures, never assert. `npm run bench` runs import, readers and pages; `npm run bench --
// import` one. Over a database (DATABASE_URL, else the PGlite folder DATA_DIR): `seed-national [--offices N]
// [--services-per-office M] [--seed S]` writes the national set, `search [--rounds R]` and `memory
// [--requests N]` measure whatever is there. `rps [--seconds S] [--connections C] [--rounds R] [--workers W]`:
// the charter page against nginx (bench/rps.ts; needs nginx).
import { cpus, totalmem } from 'node:os';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { importText } from '../src/importer/text.ts';
import { importFile } from '../src/importer/read-file.ts';
import { bodyFromText, buildDocx } from '../test/helpers/docx.ts';
import { htmlFromText, portalPage } from '../test/helpers/html.ts';
import { openPglite } from '../src/db/client.ts';
import { DEMO_ACTOR, loadDemo } from '../src/modules/demo/demo.service.ts';
import { findOfficeByPortal } from '../src/modules/offices/offices.service.ts';
import { createApp } from '../src/app.tsx';
import { openDatabase, type Database } from '../src/db/client.ts';
import { NATIONAL_DEFAULTS, isEmpty, seedNational } from './national.ts';
import { memoryBench, searchBench } from './search-bench.ts';
import { RPS_DEFAULTS, rpsBench } from './rps.ts';

const SEEDS = fileURLToPath(new URL('../demo/seeds/', import.meta.url));

function machine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpu}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}

/** Runs fn repeatedly for about `seconds` after a warm-up; returns operations per second. */
function rate(fn: () => void, seconds = 3): { perSecond: number; runs: number } {
  for (let i = 0; i < 20; i++) fn();
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let runs = 0;
  while (process.hrtime.bigint() - start < budget) {
    fn();
    runs++;
  }
  const elapsed = Number(process.hrtime.bigint() - start) / 1e9;
  return { perSecond: runs / elapsed, runs };
}

async function importBench() {
  const texts = await Promise.all(['charter-upazila-debiganj.txt', 'charter-district-khulna.txt'].map((f) => readFile(`${SEEDS}${f}`, 'utf8')));
  let i = 0;
  const { perSecond, runs } = rate(() => {
    importText(texts[i++ % texts.length] ?? '');
  });
  const heap = process.memoryUsage().heapUsed / 2 ** 20;
  console.log(`import: parse + lint of seed-sized text charters, one core`);
  console.log(
    `  ${perSecond.toFixed(0)} charters/s (${runs} runs; target ≥ 100/s) ${perSecond >= 100 ? 'MEETS' : 'BELOW'} target; heap ${heap.toFixed(0)} MiB`,
  );
}

/** Runs an async fn repeatedly for about `seconds` after a warm-up; returns operations per second. */
async function rateAsync(fn: () => Promise<unknown>, seconds = 3): Promise<{ perSecond: number; runs: number }> {
  for (let i = 0; i < 5; i++) await fn();
  const start = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let runs = 0;
  while (process.hrtime.bigint() - start < budget) {
    await fn();
    runs++;
  }
  return { perSecond: runs / (Number(process.hrtime.bigint() - start) / 1e9), runs };
}

/** The same seed charters as Word files and as portal pages, through importFile (reader + import + lint). */
async function readersBench() {
  const texts = await Promise.all(['charter-upazila-debiganj.txt', 'charter-district-khulna.txt'].map((f) => readFile(`${SEEDS}${f}`, 'utf8')));
  const files: Record<string, Uint8Array[]> = {
    docx: texts.map((t) => buildDocx(bodyFromText(t))),
    html: texts.map((t) => new TextEncoder().encode(portalPage(htmlFromText(t)))),
  };
  console.log('readers: the seeds as .docx and as portal pages, read, parsed and linted, one core');
  for (const [format, list] of Object.entries(files)) {
    let i = 0;
    const { perSecond, runs } = await rateAsync(() => importFile(list[i++ % list.length] ?? new Uint8Array(), `seed.${format}`));
    const size = (list.reduce((n, b) => n + b.length, 0) / list.length / 1024).toFixed(0);
    console.log(`  ${format}: ${perSecond.toFixed(0)} charters/s (${runs} runs; about ${size} KiB a file)`);
  }
}

/** Requests per second for the public charter page, in process (no network), on embedded PGlite. */
async function pagesBench() {
  const database = await openPglite(null);
  const now = new Date();
  await loadDemo({ db: database.db, actor: DEMO_ACTOR, now }, SEEDS);
  const office = await findOfficeByPortal(database.db, 'doict.khulna.gov.bd');
  const app = createApp({ db: database.db, now: () => now });
  for (const path of [`/offices/${office?.id}/charter`, '/', `/api/offices/${office?.id}/charter`]) {
    for (let i = 0; i < 10; i++) await (await app.request(path)).text();
    const start = process.hrtime.bigint();
    let runs = 0;
    while (process.hrtime.bigint() - start < 3_000_000_000n) {
      await (await app.request(path)).text();
      runs++;
    }
    const perSecond = runs / (Number(process.hrtime.bigint() - start) / 1e9);
    console.log(`pages: GET ${path}: ${perSecond.toFixed(0)} requests/s (26-service district charter, PGlite, one process)`);
  }
  await database.close();
}

/** `--name value` flags after the benchmark's name, as whole numbers. */
function flags(args: readonly string[], known: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (let i = 0; i < args.length; i++) {
    const name = args[i]?.replace(/^--/, '') ?? '';
    const value = Number(args[i + 1]);
    if (!args[i]?.startsWith('--') || !known.includes(name) || !Number.isInteger(value) || value < 0) {
      console.error(`bad argument ${args[i]} ${args[i + 1] ?? ''}; flags: ${known.map((k) => `--${k} N`).join(' ')}`);
      process.exit(1);
    }
    out[name] = value;
    i++;
  }
  return out;
}

/** The database the national benchmarks use: PostgreSQL when DATABASE_URL is set, else DATA_DIR (PGlite). */
async function benchDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  const dataDir = process.env.DATA_DIR;
  if (!url && !dataDir) {
    console.error('set DATABASE_URL (PostgreSQL) or DATA_DIR (a PGlite folder) for the national benchmarks');
    process.exit(1);
  }
  if (!url) console.warn(`warning: PGlite in ${dataDir} (one process, single-threaded): far slower than PostgreSQL at national scale`);
  return openDatabase({ DATABASE_URL: url, DATA_DIR: dataDir ?? '' });
}

async function withDatabase(fn: (database: Database) => Promise<void>) {
  const database = await benchDatabase();
  try {
    await fn(database);
  } finally {
    await database.close();
  }
}

async function seedNationalBench(args: readonly string[]) {
  const f = flags(args, ['offices', 'services-per-office', 'seed']);
  const options = {
    ...NATIONAL_DEFAULTS,
    offices: f.offices ?? NATIONAL_DEFAULTS.offices,
    servicesPerOffice: f['services-per-office'] ?? NATIONAL_DEFAULTS.servicesPerOffice,
    seed: f.seed ?? NATIONAL_DEFAULTS.seed,
  };
  await withDatabase(async (database) => {
    if (!(await isEmpty(database.db))) {
      console.error('the database already has offices: seed-national writes only into an empty database (the same seed gives the same data)');
      process.exitCode = 1;
      return;
    }
    console.log(`seed-national: ${options.offices} offices × ${options.servicesPerOffice} services, seed ${options.seed}, into ${database.kind}`);
    const r = await seedNational(database.db, options);
    console.log(`  wrote ${r.offices} offices and ${r.services} services in ${r.seconds.toFixed(0)} s (${(r.services / r.seconds).toFixed(0)} services/s)`);
  });
}

const BENCHES: Record<string, () => Promise<void>> = { import: importBench, readers: readersBench, pages: pagesBench };
/** Benchmarks over a database, with flags; not run by a bare `npm run bench`. */
const DATABASE_BENCHES: Record<string, (args: readonly string[]) => Promise<void>> = {
  'seed-national': seedNationalBench,
  search: (args) => {
    const f = flags(args, ['rounds', 'seed']);
    return withDatabase((database) => searchBench(database, { seed: f.seed ?? NATIONAL_DEFAULTS.seed, rounds: f.rounds ?? 5 }));
  },
  memory: (args) => {
    const f = flags(args, ['requests', 'seed']);
    return withDatabase((database) => memoryBench(database, { seed: f.seed ?? NATIONAL_DEFAULTS.seed, requests: f.requests ?? 1000 }));
  },
  // not over a database: its own app process on PGlite with the demo data, nginx, autocannon
  rps: (args) => rpsBench({ ...RPS_DEFAULTS, ...flags(args, ['seconds', 'connections', 'rounds', 'workers']) }),
};

async function main() {
  const asked = process.argv.slice(2);
  console.log(`machine: ${machine()}`);
  const withDb = asked[0] ? DATABASE_BENCHES[asked[0]] : undefined;
  if (withDb) return withDb(asked.slice(1));
  const names = asked.length ? asked : Object.keys(BENCHES);
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) {
      console.error(`unknown benchmark ${name}; known: ${[...Object.keys(BENCHES), ...Object.keys(DATABASE_BENCHES)].join(', ')}`);
      process.exit(1);
    }
    await bench();
  }
}

await main();
