// A deterministic national data set for the benchmarks: offices in ministry trees (ministries → divisions →
// districts → upazilas → unions), each with a published charter whose services are named from the words of
// the seed charters' services, some misspelled the way typists do (the confusions bangla/fold.ts folds).
// The same seed and sizes give the same rows on every machine; the search keys are the product's own.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../src/db/client.ts';
import { charters, editions, offices, services } from '../src/db/schema.ts';
import { importText } from '../src/importer/text.ts';
import { fiscalQuarterOf } from '../src/calendar/fiscal.ts';
import { serviceSearchText } from '../src/modules/charters/charters.mapping.ts';
import { officeSearchText } from '../src/modules/search/search-text.ts';
import { DIVISIONS } from '../src/modules/search/divisions.ts';
import { progressBar } from '../src/cli/progress.ts';
import { prng } from '../test/helpers/prng.ts';

const SEEDS = fileURLToPath(new URL('../demo/seeds/', import.meta.url));
const SEED_FILES = ['charter-district-khulna.txt', 'charter-upazila-debiganj.txt'];

export type Random = () => number;
const pick = <T>(rnd: Random, list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T;

/** The seed charters' services: their names, channels and documents, as the importer reads them. */
export interface SeedService {
  category: 'citizen' | 'institutional' | 'internal';
  name: string;
  channels: string[];
  documents: string;
}

let seedCache: SeedService[] | null = null;
export function seedServices(): SeedService[] {
  if (seedCache) return seedCache;
  const seen = new Set<string>();
  seedCache = [];
  for (const file of SEED_FILES) {
    for (const s of importText(readFileSync(`${SEEDS}${file}`, 'utf8')).services) {
      if (seen.has(s.name)) continue;
      seen.add(s.name);
      seedCache.push({ category: s.category, name: s.name, channels: s.channels, documents: s.documents });
    }
  }
  return seedCache;
}

const BANGLA_WORD = /^[\u0980-\u09FF][\u0980-\u09FF-]*$/u;

/** The Bangla words of the seed services' names, each once, in the order met. */
export function seedVocabulary(): string[] {
  const words = new Set<string>();
  for (const s of seedServices()) for (const w of s.name.split(/[\s/,।“”"()]+/u)) if (BANGLA_WORD.test(w) && [...w].length > 1) words.add(w);
  return [...words];
}

/** The last words of the seed names ("প্রদান", "আয়োজন", "বাস্তবায়ন" ...): what a synthetic name ends with. */
function endings(): string[] {
  const out = new Set<string>();
  for (const s of seedServices()) {
    const last = s.name.split(/\s+/u).at(-1)?.replace(/[।]/gu, '');
    if (last && BANGLA_WORD.test(last)) out.add(last);
  }
  return [...out];
}

/**
 * The national catalogue of service names (correctly spelled): every seed name, then synthetic names of two
 * to five seed words and an ending. Offices draw from it, the popular names more often.
 */
export function catalogue(seed: number, size = 400): SeedService[] {
  const rnd = prng(seed ^ 0x5eed);
  const vocab = seedVocabulary();
  const ends = endings();
  const seeds = seedServices();
  const names = new Set(seeds.map((s) => s.name));
  const out = [...seeds];
  while (out.length < seeds.length + size) {
    const n = 2 + Math.floor(rnd() * 4);
    const words: string[] = [];
    while (words.length < n) {
      const w = pick(rnd, vocab);
      if (!words.includes(w)) words.push(w);
    }
    const name = `${words.join(' ')} ${pick(rnd, ends)}`;
    if (names.has(name)) continue;
    names.add(name);
    const like = pick(rnd, seeds);
    out.push({ category: like.category, name, channels: like.channels, documents: like.documents });
  }
  return out;
}

/** The confusions bangla/fold.ts folds, each way: a typist writes one for the other. */
const CONFUSIONS: ReadonlyArray<readonly [string, string]> = [
  ['\u09C0', '\u09BF'], // ী ি
  ['\u09BF', '\u09C0'],
  ['\u09C2', '\u09C1'], // ূ ু
  ['\u09C1', '\u09C2'],
  ['\u09B6', '\u09B8'], // শ স
  ['\u09B7', '\u09B8'], // ষ স
  ['\u09B8', '\u09B6'],
  ['\u09B7', '\u09B6'],
  ['\u09A3', '\u09A8'], // ণ ন
  ['\u09A8', '\u09A3'],
  ['\u09A1\u09BC', '\u09B0'], // ড় র (NFC keeps ড় as ড + nukta)
  ['\u09DC', '\u09B0'],
];

/** One word misspelled: one confusion it has room for, at one place; the word itself when it has none. */
export function misspellWord(rnd: Random, word: string): string {
  const options = CONFUSIONS.filter(([from]) => word.includes(from));
  if (!options.length) return word;
  const [from, to] = pick(rnd, options);
  const places: number[] = [];
  for (let i = word.indexOf(from); i >= 0; i = word.indexOf(from, i + 1)) places.push(i);
  const at = pick(rnd, places);
  return word.slice(0, at) + to + word.slice(at + from.length);
}

/** A text as a careless typist writes it: each word misspelled with probability `rate`. */
export function misspell(rnd: Random, text: string, rate: number): string {
  return text
    .split(' ')
    .map((w) => (rnd() < rate ? misspellWord(rnd, w) : w))
    .join(' ');
}

// Office names: ministries and departments with a field office at every level, places by BBS geocode
// (the 64 real districts; upazilas and unions named from syllables, both scripts).
const MINISTRIES: ReadonlyArray<readonly [string, string]> = [
  ['তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর', 'Department of ICT'],
  ['কৃষি সম্প্রসারণ অধিদপ্তর', 'Department of Agricultural Extension'],
  ['স্বাস্থ্য অধিদপ্তর', 'Directorate General of Health Services'],
  ['ভূমি মন্ত্রণালয়', 'Ministry of Land'],
  ['সমাজসেবা অধিদফতর', 'Department of Social Services'],
  ['যুব উন্নয়ন অধিদপ্তর', 'Department of Youth Development'],
  ['মহিলা বিষয়ক অধিদপ্তর', 'Department of Women Affairs'],
  ['সমবায় অধিদপ্তর', 'Department of Cooperatives'],
  ['মৎস্য অধিদপ্তর', 'Department of Fisheries'],
  ['প্রাণিসম্পদ অধিদপ্তর', 'Department of Livestock Services'],
  ['প্রাথমিক শিক্ষা অধিদপ্তর', 'Directorate of Primary Education'],
  ['স্থানীয় সরকার প্রকৌশল অধিদপ্তর', 'Local Government Engineering Department'],
  ['পল্লী উন্নয়ন বোর্ড', 'Bangladesh Rural Development Board'],
  ['জনস্বাস্থ্য প্রকৌশল অধিদপ্তর', 'Department of Public Health Engineering'],
  ['পরিবার পরিকল্পনা অধিদপ্তর', 'Directorate General of Family Planning'],
  ['বন অধিদপ্তর', 'Forest Department'],
];
const HEADS: ReadonlyArray<readonly [string, string]> = [
  ['দেবী', 'Debi'],
  ['রূপ', 'Rup'],
  ['শিব', 'Shib'],
  ['লক্ষ্মী', 'Lakshmi'],
  ['ফুল', 'Phul'],
  ['কালী', 'Kali'],
  ['সোনা', 'Sona'],
  ['রাম', 'Ram'],
  ['চন্দন', 'Chandan'],
  ['গোপাল', 'Gopal'],
  ['নবাব', 'Nawab'],
  ['বীর', 'Bir'],
  ['মধু', 'Madhu'],
  ['তারা', 'Tara'],
  ['হরি', 'Hari'],
  ['শ্যাম', 'Shyam'],
];
const TAILS: ReadonlyArray<readonly [string, string]> = [
  ['গঞ্জ', 'ganj'],
  ['পুর', 'pur'],
  ['হাট', 'hat'],
  ['নগর', 'nagar'],
  ['বাড়ী', 'bari'],
  ['খালী', 'khali'],
  ['ডাঙ্গা', 'danga'],
  ['চর', 'char'],
  ['পাড়া', 'para'],
];
const place = (i: number) => {
  const [hb, he] = HEADS[i % HEADS.length] as readonly [string, string];
  const [tb, te] = TAILS[Math.floor(i / HEADS.length) % TAILS.length] as readonly [string, string];
  const n = Math.floor(i / (HEADS.length * TAILS.length));
  return { bn: `${hb}${tb}${n ? ` ${n + 1}` : ''}`, en: `${he}${te}${n ? ` ${n + 1}` : ''}` };
};

export interface OfficeRow {
  key: number;
  parentKey: number | null;
  level: 'headquarters' | 'division' | 'district' | 'upazila' | 'other';
  nameBn: string;
  nameEn: string;
  districtCode: string | null;
  upazilaCode: string | null;
}

/** The ministry trees, breadth first per ministry (a parent before its children), `total` offices in all. */
export function officeTree(total: number): OfficeRow[] {
  const perMinistry = 1 + DIVISIONS.length + 64 + 64 * 8 + 64 * 8 * 9; // about the real country
  const ministries = Math.max(1, Math.ceil(total / perMinistry));
  const rows: OfficeRow[] = [];
  for (let m = 0; m < ministries && rows.length < total; m++) {
    const [mb, me] = MINISTRIES[m % MINISTRIES.length] as readonly [string, string];
    const round = Math.floor(m / MINISTRIES.length);
    const [deptBn, deptEn] = round ? [`${mb} (${round + 1})`, `${me} (${round + 1})`] : [mb, me];
    const share = Math.ceil(total / ministries);
    const mine: OfficeRow[] = [];
    const add = (r: Omit<OfficeRow, 'key'>) => {
      if (mine.length >= share || rows.length + mine.length >= total) return null;
      const row = { ...r, key: rows.length + mine.length };
      mine.push(row);
      return row;
    };
    const hq = add({
      parentKey: null,
      level: 'headquarters',
      nameBn: `${deptBn}, প্রধান কার্যালয়`,
      nameEn: `${deptEn}, Headquarters`,
      districtCode: null,
      upazilaCode: null,
    });
    if (!hq) break;
    // Level by level, so that a truncated tree is a complete top with a partial bottom.
    const divs = DIVISIONS.map((d) => ({
      d,
      row: add({
        parentKey: hq.key,
        level: 'division',
        nameBn: `${deptBn}, বিভাগীয় কার্যালয়, ${d.bn}`,
        nameEn: `${deptEn}, Divisional Office, ${d.en}`,
        districtCode: null,
        upazilaCode: null,
      }),
    }));
    const dists = divs.flatMap(({ d, row }) =>
      row
        ? d.districts.map((x) => ({
            x,
            row: add({
              parentKey: row.key,
              level: 'district',
              nameBn: `${deptBn}, জেলা কার্যালয়, ${x.bn}`,
              nameEn: `${deptEn}, District Office, ${x.en}`,
              districtCode: x.code,
              upazilaCode: null,
            }),
          }))
        : [],
    );
    let p = 0;
    const upas = dists.flatMap(({ x, row }) =>
      row
        ? Array.from({ length: 8 }, (_, i) => {
            const n = place(p++);
            const upazilaCode = `${x.code}${String(i + 1).padStart(2, '0')}`;
            return {
              n,
              upazilaCode,
              x,
              row: add({
                parentKey: row.key,
                level: 'upazila',
                nameBn: `${deptBn}, উপজেলা কার্যালয়, ${n.bn}, ${x.bn}`,
                nameEn: `${deptEn}, Upazila Office, ${n.en}, ${x.en}`,
                districtCode: x.code,
                upazilaCode,
              }),
            };
          })
        : [],
    );
    for (const u of upas) {
      if (!u.row) continue;
      for (let i = 0; i < 9; i++) {
        const n = place(p++);
        add({
          parentKey: u.row.key,
          level: 'other',
          nameBn: `${deptBn}, ইউনিয়ন কার্যালয়, ${n.bn}, ${u.n.bn}`,
          nameEn: `${deptEn}, Union Office, ${n.en}, ${u.n.en}`,
          districtCode: u.x.code,
          upazilaCode: u.upazilaCode,
        });
      }
    }
    rows.push(...mine);
  }
  return rows;
}

export interface NationalOptions {
  offices: number;
  servicesPerOffice: number;
  seed: number;
  /** the share of words a typist misspells */
  misspellRate: number;
  now: Date;
}

export const NATIONAL_DEFAULTS: NationalOptions = { offices: 60_000, servicesPerOffice: 25, seed: 1, misspellRate: 0.15, now: new Date() };

/** The services of one office: the catalogue drawn with popular names first (squared uniform), no name twice. */
export function officeServices(rnd: Random, names: readonly SeedService[], count: number, rate: number) {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, names.length)) chosen.add(Math.floor(rnd() * rnd() * names.length));
  return [...chosen].map((i, position) => {
    const s = names[i] as SeedService;
    const fee =
      rnd() < 0.8
        ? { feeKind: 'free', feeAmountTaka: null, feeText: 'বিনামূল্যে' }
        : { feeKind: 'amount', feeAmountTaka: 10 * (1 + Math.floor(rnd() * 50)), feeText: '' };
    const days = 1 + Math.floor(rnd() * 30);
    return {
      category: s.category,
      position: position + 1,
      serial: position + 1,
      name: misspell(rnd, s.name, rate),
      channels: s.channels,
      documents: misspell(rnd, s.documents, rate / 2),
      ...fee,
      paymentMethod: null,
      timeImmediate: false,
      timeWorkingDays: days,
      timeText: `${days} কর্মদিবস`,
      remarks: '',
    };
  });
}

const chunks = <T>(list: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));

/** Writes the data set into an empty database; returns what it wrote. */
export async function seedNational(db: Db, options: NationalOptions): Promise<{ offices: number; services: number; seconds: number }> {
  const started = Date.now();
  const tree = officeTree(options.offices);
  const names = catalogue(options.seed);
  const rnd = prng(options.seed);
  const { startYear, quarter } = fiscalQuarterOf(options.now.toISOString().slice(0, 10));
  const OFFICE_BATCH = 1000;
  const CHARTER_BATCH = Math.max(1, Math.floor(2000 / Math.max(1, options.servicesPerOffice)));
  const bar = progressBar(Math.ceil(tree.length / OFFICE_BATCH) + Math.ceil(tree.length / CHARTER_BATCH));

  // Offices: a parent is always in an earlier batch or earlier in its own (the path trigger reads it).
  const ids = new Map<number, number>();
  for (const batch of chunks(tree, OFFICE_BATCH)) {
    // Rows of one batch whose parent is in the same batch go in a later statement, level by level.
    let pending = batch;
    while (pending.length) {
      const ready = pending.filter((r) => r.parentKey === null || ids.has(r.parentKey));
      pending = pending.filter((r) => !(r.parentKey === null || ids.has(r.parentKey)));
      const values = ready.map((r) => ({
        parentId: r.parentKey === null ? null : (ids.get(r.parentKey) ?? null),
        level: r.level,
        nameBn: r.nameBn,
        nameEn: r.nameEn,
        districtCode: r.districtCode,
        upazilaCode: r.upazilaCode,
        searchText: officeSearchText(r),
      }));
      const inserted = await db.insert(offices).values(values).returning({ id: offices.id });
      ready.forEach((r, i) => ids.set(r.key, inserted[i]?.id ?? 0));
    }
    bar.tick(`offices ${ids.size}`);
  }

  // Charters: one published edition each, its services inserted while it is a draft (the freeze trigger).
  let serviceCount = 0;
  for (const batch of chunks(tree, CHARTER_BATCH)) {
    await db.transaction(async (tx) => {
      const cs = await tx
        .insert(charters)
        .values(batch.map((r) => ({ officeId: ids.get(r.key) ?? 0 })))
        .returning({ id: charters.id });
      const es = await tx
        .insert(editions)
        .values(
          cs.map((c) => ({
            charterId: c.id,
            number: 1,
            fiscalYear: startYear,
            quarter,
            status: 'draft',
            vision: 'সকলের জন্য সেবা',
            mission: 'দ্রুত ও স্বচ্ছ সেবা প্রদান',
          })),
        )
        .returning({ id: editions.id });
      const rows = es.flatMap((e) =>
        officeServices(rnd, names, options.servicesPerOffice, options.misspellRate).map((s) => ({ ...s, editionId: e.id, searchText: serviceSearchText(s) })),
      );
      for (const part of chunks(rows, 2000)) await tx.insert(services).values(part);
      serviceCount += rows.length;
      await tx
        .update(editions)
        .set({ status: 'published', publishedAt: options.now, issueDate: options.now.toISOString().slice(0, 10) })
        .where(
          inArray(
            editions.id,
            es.map((e) => e.id),
          ),
        );
    });
    bar.tick(`services ${serviceCount}`);
  }
  bar.done();
  await db.execute(sql`analyze`);
  return { offices: tree.length, services: serviceCount, seconds: (Date.now() - started) / 1000 };
}

/** True when the database holds no office (the generator writes only into an empty one). */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: offices.id }).from(offices).limit(1);
  return !row;
}

/** Published charters' office ids, for page renders. */
export async function publishedOfficeIds(db: Db, limit: number): Promise<number[]> {
  const rows = await db
    .select({ id: charters.officeId })
    .from(charters)
    .innerJoin(editions, eq(editions.charterId, charters.id))
    .where(eq(editions.status, 'published'))
    .orderBy(charters.officeId)
    .limit(limit);
  return rows.map((r) => r.id);
}
