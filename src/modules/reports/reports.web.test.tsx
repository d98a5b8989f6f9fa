// The report pages in-process: who gets them (401, 403), both languages, Bengali digits, the print sheet,
// a period that cannot be read, the CSV's headers and BOM, an office with no English name, and the public block.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import { grievanceWorld, type GrievanceWorld } from '../../../test/helpers/grievances.ts';
import { operatorCtx } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { offices } from '../../db/schema.ts';
import { parseCsv } from '../../csv/csv.ts';
import { createApp } from '../../app.tsx';
import { PUBLIC } from '../shared/context.ts';
import { createToken } from '../accounts/accounts.service.ts';
import { fileGrievance } from '../grievances/file.service.ts';
import { takeStep } from '../grievances/handle.service.ts';
import { publicFigures } from './reports.service.ts';
import { PublicGrievanceFigures } from './views/public-figures.tsx';

const NOW = new Date('2026-06-04T04:00:00Z');
const LATER = new Date('2026-06-20T04:00:00Z');
let database: Database;
let w: GrievanceWorld;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};
let boda = 0;

before(async () => {
  database = await testDatabase();
  w = await grievanceWorld(database.db, NOW);
  for (const who of ['head', 'reviewer', 'admin']) tokens[who] = (await createToken(operatorCtx(database.db, NOW), { email: `${who}@test.gov.bd` })).token;
  const other = w.people['other-gro'];
  boda = other?.kind === 'user' ? other.officeId : 0;
  const citizen = { db: database.db, actor: PUBLIC, now: NOW };
  const base = { officeId: w.upazila.id, name: 'সালমা বেগম', address: 'মহল্লা কলেজপাড়া', description: 'প্রশিক্ষণের তালিকায় নাম ওঠেনি, কেউ জানায়নি।' };
  const a = await fileGrievance(citizen, { ...base, mobile: '01555000111', email: 'salma.begum@example.com' });
  await fileGrievance(citizen, { ...base, mobile: '01555000222' });
  await takeStep(w.as('gro', new Date('2026-06-08T04:00:00Z')), { grievanceId: a.id, action: 'resolve', note: 'তালিকায় নাম উঠেছে' });
  app = createApp({ db: database.db, now: () => LATER });
});
after(() => database.close());

const get = (path: string, who?: string) => app.request(path, who ? { headers: { authorization: `Bearer ${tokens[who] ?? ''}` } } : {});
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '';

test('the dashboard: 401 for the public, 403 for another upazila, 200 in Bangla with Bengali digits and in English', async () => {
  const path = `/offices/${w.upazila.id}/grievances/dashboard`;
  assert.equal((await get(path)).status, 401);
  assert.equal((await get(`/offices/${boda}/grievances/dashboard`, 'head')).status, 403);
  const bn = await get(path, 'head');
  assert.equal(bn.status, 200);
  const html = await bn.text();
  assert.ok(titleOf(html).startsWith(`অভিযোগের ড্যাশবোর্ড: ${w.upazila.nameBn}`));
  assert.match(html, /<dt>মোট অভিযোগ<\/dt><dd>২<\/dd>/);
  assert.match(html, /<dt>সময়মতো নিষ্পন্ন<\/dt><dd>১<\/dd>/);
  assert.match(html, /২টির মধ্যে ১টি \(৫০%\)/, 'the share acknowledged in 3 working days, in Bengali digits');
  assert.doesNotMatch(html, /সালমা|01555|কলেজপাড়া/);
  const en = await (await get(`${path}?lang=en`, 'head')).text();
  assert.ok(titleOf(en).startsWith(`Grievance dashboard: ${w.upazila.nameEn}`));
  assert.match(en, /<dt>All grievances<\/dt><dd>2<\/dd>/);
  assert.match(en, /<html lang="en"/);
});

test('the ranking: the district’s reviewer sees it, the upazila’s head does not; a bad n is a bad request', async () => {
  const path = `/offices/${w.district.id}/grievances/ranking`;
  const res = await get(path, 'reviewer');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.ok(titleOf(html).startsWith('দপ্তরের ক্রম'));
  assert.ok(html.includes(w.upazila.nameBn));
  assert.match(html, /সর্বশেষ ২০টি/);
  assert.equal((await get(path, 'head')).status, 403);
  assert.equal((await get(path)).status, 401);
  assert.equal((await get(`${path}?n=abc`, 'reviewer')).status, 400);
  assert.equal((await get(`${path}?n=0`, 'reviewer')).status, 400);
  const five = await (await get(`${path}?n=৫&lang=en`, 'reviewer')).text();
  assert.match(five, /last 5 decided/);
});

test('the report: a month and a quarter, printable, with the period in both calendars and the date of the report', async () => {
  const path = `/offices/${w.upazila.id}/grievances/report`;
  const month = await get(`${path}?month=2026-06`, 'head');
  assert.equal(month.status, 200);
  const html = await month.text();
  assert.ok(titleOf(html).startsWith('অভিযোগ প্রতিবেদন'));
  assert.match(html, /<h1>মাসিক প্রতিবেদন: জুন ২০২৬<\/h1>/);
  assert.ok(html.includes('১৮ জ্যৈষ্ঠ ১৪৩৩ বঙ্গাব্দ / ০১ জুন ২০২৬ খ্রিস্টাব্দ'), 'the first day in both calendars');
  assert.ok(html.includes('প্রতিবেদনের তারিখ: ০৬ আষাঢ় ১৪৩৩ বঙ্গাব্দ / ২০ জুন ২০২৬ খ্রিস্টাব্দ'));
  assert.match(html, /href="\/public\/print.css\?v=[0-9a-f]{12}"/);
  assert.match(html, /class="print-view"/);
  assert.match(html, /href="\/offices\/\d+\/grievances\/report.csv\?month=2026-06"/);
  assert.doesNotMatch(html, /সালমা|01555|কলেজপাড়া|তালিকায় নাম/);
  const quarter = await (await get(`${path}?quarter=2025-26-Q4&lang=en`, 'head')).text();
  assert.match(quarter, /Quarterly report: Q4 \(April–June\), fiscal year 2025-26/);
  assert.match(quarter, /<option value="2025-26-Q4" selected="">/);
  const form = await (await get(`${path}?kind=quarter&month=2026-06&quarter=2025-26-Q3`, 'head')).text();
  assert.match(form, /৩য় কোয়ার্টার/, 'the radio button chooses which of the two fields counts');
  const district = await get(`/offices/${w.district.id}/grievances/report?month=2026-06&below=1`, 'reviewer');
  assert.equal(district.status, 200);
  assert.ok((await district.text()).includes(w.upazila.nameBn));
});

test('a period that cannot be read: 400 with the form and its error; the public still gets 401', async () => {
  const path = `/offices/${w.upazila.id}/grievances/report?month=2026-13`;
  const res = await get(path, 'head');
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#month"/);
  assert.equal((await get(path)).status, 401);
  assert.equal((await get(`/offices/${w.upazila.id}/grievances/report.csv?quarter=2025-27-Q1`, 'head')).status, 400);
});

test('the CSV: text/csv in UTF-8 with a BOM, as an attachment, without the complainant', async () => {
  const res = await get(`/offices/${w.upazila.id}/grievances/report.csv?month=2026-06`, 'head');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'text/csv; charset=utf-8');
  assert.equal(res.headers.get('content-disposition'), `attachment; filename="grievances-${w.upazila.id}-2026-06.csv"`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = new TextDecoder().decode(bytes);
  assert.equal(text.split('\r\n').filter(Boolean).length, 3);
  assert.doesNotMatch(text, /সালমা|বেগম|01555|1555000|salma|কলেজপাড়া/);
  assert.equal((await get(`/offices/${w.upazila.id}/grievances/report.csv?month=2026-06`)).status, 401);
});

test('the report page: its h1 before the links between the report pages and the form', async () => {
  const html = await (await get(`/offices/${w.upazila.id}/grievances/report?month=2026-06`, 'head')).text();
  const main = html.slice(html.indexOf('<main'));
  const h1 = main.indexOf('<h1');
  assert.ok(h1 > 0);
  assert.ok(h1 < main.indexOf('/grievances/dashboard"'), 'before the links');
  assert.ok(h1 < main.indexOf('<form'), 'before the form');
  assert.equal(main.slice(0, h1).match(/<(h2|form|table)\b/), null, 'nothing but the breadcrumbs before it');
});

test('an office with no English name: its Bangla name on the English pages (lang="bn") and in the English CSV', async () => {
  const { nameBn, nameEn } = w.upazila;
  await database.db.update(offices).set({ nameEn: '' }).where(eq(offices.id, w.upazila.id));
  try {
    const marked = `<span lang="bn">${nameBn}</span>`;
    const report = await (await get(`/offices/${w.upazila.id}/grievances/report?month=2026-06&lang=en`, 'head')).text();
    assert.ok(titleOf(report).startsWith(`Grievance report: ${nameBn}`), titleOf(report));
    assert.match(report, new RegExp(`<p class="office">${marked}</p>`), 'under the heading');
    assert.match(report, new RegExp(`<th scope="row">${marked}</th>`), 'in the table');
    const dashboard = await (await get(`/offices/${w.upazila.id}/grievances/dashboard?lang=en`, 'head')).text();
    assert.match(dashboard, new RegExp(`<h1>Grievance dashboard: ${marked}</h1>`));
    const ranking = await (await get(`/offices/${w.district.id}/grievances/ranking?lang=en`, 'reviewer')).text();
    assert.ok(ranking.includes(`/grievances/dashboard">${marked}</a>`));
    const csv = parseCsv(await (await get(`/offices/${w.upazila.id}/grievances/report.csv?month=2026-06&lang=en`, 'head')).text());
    assert.equal(csv[0]?.[1], 'Office');
    assert.equal(csv.length, 3);
    assert.ok(csv.slice(1).every((row) => row[1] === nameBn));
    const bangla = await (await get(`/offices/${w.upazila.id}/grievances/report?month=2026-06`, 'head')).text();
    assert.ok(!bangla.includes(marked), 'the Bangla page needs no mark');
  } finally {
    await database.db.update(offices).set({ nameEn }).where(eq(offices.id, w.upazila.id));
  }
});

test('the public block: four counts and no text of any grievance', async () => {
  const figures = await publicFigures(database.db, w.upazila.id, LATER);
  assert.deepEqual(figures, { fiscalYear: 2025, received: 2, decided: 1, decidedOnTime: 1, open: 1 });
  const html = String(await (<PublicGrievanceFigures locale="bn" figures={figures} />).toString());
  assert.match(html, /২০২৫-২৬ অর্থবছরে প্রাপ্ত<\/dt><dd>২<\/dd>/);
  assert.match(html, /এখন চলমান<\/dt><dd>১<\/dd>/);
  assert.doesNotMatch(html, /সালমা|প্রশিক্ষণ|তালিকায়/);
  const en = String(await (<PublicGrievanceFigures locale="en" figures={figures} />).toString());
  assert.match(en, /Received in fiscal year 2025-26<\/dt><dd>2<\/dd>/);
});
