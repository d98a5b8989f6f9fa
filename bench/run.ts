// Benchmarks: print figures, never assert. `npm run bench` runs all; `npm run bench -- import` one.
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

const BENCHES: Record<string, () => Promise<void>> = { import: importBench, readers: readersBench, pages: pagesBench };

async function main() {
  const asked = process.argv.slice(2);
  const names = asked.length ? asked : Object.keys(BENCHES);
  console.log(`machine: ${machine()}`);
  for (const name of names) {
    const bench = BENCHES[name];
    if (!bench) {
      console.error(`unknown benchmark ${name}; known: ${Object.keys(BENCHES).join(', ')}`);
      process.exit(1);
    }
    await bench();
  }
}

await main();
