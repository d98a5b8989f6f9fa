// The national service search over the demo data: recall on a fixed set of misspelled, variant and romanised
// queries, the filters, the API's shape and the page. Runs on PGlite, and on PostgreSQL when DATABASE_URL is set.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { testDatabase } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { OPENAPI } from '../../http/openapi.ts';
import { DEMO_ACTOR, loadDemo } from '../demo/demo.service.ts';
import { createOffice, findOfficeByPortal, searchOffices } from '../offices/offices.service.ts';
import { searchServices } from './search.service.ts';
import { newDraft } from '../charters/new-draft.service.ts';
import { addService } from '../charters/editions.service.ts';
import { publishEdition } from '../charters/review.service.ts';
import { refreshSearchKeys } from './search.repo.ts';
import { offices, services } from '../../db/schema.ts';
import { eq, sql } from 'drizzle-orm';
import { officeSearchText } from './search-text.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
const ids: Record<string, number> = {};
const now = new Date('2026-01-10T06:00:00Z');

const PORTALS = {
  khulna: 'doict.khulna.gov.bd',
  debiganj: 'doict.debiganj.panchagarh.gov.bd',
  panchagarh: 'doict.panchagarh.gov.bd',
  habiganj: 'doict.habiganj.gov.bd',
  kushtia: 'doict.kushtia.gov.bd',
  rupsha: 'doict.rupsha.khulna.gov.bd',
  dumuria: 'doict.dumuria.khulna.gov.bd',
  batiaghata: 'doict.botiaghata.khulna.gov.bd',
  paikgachha: 'doict.paikgasa.khulna.gov.bd',
  lakhai: 'doict.lakhai.habiganj.gov.bd',
  koyra: 'doict.koyra.khulna.gov.bd',
} as const;
type Place = keyof typeof PORTALS;

before(async () => {
  database = await testDatabase();
  await loadDemo({ db: database.db, actor: DEMO_ACTOR, now }, fileURLToPath(new URL('../../../demo/seeds', import.meta.url)));
  for (const [key, portal] of Object.entries(PORTALS)) {
    const office = await findOfficeByPortal(database.db, portal);
    assert.ok(office, portal);
    ids[key] = office.id;
  }
  app = createApp({ db: database.db, now: () => now });
});
after(() => database.close());

/** Misspelled, variant and romanised queries, each with a service it must find (its name holds `name`). */
const SERVICE_QUERIES: { q: string; name: string; office?: Place }[] = [
  { q: 'প্রসিক্ষন', name: 'প্রশিক্ষণ' },
  { q: 'proshikkhon', name: 'প্রশিক্ষণ' },
  { q: 'proshikshan', name: 'প্রশিক্ষণ' },
  { q: 'প্রশিক্ষণ দেবীগঞ্জ', name: 'প্রশিক্ষণ', office: 'debiganj' },
  { q: 'proshikkhon Debigonj', name: 'প্রশিক্ষণ', office: 'debiganj' },
  { q: 'সাইবার নিরাপওা', name: 'সাইবার নিরাপত্তা' },
  { q: 'saibar nirapotta', name: 'সাইবার নিরাপত্তা' },
  { q: 'সাইবার নিরাপত্থা সচেতনথা', name: 'সাইবার নিরাপত্তা' },
  { q: 'কভিড ভেক্সিন', name: 'কোভিড' },
  { q: 'covid', name: 'কোভিড' },
  { q: 'vaksin', name: 'ভ্যাক্সিন' },
  { q: 'shurokkha totthyo shongshodhon', name: 'সুরক্ষা' },
  { q: 'iunion dijital sentar', name: 'ইউনিয়ন ডিজিটাল' },
  { q: 'ইউনিয়ন ডিজিটাল সেন্টার', name: 'ইউনিয়ন ডিজিটাল' },
  { q: 'digital lab', name: 'ডিজিটাল ল্যাব' },
  { q: 'web portal halnagad', name: 'হালনাগাদ' },
  { q: 'e-nothi', name: 'ই-নথি' },
  { q: 'barshik kormoshompadon chukti', name: 'বার্ষিক' },
  { q: 'বার্সিক কর্মসম্পাদন চুক্তী', name: 'বার্ষিক' },
  { q: 'shuddhachar koushol', name: 'শুদ্ধাচার' },
  { q: 'সুদ্ধাচার', name: 'শুদ্ধাচার' },
  { q: 'udbhaboni khudro unnoyon', name: 'উদ্ভাবনী' },
  { q: 'ক্ষুদ্র উন্নয়ন উদ্দোগ', name: 'উদ্যোগ' },
  { q: 'zoom conference', name: 'কনফারেন্স', office: 'khulna' },
  { q: 'ভিডিও কনফারেনস', name: 'কনফারেন্স', office: 'khulna' },
  { q: 'network backbone', name: 'নেটওয়ার্ক' },
  { q: 'masik shova', name: 'মাসিক সভা' },
  { q: 'আইসিটি কমিটি মাসিক সবা', name: 'মাসিক সভা' },
  { q: 'protibedon preron', name: 'প্রতিবেদন' },
  { q: 'প্রতিবেদন প্রেরন', name: 'প্রতিবেদন' },
  { q: 'workshop seminar', name: 'ওয়ার্কশপ' },
  { q: 'dibosh udjapon', name: 'দিবস' },
  { q: 'karigori sohayota', name: 'কারিগরি সহায়তা' },
  { q: 'bekar jubok', name: 'বেকার যুবক' },
  { q: 'outsourcing', name: 'আউটসোর্সিং' },
  { q: 'chatro chatri programming', name: 'প্রোগ্রামিং' },
  { q: 'প্রকল্পের তথ্য', name: 'প্রকল্পের' },
  { q: 'upojela karjaloy poridorshon', name: 'পরিদর্শন' },
  { q: 'সরকারী অফিস অনলাইন', name: 'অনলাইন' },
  { q: 'পন্য ক্রয়', name: 'ক্রয়ের' },
];

/** Offices found by the home page's search, misspelled or in English letters. */
const OFFICE_QUERIES: { q: string; office: Place }[] = [
  { q: 'Debigonj', office: 'debiganj' },
  { q: 'দেবিগঞ্জ', office: 'debiganj' },
  { q: 'দেবীগন্জ', office: 'debiganj' },
  { q: 'ponchogor', office: 'panchagarh' },
  { q: 'hobiganj', office: 'habiganj' },
  { q: 'কুস্টিয়া', office: 'kushtia' },
  { q: 'রুপসা', office: 'rupsha' },
  { q: 'dumuriya', office: 'dumuria' },
  { q: 'botiaghata', office: 'batiaghata' },
  { q: 'paikgacha', office: 'paikgachha' },
  { q: 'lakhai', office: 'lakhai' },
  { q: 'কয়রা', office: 'koyra' },
];

test('recall@10 on misspelled, variant and romanised queries is at least 0.95', async () => {
  const misses: string[] = [];
  for (const c of SERVICE_QUERIES) {
    const top = await searchServices(database.db, { q: c.q, limit: 10 });
    const hit = top.some((r) => r.service.name.includes(c.name) && (!c.office || r.office.id === ids[c.office]));
    if (!hit) misses.push(`${c.q} → ${top.map((r) => r.service.name.slice(0, 30)).join(' / ')}`);
  }
  if (process.env.SEARCH_REPORT) console.log({ misses });
  for (const c of OFFICE_QUERIES) {
    const top = (await searchOffices(database.db, c.q, 10)).map((o) => o.id);
    if (!top.includes(ids[c.office] ?? -1)) misses.push(`office ${c.q}`);
  }
  const total = SERVICE_QUERIES.length + OFFICE_QUERIES.length;
  const recall = (total - misses.length) / total;
  assert.ok(total >= 30);
  assert.ok(recall >= 0.95, `recall@10 ${recall.toFixed(3)}; missed:\n${misses.join('\n')}`);
});

test('the best match comes first, and the office named in the query lifts its services', async () => {
  const [first] = await searchServices(database.db, { q: 'সাইবার নিরাপত্তা' });
  assert.ok(first?.service.name.startsWith('সাইবার নিরাপত্তা'));
  const debiganj = await searchServices(database.db, { q: 'প্রশিক্ষণ দেবীগঞ্জ', limit: 5 });
  assert.ok(debiganj.every((r) => r.office.id === ids.debiganj));
  assert.deepEqual(await searchServices(database.db, { q: '  ' }), []);
  assert.deepEqual(await searchServices(database.db, { q: 'zzqqxx' }), []);
});

test('filters: division, district, upazila, office level, service group', async () => {
  const q = 'প্রশিক্ষণ';
  const all = await searchServices(database.db, { q, limit: 50 });
  assert.ok(new Set(all.map((r) => r.office.id)).size === 2);
  const rangpur = await searchServices(database.db, { q, division: '55', limit: 50 });
  assert.ok(rangpur.length > 0 && rangpur.every((r) => r.office.id === ids.debiganj));
  const khulnaDivision = await searchServices(database.db, { q, division: '৪০', limit: 50 });
  assert.ok(khulnaDivision.length > 0 && khulnaDivision.every((r) => r.office.id === ids.khulna));
  assert.deepEqual(await searchServices(database.db, { q, division: '60' }), []);
  const district = await searchServices(database.db, { q, district: '77', limit: 50 });
  assert.ok(district.length > 0 && district.every((r) => r.office.id === ids.debiganj));
  const upazila = await searchServices(database.db, { q, upazila: '7734', limit: 50 });
  assert.deepEqual(
    upazila.map((r) => r.office.id),
    district.map((r) => r.office.id),
  );
  const level = await searchServices(database.db, { q, level: 'district', limit: 50 });
  assert.ok(level.length > 0 && level.every((r) => r.office.id === ids.khulna));
  const internal = await searchServices(database.db, { q, category: 'internal', limit: 50 });
  assert.ok(internal.length > 0 && internal.every((r) => r.service.category === 'internal'));
  // a filter that does not parse is left out: the search never fails
  assert.equal((await searchServices(database.db, { q, level: 'planet', division: 'x', limit: 50 })).length, all.length);
});

test('only the latest published edition of each office is searched, and each result links to its row', async () => {
  const results = await searchServices(database.db, { q: 'প্রশিক্ষণ', limit: 50 });
  const published = await database.db.select({ id: services.id }).from(services);
  assert.ok(results.every((r) => published.some((p) => p.id === r.service.id)));
  const r = results[0];
  assert.ok(r);
  assert.match(r.url, new RegExp(`^/offices/${r.office.id}/charter#service-\\d+$`));
  const page = await (await app.request(r.url.replace(/#.*/, ''))).text();
  const anchor = r.url.split('#')[1] ?? '';
  const row = page.slice(page.indexOf(`id="${anchor}"`), page.indexOf('</tr>', page.indexOf(`id="${anchor}"`)));
  assert.ok(row.includes(r.service.name), `row ${anchor} holds ${r.service.name}`);
});

test('GET /api/search answers {results: [{service, office, url}]}, best first, and is described', async () => {
  const res = await app.request('/api/search?q=proshikkhon&category=citizen');
  assert.equal(res.status, 200);
  const body = (await res.json()) as { results: { service: Record<string, unknown>; office: { id: number; name: string }; url: string }[] };
  assert.ok(body.results.length > 0);
  const [first] = body.results;
  assert.ok(first);
  assert.deepEqual(Object.keys(first.service).sort(), ['category', 'fee', 'name', 'serial', 'timeLimit']);
  assert.equal(first.service.category, 'citizen');
  assert.equal(typeof first.office.id, 'number');
  assert.equal(typeof first.office.name, 'string');
  assert.ok(first.url.startsWith(`/offices/${first.office.id}/charter#service-`));
  assert.ok(Object.keys(first.service.fee as object).includes('kind'));
  assert.ok(Object.keys(first.service.timeLimit as object).includes('workingDays'));
  const empty = (await (await app.request('/api/search')).json()) as { results: unknown[] };
  assert.deepEqual(empty.results, []);
  assert.ok('/api/search' in OPENAPI.paths);
});

test('the search page works without JavaScript, in both languages', async () => {
  const res = await app.request('/search?q=%E0%A6%AA%E0%A7%8D%E0%A6%B0%E0%A6%B8%E0%A6%BF%E0%A6%95%E0%A7%8D%E0%A6%B7%E0%A6%A8&district=77');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<form class="search" method="get" action="\/search" role="search">/);
  assert.match(html, /<label for="q">/);
  assert.match(html, new RegExp(`href="/offices/${ids.debiganj}/charter#service-\\d+"`));
  assert.match(html, /<option value="77" selected="">/);
  assert.ok(!html.includes(`href="/offices/${ids.khulna}/charter#`));
  const blank = await (await app.request('/search')).text();
  assert.ok(!blank.includes('id="results-h"'));
  const en = await (await app.request('/search?q=covid&lang=en')).text();
  assert.match(en, /Find a service/);
  assert.match(en, /<a href="\/offices\/\d+\/charter#service-\d+" lang="bn">/);
  const home = await (await app.request('/')).text();
  assert.match(home, /href="\/search"/);
});

test('keys emptied by a migration are made again when the database is opened', async () => {
  const before = await database.db.select({ id: services.id, key: services.searchText }).from(services);
  // the published rows are frozen, but their search key alone may change
  await database.db.update(services).set({ searchText: '' });
  assert.ok((await refreshSearchKeys(database.db)) >= before.length);
  const again = await database.db.select({ id: services.id, key: services.searchText }).from(services);
  assert.deepEqual(
    again.sort((a, b) => a.id - b.id),
    before.sort((a, b) => a.id - b.id),
  );
  await assert.rejects(database.db.update(services).set({ name: 'changed' }));
});

/** The search index (kept by triggers) holds exactly what the tables say, with its counts right. */
async function assertIndexTrue() {
  const rows = async (q: ReturnType<typeof sql>) => ((await database.db.execute(q)) as unknown as { rows: Record<string, unknown>[] }).rows;
  const wrong = await rows(sql`
    with expected as (
      select s.id, c.office_id, s.category, s.position, split_part(s.search_text, ' | ', 1) as name_key,
             o.district_code, o.upazila_code, o.level,
             array(select distinct w from unnest(string_to_array(split_part(s.search_text, ' | ', 2), ' ')) w where w <> '' order by 1) as rest
      from services s join charter_editions e on e.id = s.edition_id join charters c on c.id = e.charter_id
      join offices o on o.id = c.office_id
      where e.status = 'published'
        and e.number = (select max(e2.number) from charter_editions e2 where e2.charter_id = e.charter_id and e2.status = 'published')),
    actual as (
      select x.service_id as id, x.office_id, x.category, x.position, n.key as name_key, x.district_code, x.upazila_code, x.level,
             array(select w.word from search_words w where w.id = any (x.rest_words) order by 1) as rest
      from search_entries x join search_names n on n.id = x.name_id)
    (select 'missing' as what, * from (select * from expected except select * from actual) a)
    union all
    (select 'extra', * from (select * from actual except select * from expected) b)`);
  assert.deepEqual(wrong, []);
  // every office's words are its key's; every name is some entry's
  const offWords = await rows(sql`
    select o.id from offices o left join search_offices so on so.office_id = o.id
    where coalesce(array(select w.word from search_words w where w.id = any (so.words) order by 1), '{}')
      is distinct from array(select distinct w from unnest(string_to_array(split_part(o.search_text, ' | ', 1), ' ')) w where w <> '' order by 1)`);
  assert.deepEqual(offWords, []);
  const deadNames = await rows(sql`select n.key from search_names n where not exists (select 1 from search_entries e where e.name_id = n.id)`);
  assert.deepEqual(deadNames, []);
  const counts = await rows(sql`
    select w.word, w.office_count, w.rest_count,
      (select count(*) from search_offices so where so.words @> array[w.id])::int as offices,
      (select count(*) from search_entries x where x.rest_words @> array[w.id])::int as rest
    from search_words w`);
  const off = counts.filter((c) => Number(c.office_count) !== Number(c.offices) || Number(c.rest_count) !== Number(c.rest));
  assert.deepEqual(off, []);
  const [entries] = await rows(sql`select count(*)::int as n from search_entries`);
  assert.ok(Number(entries?.n) > 0);
}

test('the search index follows every write: a new name, a new place, new keys, a new edition', async () => {
  await assertIndexTrue();
  const id = ids.khulna ?? 0;
  const [office] = await database.db.select().from(offices).where(eq(offices.id, id));
  assert.ok(office);
  const nameBn = 'কপোতাক্ষতীর তথ্য কার্যালয়';
  await database.db
    .update(offices)
    .set({ nameBn, searchText: officeSearchText({ nameBn, nameEn: office.nameEn }) })
    .where(eq(offices.id, id));
  await database.db.update(offices).set({ districtCode: '77' }).where(eq(offices.id, id));
  await assertIndexTrue();
  const found = await searchServices(database.db, { q: 'কপোতাক্ষতীর', district: '77', limit: 50 });
  assert.ok(found.length > 0 && found.every((r) => r.office.id === id), 'the renamed, moved office is found by its new name and place');
  await database.db.update(offices).set({ nameBn: office.nameBn, districtCode: office.districtCode, searchText: office.searchText }).where(eq(offices.id, id));
  await assertIndexTrue();
  // a second edition with a new service, published: its services replace the first's in the index
  const ctx = { db: database.db, actor: DEMO_ACTOR, now };
  const draft = await newDraft(ctx, { officeId: id });
  await addService(ctx, { editionId: draft.editionId, service: { category: 'citizen', name: 'ঝিনুকমালা হস্তশিল্প প্রদর্শনী' } });
  assert.deepEqual(await searchServices(database.db, { q: 'ঝিনুকমালা' }), [], 'a draft is not searched');
  await publishEdition(ctx, { editionId: draft.editionId, override: 'test' });
  await assertIndexTrue();
  const [hit] = await searchServices(database.db, { q: 'jhinukmala' });
  assert.equal(hit?.office.id, id);
  assert.equal(hit?.service.name, 'ঝিনুকমালা হস্তশিল্প প্রদর্শনী');
});

test('a filter holds on the office side too: services found by their office name come from the filtered place, however many offices elsewhere share the name', async () => {
  const ctx = { db: database.db, actor: DEMO_ACTOR, now };
  const add = async (district: string, n: number) => {
    const office = await createOffice(ctx, {
      parentId: ids.khulna ?? null,
      level: 'upazila',
      nameBn: `ঝিনুকপুর উপজেলা কার্যালয় ${n}`,
      nameEn: `Jhinukpur Upazila Office ${n}`,
      districtCode: district,
      upazilaCode: `${district}${String(n).padStart(2, '0')}`,
    });
    const draft = await newDraft(ctx, { officeId: office.id });
    await addService(ctx, { editionId: draft.editionId, service: { category: 'citizen', name: 'নদীতীর রক্ষণাবেক্ষণ তথ্য' } });
    await publishEdition(ctx, { editionId: draft.editionId, override: 'test' });
    return office.id;
  };
  // more offices than the search takes as "best offices" (20), all before the one in the filtered district
  for (let n = 1; n <= 24; n++) await add('47', n);
  const wanted = await add('55', 99);
  const found = await searchServices(database.db, { q: 'ঝিনুকপুর', district: '55', limit: 10 });
  assert.deepEqual(
    found.map((r) => r.office.id),
    [wanted],
  );
  const everywhere = await searchServices(database.db, { q: 'ঝিনুকপুর', limit: 50 });
  assert.ok(everywhere.length >= 20 && everywhere.every((r) => r.office.nameBn.startsWith('ঝিনুকপুর')));
  await assertIndexTrue();
});
