// Search latency and recall over whatever is in the database (the national set of bench/national.ts, or
// the demo), and the process's memory after searches and charter page renders. Prints, never asserts.
import { foldWords } from '../src/bangla/fold.ts';
import type { Database } from '../src/db/client.ts';
import { createApp } from '../src/app.tsx';
import { searchServices } from '../src/modules/search/search.service.ts';
import { prng } from '../test/helpers/prng.ts';
import { catalogue, misspellWord, publishedOfficeIds } from './national.ts';

export interface Query {
  q: string;
  /** a found service's name holds this (after folding: the stored names are misspelled too) */
  name: string;
  /** and its office's Bangla name holds this */
  office?: string;
  kind: 'misspelled' | 'variant' | 'romanised' | 'generated';
}

/** Fixed queries on the seed vocabulary: the words of the demo's services as people type them. */
export const FIXED_QUERIES: Query[] = [
  { q: 'প্রসিক্ষন', name: 'প্রশিক্ষণ', kind: 'misspelled' },
  { q: 'proshikkhon', name: 'প্রশিক্ষণ', kind: 'romanised' },
  { q: 'proshikshan', name: 'প্রশিক্ষণ', kind: 'romanised' },
  { q: 'প্রশিক্ষণ খুলনা', name: 'প্রশিক্ষণ', office: 'খুলনা', kind: 'variant' },
  { q: 'proshikkhon Khulna', name: 'প্রশিক্ষণ', office: 'খুলনা', kind: 'romanised' },
  { q: 'সাইবার নিরাপওা', name: 'সাইবার নিরাপত্তা', kind: 'misspelled' },
  { q: 'saibar nirapotta', name: 'সাইবার নিরাপত্তা', kind: 'romanised' },
  { q: 'কভিড ভেক্সিন', name: 'কোভিড', kind: 'misspelled' },
  { q: 'covid', name: 'কোভিড', kind: 'romanised' },
  { q: 'vaksin', name: 'ভ্যাক্সিন', kind: 'romanised' },
  { q: 'shurokkha totthyo shongshodhon', name: 'সুরক্ষা', kind: 'romanised' },
  { q: 'iunion dijital sentar', name: 'ইউনিয়ন ডিজিটাল', kind: 'romanised' },
  { q: 'ইউনিয়ন ডিজিটাল সেন্টার', name: 'ইউনিয়ন ডিজিটাল', kind: 'variant' },
  { q: 'digital lab', name: 'ডিজিটাল ল্যাব', kind: 'romanised' },
  { q: 'web portal halnagad', name: 'হালনাগাদ', kind: 'romanised' },
  { q: 'e-nothi', name: 'ই-নথি', kind: 'romanised' },
  { q: 'barshik kormoshompadon chukti', name: 'বার্ষিক', kind: 'romanised' },
  { q: 'বার্সিক কর্মসম্পাদন চুক্তী', name: 'বার্ষিক', kind: 'misspelled' },
  { q: 'shuddhachar koushol', name: 'শুদ্ধাচার', kind: 'romanised' },
  { q: 'সুদ্ধাচার', name: 'শুদ্ধাচার', kind: 'misspelled' },
  { q: 'udbhaboni khudro unnoyon', name: 'উদ্ভাবনী', kind: 'romanised' },
  { q: 'ক্ষুদ্র উন্নয়ন উদ্দোগ', name: 'উদ্যোগ', kind: 'misspelled' },
  { q: 'ভিডিও কনফারেনস', name: 'কনফারেন্স', kind: 'misspelled' },
  { q: 'network backbone', name: 'নেটওয়ার্ক', kind: 'romanised' },
  { q: 'masik shova', name: 'মাসিক সভা', kind: 'romanised' },
  { q: 'আইসিটি কমিটি মাসিক সবা', name: 'মাসিক সভা', kind: 'misspelled' },
  { q: 'protibedon preron', name: 'প্রতিবেদন', kind: 'romanised' },
  { q: 'প্রতিবেদন প্রেরন', name: 'প্রতিবেদন', kind: 'misspelled' },
  { q: 'workshop seminar', name: 'ওয়ার্কশপ', kind: 'romanised' },
  { q: 'কারিগরী সহায়তা', name: 'কারিগরি সহায়তা', kind: 'variant' },
  { q: 'সরকারী দপ্তর', name: 'দপ্তর', kind: 'variant' },
  { q: 'পরিদর্সন', name: 'পরিদর্শন', kind: 'misspelled' },
];

/** Queries made from the catalogue by the same seed: two or three words of a name, each misspelled. */
export function generatedQueries(seed: number, count = 20): Query[] {
  const rnd = prng(seed ^ 0x9e37);
  const names = catalogue(seed);
  const out: Query[] = [];
  while (out.length < count) {
    // Popular names are drawn as often as the generator draws them: squared uniform.
    const words = (names[Math.floor(rnd() * rnd() * names.length)]?.name ?? '').split(' ');
    const n = Math.min(words.length, 2 + Math.floor(rnd() * 2));
    const at = Math.floor(rnd() * (words.length - n + 1));
    const part = words.slice(at, at + n).map((w) => w.replace(/[/,।“”"()]/gu, ''));
    if (part.some((w) => [...w].length < 2)) continue;
    out.push({ q: part.map((w) => misspellWord(rnd, w)).join(' '), name: part.join(' '), kind: 'generated' });
  }
  return out;
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

export async function searchBench(database: Database, options: { seed: number; rounds: number }) {
  const queries = [...FIXED_QUERIES, ...generatedQueries(options.seed)];
  const times: number[] = [];
  const hits: Record<string, [number, number]> = {};
  const misses: string[] = [];
  for (const query of queries.slice(0, 3)) await searchServices(database.db, { q: query.q, limit: 10 }); // warm-up
  for (let round = 0; round < options.rounds; round++) {
    for (const query of queries) {
      const start = process.hrtime.bigint();
      const results = await searchServices(database.db, { q: query.q, limit: 10 });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      if (round > 0) continue;
      const found = results.some(
        (r) => foldWords(r.service.name).includes(foldWords(query.name)) && (!query.office || foldWords(r.office.nameBn).includes(foldWords(query.office))),
      );
      const tally = (hits[query.kind] ??= [0, 0]);
      tally[1]++;
      if (found) tally[0]++;
      else misses.push(`${query.q} → ${query.name}${query.office ? ` (${query.office})` : ''}`);
    }
  }
  times.sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(times, p));
  const total = Object.values(hits).reduce((a, [h, n]) => [a[0] + h, a[1] + n], [0, 0]);
  console.log(`search: searchServices (limit 10), ${queries.length} queries × ${options.rounds} rounds on ${database.kind}`);
  console.log(
    `  latency p50 ${p50?.toFixed(1)} ms, p95 ${p95?.toFixed(1)} ms, p99 ${p99?.toFixed(1)} ms (target p95 ≤ 50 ms) ${(p95 ?? Infinity) <= 50 ? 'MEETS' : 'BELOW'} target`,
  );
  console.log(`  recall@10 ${total[0]}/${total[1]} = ${((total[0] / total[1]) * 100).toFixed(1)}% (target ≥ 95%)`);
  for (const [kind, [h, n]] of Object.entries(hits)) console.log(`    ${kind}: ${h}/${n}`);
  for (const m of misses) console.log(`    missed: ${m}`);
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const memory = () => {
  const m = process.memoryUsage();
  return `RSS ${mib(m.rss)}, heap ${mib(m.heapUsed)}, external ${mib(m.external)}`;
};

export async function memoryBench(database: Database, options: { seed: number; requests: number }) {
  const now = new Date();
  const app = createApp({ db: database.db, now: () => now });
  const queries = [...FIXED_QUERIES, ...generatedQueries(options.seed)];
  const officeIds = await publishedOfficeIds(database.db, 1_000_000);
  const rnd = prng(options.seed ^ 0x3e3);
  console.log(`memory: ${options.requests} searches and ${options.requests} charter pages through createApp().request, on ${database.kind}`);
  console.log(`  at start: ${memory()}`);
  let start = Date.now();
  for (let i = 0; i < options.requests; i++) {
    const q = queries[i % queries.length]?.q ?? '';
    const res = await app.request(`/api/search?q=${encodeURIComponent(q)}`);
    await res.text();
  }
  const searchSeconds = (Date.now() - start) / 1000;
  console.log(`  after ${options.requests} searches (${(options.requests / searchSeconds).toFixed(0)}/s): ${memory()}`);
  if (!officeIds.length) {
    console.log('  no published charter: no pages rendered');
    return;
  }
  const distinct = new Set<number>();
  start = Date.now();
  for (let i = 0; i < options.requests; i++) {
    const id = officeIds[Math.floor(rnd() * officeIds.length)] ?? 0;
    distinct.add(id);
    const res = await app.request(`/offices/${id}/charter`);
    await res.text();
  }
  const pageSeconds = (Date.now() - start) / 1000;
  console.log(`  after ${options.requests} charter pages of ${distinct.size} offices (${(options.requests / pageSeconds).toFixed(0)}/s): ${memory()}`);
  globalThis.gc?.();
  console.log(`  after gc${globalThis.gc ? '' : ' (not exposed: node --expose-gc)'}: ${memory()}`);
}
