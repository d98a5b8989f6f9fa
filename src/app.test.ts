import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../test/helpers/db.ts';
import { buildCharter, buildPerson, buildService, buildTree, operatorCtx, type Tree } from '../test/helpers/factories.ts';
import type { Database } from './db/client.ts';
import { charterSchema } from './charter/model.ts';
import { importDraft } from './modules/charters/charters.service.ts';
import { publishEdition } from './modules/charters/review.service.ts';
import { addUser, createToken } from './modules/accounts/accounts.service.ts';
import { createApp } from './app.tsx';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
let draftId = 0;
const now = new Date('2025-06-05T04:00:00Z');

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  const charter = buildCharter({
    services: [
      buildService({
        superior: buildPerson({
          name: 'মোঃ শাকিল হোসেন',
          designation: 'প্রোগ্রামার',
          districtCode: '77',
          phones: ['+8801717447709'],
          emails: ['shakil7709@gmail.com'],
        }),
      }),
      buildService({
        category: 'institutional',
        serial: 7,
        name: 'বিভিন্ন প্রতিবেদন/ তথ্য প্রেরণ',
        timeLimit: { immediate: false, workingDays: 3, text: '৩ কার্যদিবস/ চাহিদা অনুযায়ী' },
      }),
    ],
  });
  const ctx = operatorCtx(database.db, now);
  const { editionId } = await importDraft(ctx, { officeId: tree.upazila.id, charter, sourceName: 't' });
  await publishEdition(ctx, { editionId });
  const draft = await importDraft(ctx, {
    officeId: tree.upazila.id,
    sourceName: 'draft.txt',
    charter: {
      ...charter,
      services: charter.services.map((s, i) => (i === 1 ? { ...s, remarks: 'সেবা না পেলে প্রতিকার: উপজেলা নির্বাহী অফিসার বরাবর আবেদন' } : s)),
      findings: [
        {
          severity: 'warning',
          code: 'time-limit.no-number',
          params: { text: 'তাৎক্ষণিক/ কার্যদিবস' },
          location: { section: '2.2', row: 7, column: 6, line: null },
        },
        { severity: 'error', code: 'vision.missing', params: {}, location: { section: '1', row: null, column: null, line: null } },
        {
          severity: 'warning',
          code: 'designation.renamed',
          params: { from: 'সহকারী প্রোগ্রামার', to: 'উপজেলা আইসিটি অফিসার' },
          location: { section: '2.1', row: 1, column: 7, line: null },
          fix: {
            path: ['services', 0, 'responsible', 'designation'],
            value: 'উপজেলা আইসিটি অফিসার',
            label: { key: 'write-quoted', params: { value: 'উপজেলা আইসিটি অফিসার' } },
          },
        },
      ],
    },
  });
  draftId = draft.editionId;
  await addUser(ctx, { officeId: tree.upazila.id, email: 'editor@debiganj.test', password: 'a-long-password', roles: ['editor'] });
  editorToken = (await createToken(ctx, { email: 'editor@debiganj.test' })).token;
  app = createApp({ db: database.db, now: () => now });
});
after(() => database.close());

const get = (path: string, headers: Record<string, string> = {}) => app.request(path, { headers });
let editorToken = '';
const asEditor = (path: string) => get(path, { authorization: `Bearer ${editorToken}` });

test('home: Bangla by default, the office tree, and a search form that works without JavaScript', async () => {
  const res = await get('/');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<html lang="bn">/);
  assert.match(html, /উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়/);
  assert.match(html, /<form[^>]*method="get"[^>]*action="\/"/);
  assert.match(html, new RegExp(`href="/offices/${tree.upazila.id}"`));
});

test('search by name lists the matching offices, counted in Bengali digits', async () => {
  const html = await (await get(`/?q=${encodeURIComponent('দেবীগঞ্জ')}`)).text();
  assert.match(html, /১টি দপ্তর পাওয়া গেছে/);
  const none = await (await get('/?q=zzzz')).text();
  assert.match(none, /কোনো দপ্তর পাওয়া যায়নি/);
});

test('a hostile search string is escaped, not run', async () => {
  const html = await (await get(`/?q=${encodeURIComponent('<script>alert(1)</script>')}`)).text();
  assert.ok(!html.includes('<script>alert(1)</script>'));
  assert.match(html, /&lt;script&gt;/);
});

test('?lang=en switches the interface to English and remembers it', async () => {
  const res = await get('/?lang=en');
  assert.match(await res.text(), /<html lang="en">[\s\S]*Find an office/);
  const cookie = res.headers.get('set-cookie') ?? '';
  assert.match(cookie, /lang=en/);
  const again = await get('/', { cookie: 'lang=en' });
  assert.match(await again.text(), /Offices and their citizen/);
});

test('the office page shows codes in Bengali digits and links to the charter', async () => {
  const html = await (await get(`/offices/${tree.upazila.id}`)).text();
  assert.match(html, /৭৭৩৪/);
  assert.match(html, new RegExp(`/offices/${tree.upazila.id}/charter`));
  const district = await (await get(`/offices/${tree.district.id}`)).text();
  assert.match(district, /কোনো প্রকাশিত সেবা প্রদান প্রতিশ্রুতি এখনো নেই/);
});

test('the charter page: every section, Bengali digits, tel: and mailto: links, last updated in both calendars', async () => {
  const res = await get(`/offices/${tree.upazila.id}/charter`);
  assert.equal(res.status, 200);
  const html = await res.text();
  for (const heading of [
    'ভিশন ও মিশন',
    'প্রতিশ্রুত সেবাসমূহ',
    'নাগরিক সেবা',
    'প্রাতিষ্ঠানিক সেবা',
    'অভ্যন্তরীণ সেবা',
    'আওতাধীন দপ্তর',
    'আপনার কাছে আমাদের প্রত্যাশা',
    'অভিযোগ প্রতিকার ব্যবস্থা',
  ]) {
    assert.ok(html.includes(heading), heading);
  }
  assert.match(html, /href="tel:\+8801751119073"/);
  assert.match(html, /০১৭৫১-১১৯০৭৩/);
  assert.match(html, /href="mailto:shakil7709@gmail.com"/);
  assert.match(html, /সর্বশেষ হালনাগাদ: <time datetime="2025-06-03">২০ জ্যৈষ্ঠ ১৪৩২ বঙ্গাব্দ \/ ০৩ জুন ২০২৫ খ্রিস্টাব্দ<\/time>/);
  assert.match(html, /৩ কার্যদিবস\/ চাহিদা অনুযায়ী/);
  assert.match(html, /ঊর্ধ্বতন কর্মকর্তা/);
});

test('the print view is A4 landscape with the column-number row', async () => {
  const html = await (await get(`/offices/${tree.upazila.id}/charter/print`)).text();
  assert.match(html, /\/public\/print\.css/);
  assert.match(html, /\(১\)[\s\S]*\(৮\)/);
  const css = await (await get('/public/print.css')).text();
  assert.match(css, /size: A4 landscape/);
  assert.match(css, /table-header-group/);
});

test('GET /api/offices and /api/offices/:id/charter speak the import contract', async () => {
  const list = (await (await get('/api/offices')).json()) as { offices: { id: number; upazilaCode: string | null }[] };
  assert.equal(list.offices.length, 3);
  const res = await get(`/api/offices/${tree.upazila.id}/charter`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as Record<string, unknown>;
  const parsed = charterSchema.omit({ findings: true }).parse(body);
  assert.equal(parsed.office.upazilaCode, '7734');
  assert.deepEqual(parsed.services[0]?.responsible?.phones, ['+8801751119073']);
  assert.deepEqual(body.edition && typeof body.edition === 'object' && 'status' in body.edition ? body.edition.status : null, 'published');
});

test('unknown offices get a 404 in both languages, as a page or as JSON', async () => {
  const page = await get('/offices/999999');
  assert.equal(page.status, 404);
  const html = await page.text();
  assert.match(html, /দপ্তর &quot;৯৯৯৯৯৯&quot; পাওয়া যায়নি/);
  assert.match(await (await get('/offices/999999?lang=en')).text(), /Office &quot;999999&quot; not found/);
  assert.equal((await get('/offices/abc')).status, 404);
  assert.equal((await get('/no/such/page')).status, 404);
  const api = await get('/api/offices/999999/charter');
  assert.equal(api.status, 404);
  const body = (await api.json()) as { error: { code: string; message: string } };
  assert.equal(body.error.code, 'office.not-found');
  assert.match(body.error.message, /পাওয়া যায়নি/);
  const noCharter = await get(`/api/offices/${tree.district.id}/charter`);
  assert.equal(noCharter.status, 404);
});

test('drafts are private: the public sees neither the draft nor its findings', async () => {
  const office = await (await get(`/offices/${tree.upazila.id}`)).text();
  assert.doesNotMatch(office, new RegExp(`/editions/${draftId}`));
  assert.doesNotMatch(office, /খসড়া/);
  assert.equal((await get(`/offices/${tree.upazila.id}/editions/${draftId}`)).status, 404);
  const api = (await (await get(`/api/offices/${tree.upazila.id}/charter`)).json()) as Record<string, unknown>;
  assert.equal(api.findings, undefined, 'the public API shows no import findings');
});

test('the office lists its editions, and a draft shows what the import found beside its rows', async () => {
  const office = await (await asEditor(`/offices/${tree.upazila.id}`)).text();
  assert.match(office, new RegExp(`href="/offices/${tree.upazila.id}/editions/${draftId}"`));
  assert.match(office, /সংস্করণ ২: ২০২৪-২৫/);
  assert.match(office, /\(খসড়া\)/);
  const res = await asEditor(`/offices/${tree.upazila.id}/editions/${draftId}`);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /১টি ত্রুটি, ২টি সতর্কতা/);
  assert.match(html, /<span class="fix"> প্রস্তাবিত সংশোধন: &quot;উপজেলা আইসিটি অফিসার&quot; লিখুন<\/span>/, 'a certain fix is shown with its finding');
  assert.match(html, /class="row-findings"[\s\S]*কলাম ৬[\s\S]*: সময়সীমায় কার্যদিবসের সংখ্যা নেই: &quot;তাৎক্ষণিক\/ কার্যদিবস&quot; <code>time-limit.no-number/);
  assert.match(html, /: চার্টারে ভিশন নেই <code>/, 'the message in Bangla on a Bangla page, from the catalogue');
  assert.doesNotMatch(html, /has no vision/);
  assert.match(html, /<title>সংস্করণ ২: /, 'the edition number in Bengali digits');
  assert.match(html, /<td>ভিশন ও মিশন<\/td>/, 'where a finding is, in Bangla');
  assert.match(
    html,
    /<th scope="col">মন্তব্য<\/th>[\s\S]*<td data-label="মন্তব্য">সেবা না পেলে প্রতিকার: উপজেলা নির্বাহী অফিসার বরাবর আবেদন<\/td>/,
    'remarks of an older form',
  );
  assert.doesNotMatch(await (await get(`/offices/${tree.upazila.id}/charter`)).text(), /মন্তব্য/, 'no remarks column when no service has remarks');
  const english = await (await asEditor(`/offices/${tree.upazila.id}/editions/${draftId}?lang=en`)).text();
  assert.match(english, /<td>vision and mission<\/td>/);
  assert.match(english, /: The charter has no vision <code>/);
  assert.equal((await get(`/offices/${tree.district.id}/editions/${draftId}`)).status, 404, 'an edition is only found under its own office');
  assert.equal((await get(`/offices/${tree.upazila.id}/charter`)).status, 200, 'the draft does not replace the published charter');
});

test('the outbox page exists only in the demo: it shows addresses', async () => {
  assert.equal((await get('/demo/outbox')).status, 404);
  const demo = createApp({ db: database.db, now: () => now, demo: true });
  assert.equal((await demo.request('/demo/outbox')).status, 401, 'and even there, for administrators only');
});

test('every page is a standards-mode document with a favicon; the charter in English marks its Bangla words and has a contents list', async () => {
  const home = await (await app.request('/')).text();
  assert.match(home, /^<!DOCTYPE html><html lang="bn">/, 'no quirks mode');
  assert.match(home, /<link rel="icon" href="\/public\/favicon.svg\?v=[0-9a-f]{12}"/);
  assert.match(home, new RegExp(`<a class="has-charter" href="/offices/${tree.upazila.id}/charter">`), 'the tree says which offices have a charter');
  assert.doesNotMatch(home, new RegExp(`href="/offices/${tree.district.id}/charter"`), 'and which not');
  assert.equal((await app.request('/public/favicon.svg')).status, 200);
  const charter = await (await app.request(`/offices/${tree.upazila.id}/charter?lang=en`)).text();
  assert.match(charter, /<html lang="en">/);
  assert.match(charter, /<nav class="contents" aria-label="Contents">/);
  assert.match(charter, /href="#grievance"/, 'the grievance section is one tap away');
  assert.match(charter, /<th scope="row" lang="bn">/, 'a service name is Bangla inside the English page');
  assert.doesNotMatch(charter, /not published yet/, 'the edition is of the current quarter');
  const later = createApp({ db: database.db, now: () => new Date('2026-12-01T04:00:00Z') });
  const stale = await (await later.request(`/offices/${tree.upazila.id}/charter?lang=en`)).text();
  assert.match(stale, /the current quarter&#39;s edition is not published yet|the current quarter's edition is not published yet/, 'six quarters old: said so');
});

test('an office with no published charter: a page that points to the office, its grievance form and the search (404)', async () => {
  const res = await app.request(`/offices/${tree.district.id}/charter`);
  assert.equal(res.status, 404);
  const html = await res.text();
  assert.match(html, new RegExp(`href="/offices/${tree.district.id}"`));
  assert.match(html, new RegExp(`href="/offices/${tree.district.id}/grievances/new"`));
});

test('pages go compressed to whoever accepts gzip; a charter page answers 304 to its own ETag; static files are cached', async () => {
  const plain = await app.request(`/offices/${tree.upazila.id}/charter`);
  const body = await plain.text();
  const zipped = await app.request(`/offices/${tree.upazila.id}/charter`, { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  const bytes = new Uint8Array(await zipped.arrayBuffer());
  assert.ok(bytes.length < Buffer.byteLength(body) / 3, `compressed ${bytes.length} of ${Buffer.byteLength(body)} bytes`);
  const { gunzipSync } = await import('node:zlib');
  assert.equal(gunzipSync(bytes).toString('utf8'), body);
  const br = await app.request(`/offices/${tree.upazila.id}/charter`, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
  assert.equal(br.headers.get('content-encoding'), 'br', 'brotli where the client takes it');
  const { brotliDecompressSync } = await import('node:zlib');
  const brBytes = new Uint8Array(await br.arrayBuffer());
  assert.equal(brotliDecompressSync(brBytes).toString('utf8'), body);
  assert.ok(brBytes.length <= bytes.length, 'brotli is no larger than gzip');
  const tag = plain.headers.get('etag');
  assert.ok(tag);
  const again = await app.request(`/offices/${tree.upazila.id}/charter`, { headers: { 'if-none-match': tag } });
  assert.equal(again.status, 304);
  const css = await app.request('/public/style.css');
  assert.match(css.headers.get('cache-control') ?? '', /max-age=86400/);
  // the page names its style sheet with its version, and that address is kept a year
  const versioned = /href="(\/public\/style\.css\?v=[0-9a-f]{12})"/.exec(body)?.[1];
  assert.ok(versioned, 'the page links the versioned style sheet');
  assert.equal((await app.request(versioned)).headers.get('cache-control'), 'public, max-age=31536000, immutable');
  // a version that is not the file's (an older release) is not promised a year
  assert.equal((await app.request('/public/style.css?v=000000000000')).headers.get('cache-control'), 'public, max-age=86400');
  // a published page may be kept ten seconds, then asked again by its ETag; it varies with the language cookie
  assert.equal(plain.headers.get('cache-control'), 'public, max-age=10');
  assert.match(plain.headers.get('vary') ?? '', /Cookie/);
  assert.match(br.headers.get('vary') ?? '', /Accept-Encoding/);
  assert.match(br.headers.get('vary') ?? '', /Cookie/);
});

test('a published charter page carries nothing per visitor (no cookie), so any cache may keep it; a form page sets the CSRF cookie', async () => {
  const charter = await app.request(`/offices/${tree.upazila.id}/charter`);
  assert.equal(charter.status, 200);
  assert.equal(charter.headers.get('set-cookie'), null);
  const form = await app.request(`/offices/${tree.upazila.id}/grievances/new`);
  assert.match(form.headers.get('set-cookie') ?? '', /^csrf=/);
});

test('the charter page is rendered once and kept; any write (a new holder of a post) renders it afresh', async () => {
  const path = `/offices/${tree.upazila.id}/charter?lang=bn`;
  await app.request(path);
  const kept = await app.request(path);
  assert.equal(kept.headers.get('x-cache'), 'hit');
  const { postsOfOffice } = await import('./modules/officials/officials.repo.ts');
  const { changeHolder } = await import('./modules/officials/officials.service.ts');
  const [post] = await postsOfOffice(database.db, tree.upazila.id);
  assert.ok(post);
  await changeHolder(operatorCtx(database.db, now), { postId: post.id, holder: { name: 'জনাব নতুন ধারক', phones: [], emails: [] } });
  const fresh = await app.request(path);
  assert.equal(fresh.headers.get('x-cache'), 'miss');
  assert.match(await fresh.text(), /জনাব নতুন ধারক/);
  const missing = await app.request(`/offices/${tree.district.id}/charter`);
  const missingAgain = await app.request(`/offices/${tree.district.id}/charter`);
  assert.deepEqual([missing.status, missingAgain.status, missingAgain.headers.get('x-cache')], [404, 404, 'hit']);
});
