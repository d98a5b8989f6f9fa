// Open data end to end over the demo data: the charter page's schema.org JSON-LD, the CPSV-AP export against
// the CPSV-AP 3.2.0 SHACL shapes (and a broken copy that fails them), CSV and XLSX read back, the national
// CSV streamed, the sitemap, and the embed page's framing policy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { unzipSync, strFromU8 } from 'fflate';
import { parseDocument, DomUtils } from 'htmlparser2';
import { testDatabase } from '../../../test/helpers/db.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { parseCsv, unguardFormula, CSV_BOM } from '../../csv/csv.ts';
import { PUBLIC } from '../shared/context.ts';
import { DEMO_ACTOR, loadDemo, type DemoResult } from '../demo/demo.service.ts';
import { listOffices } from '../offices/offices.service.ts';
import { nationalServicesCsv, serviceHeader, sitemap } from './exports.service.ts';
import { PT_NS, scriptJson } from './jsonld.ts';
import { toStore, validateCpsvAp } from './shacl.test-helper.ts';

let database: Database;
let app: ReturnType<typeof createApp>;
let demo: DemoResult;
const now = new Date('2025-06-05T04:00:00Z');
const ORIGIN = 'http://localhost';

before(async () => {
  database = await testDatabase();
  demo = await loadDemo({ db: database.db, actor: DEMO_ACTOR, now }, fileURLToPath(new URL('../../../demo/seeds', import.meta.url)));
  app = createApp({ db: database.db, now: () => now });
});
after(() => database.close());

type Json = Record<string, unknown>;
/** The body as text with its BOM kept (Response.text() drops it). */
const rawText = async (res: Response) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
const servicesOf = async (officeId: number) => ((await (await app.request(`/api/offices/${officeId}/charter`)).json()) as { services: Json[] }).services;

test('the demo has published charters to export', () => {
  assert.ok(demo.charters.length >= 2);
  assert.ok(demo.charters.every((c) => c.services > 0));
});

test('the charter page carries one schema.org GovernmentService per service, each at its row', async () => {
  for (const { officeId } of demo.charters) {
    const res = await app.request(`/offices/${officeId}/charter`);
    assert.equal(res.status, 200);
    const html = await res.text();
    const scripts = DomUtils.findAll((e) => e.name === 'script' && e.attribs.type === 'application/ld+json', parseDocument(html).children);
    assert.equal(scripts.length, 1);
    const data = JSON.parse(DomUtils.textContent(scripts[0] as never)) as { '@context': string; '@graph': Json[] };
    assert.equal(data['@context'], 'https://schema.org');
    const services = await servicesOf(officeId);
    assert.equal(data['@graph'].length, services.length);
    data['@graph'].forEach((node, i) => {
      assert.equal(node['@type'], 'GovernmentService');
      assert.equal(node.name, services[i]?.name);
      assert.equal(node.url, `${ORIGIN}/offices/${officeId}/charter#service-${i + 1}`);
      assert.match(html, new RegExp(`id="service-${i + 1}"`));
      const provider = node.provider as Json;
      assert.equal(provider['@type'], 'GovernmentOrganization');
      assert.ok(node.areaServed && node.offers && node.serviceType && node.category);
    });
  }
});

test('JSON inside a script element cannot close it', () => {
  const text = scriptJson({ name: '</script><script>alert(1)</script> & more' });
  assert.doesNotMatch(text, /<|>|&/);
  assert.equal((JSON.parse(text) as Json).name, '</script><script>alert(1)</script> & more');
});

test('the CPSV-AP 3.2 export conforms to the CPSV-AP 3.2.0 SHACL shapes, offline', async () => {
  for (const { officeId } of demo.charters) {
    const res = await app.request(`/api/offices/${officeId}/charter.jsonld`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/ld\+json/);
    const doc = (await res.json()) as Json;
    const outcome = await validateCpsvAp(doc);
    assert.ok(outcome.conforms, outcome.messages.join('\n'));

    const store = await toStore(doc);
    const type = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
    const servicesInRdf = store.getSubjects(type, 'http://purl.org/vocab/cpsv#PublicService', null);
    assert.equal(servicesInRdf.length, (await servicesOf(officeId)).length);
    // the office, with its BBS geocode as a location, is every service's competent authority
    const [org] = store.getSubjects(type, 'http://data.europa.eu/m8g/PublicOrganisation', null);
    assert.equal(org?.value, `${ORIGIN}/offices/${officeId}`);
    const locations = store.getObjects(org ?? null, 'http://purl.org/dc/terms/spatial', null);
    assert.ok(locations.some((l) => store.getObjects(l, 'http://purl.org/dc/terms/identifier', null).some((id) => /^\d+$/.test(id.value))));
    for (const s of servicesInRdf) assert.equal(store.getObjects(s, 'http://data.europa.eu/m8g/hasCompetentAuthority', null)[0]?.value, org?.value);
    // working days in our own field, as an integer
    const days = store.getObjects(null, `${PT_NS}workingDays`, null);
    assert.ok(days.length > 0);
    assert.ok(days.every((d) => d.termType === 'Literal' && d.datatype.value.endsWith('#integer')));
    // costs in taka
    assert.ok(store.getObjects(null, 'http://data.europa.eu/m8g/currency', null).every((c) => c.value.endsWith('/currency/BDT')));
  }
});

test('a broken copy of the export fails the shapes: the check can fail', async () => {
  const officeId = demo.charters[0]?.officeId ?? 0;
  const doc = (await (await app.request(`/api/offices/${officeId}/charter.jsonld`)).json()) as { '@graph': Json[] };
  const broken = structuredClone(doc);
  const org = broken['@graph'].find((n) => n['@type'] === 'cv:PublicOrganisation');
  const service = broken['@graph'].find((n) => n['@type'] === 'cpsv:PublicService');
  assert.ok(org && service);
  delete org['skos:prefLabel'];
  delete service['dct:title'];
  // an untyped cost: the shapes ask for a cv:Cost in the export itself
  delete (service['cv:hasCost'] as Json)['@type'];
  const outcome = await validateCpsvAp(broken);
  assert.equal(outcome.conforms, false);
  const all = outcome.messages.join('\n');
  assert.match(all, /prefLabel/);
  assert.match(all, /title/);
  assert.match(all, /hasCost/);
});

test('CSV per office: a BOM, the official columns with Bangla headers, one row per service', async () => {
  const officeId = demo.charters[0]?.officeId ?? 0;
  const res = await app.request(`/api/offices/${officeId}/charter.csv`);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
  const bytes = new Uint8Array(await res.arrayBuffer());
  assert.deepEqual([...bytes.slice(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  assert.ok(text.startsWith(CSV_BOM));
  const rows = parseCsv(text.slice(1));
  assert.deepEqual(rows[0], [
    'ক্রমিক নং',
    'সেবার ধরন',
    'সেবার নাম',
    'সেবা প্রদান পদ্ধতি',
    'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
    'সেবার মূল্য',
    'পরিশোধ পদ্ধতি',
    'সেবা প্রদানের সময়সীমা',
    'দায়িত্বপ্রাপ্ত কর্মকর্তা',
    'ঊর্ধ্বতন কর্মকর্তা',
  ]);
  const services = await servicesOf(officeId);
  assert.equal(rows.length - 1, services.length);
  rows.slice(1).forEach((row, i) => {
    assert.equal(unguardFormula(row[2] ?? ''), services[i]?.name);
    assert.equal(row[0], String(services[i]?.serial));
  });
  assert.equal((await app.request('/api/offices/999999/charter.csv')).status, 404);
});

/** The cell texts of the first sheet, read as a spreadsheet reader does: inline or shared strings by reference. */
function readXlsx(bytes: Uint8Array): string[][] {
  const files = unzipSync(bytes);
  const need = (path: string) => {
    const file = files[path];
    assert.ok(file, `${path} missing`);
    return parseDocument(strFromU8(file), { xmlMode: true });
  };
  const types = DomUtils.findAll((e) => e.name === 'Override', need('[Content_Types].xml').children).map((e) => e.attribs.PartName);
  assert.ok(types.includes('/xl/workbook.xml') && types.includes('/xl/worksheets/sheet1.xml'));
  const rels = DomUtils.findAll((e) => e.name === 'Relationship', need('_rels/.rels').children);
  assert.equal(rels[0]?.attribs.Target, 'xl/workbook.xml');
  const sheetRel = DomUtils.findAll((e) => e.name === 'Relationship', need('xl/_rels/workbook.xml.rels').children).find((e) =>
    e.attribs.Type?.endsWith('/worksheet'),
  );
  assert.ok(DomUtils.findOne((e) => e.name === 'sheet', need('xl/workbook.xml').children));
  const shared = files['xl/sharedStrings.xml']
    ? DomUtils.findAll((e) => e.name === 'si', need('xl/sharedStrings.xml').children).map((si) => DomUtils.textContent(si))
    : [];
  const sheet = need(`xl/${sheetRel?.attribs.Target ?? ''}`);
  return DomUtils.findAll((e) => e.name === 'row', sheet.children).map((row) =>
    DomUtils.findAll((e) => e.name === 'c', row.children).map((c) => {
      if (c.attribs.t === 'inlineStr') return DomUtils.textContent(DomUtils.findAll((e) => e.name === 't', c.children));
      if (c.attribs.t === 's') return shared[Number(DomUtils.textContent(c))] ?? '';
      return DomUtils.textContent(c);
    }),
  );
}

test('XLSX per office: a valid package whose sheet holds the same table as the CSV', async () => {
  const officeId = demo.charters[1]?.officeId ?? 0;
  const res = await app.request(`/api/offices/${officeId}/charter.xlsx`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const sheet = readXlsx(new Uint8Array(await res.arrayBuffer()));
  const csv = parseCsv((await rawText(await app.request(`/api/offices/${officeId}/charter.csv`))).slice(1)).map((r) => r.map(unguardFormula));
  assert.deepEqual(sheet[0], serviceHeader());
  assert.deepEqual(sheet, csv);
});

test('the national CSV streams every published service of the demo, page by page', async () => {
  const res = await app.request('/api/exports/services.csv');
  assert.equal(res.status, 200);
  const text = await rawText(res);
  assert.ok(text.startsWith(CSV_BOM));
  const rows = parseCsv(text.slice(1));
  const total = demo.charters.reduce((n, c) => n + c.services, 0);
  assert.equal(rows.length - 1, total);
  for (const { officeId, services } of demo.charters) assert.equal(rows.filter((r) => r[0] === String(officeId)).length, services);
  assert.ok(rows.slice(1).every((r) => /#service-\d+$/.test(r[r.length - 1] ?? '')));

  // a page of one office: the header, then one chunk per office, each read only when asked for
  const reader = nationalServicesCsv({ db: database.db, actor: PUBLIC, now }, { origin: ORIGIN, pageSize: 1 }).getReader();
  const chunks: Uint8Array[] = [];
  for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(r.value);
  assert.equal(chunks.length, 1 + demo.charters.length);
});

test('the sitemap is well-formed and lists home, every office and every published charter with its date', async () => {
  const res = await app.request('/sitemap.xml');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^application\/xml/);
  const xml = await res.text();
  assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  const doc = parseDocument(xml, { xmlMode: true });
  const urls = DomUtils.findAll((e) => e.name === 'url', doc.children).map((u) => ({
    loc: DomUtils.textContent(DomUtils.findAll((e) => e.name === 'loc', u.children)),
    lastmod: DomUtils.textContent(DomUtils.findAll((e) => e.name === 'lastmod', u.children)),
  }));
  assert.ok(urls.some((u) => u.loc === `${ORIGIN}/`));
  for (const o of await listOffices(database.db)) assert.ok(urls.some((u) => u.loc === `${ORIGIN}/offices/${o.id}`));
  for (const { officeId } of demo.charters) {
    const charter = urls.find((u) => u.loc === `${ORIGIN}/offices/${officeId}/charter`);
    assert.equal(charter?.lastmod, '2025-06-05');
  }
  assert.equal(urls.filter((u) => u.loc.endsWith('/charter')).length, demo.charters.length);
});

test('the embed page may be framed by the portals, and only it; no script, no site chrome', async () => {
  const officeId = demo.charters[0]?.officeId ?? 0;
  const res = await app.request(`/offices/${officeId}/charter/embed`);
  assert.equal(res.status, 200);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.match(csp, /frame-ancestors 'self' https:\/\/\*\.gov\.bd/);
  assert.match(csp, /default-src 'none'/);
  assert.equal(res.headers.get('x-frame-options'), null);
  const html = await res.text();
  assert.match(html, /^<!DOCTYPE html>/);
  assert.doesNotMatch(html, /<script|site-header|stylesheet/);
  assert.equal((html.match(/<tr>/g) ?? []).length - 1, (await servicesOf(officeId)).length);
  // the style the policy allows is the one the page has
  const style = /<style>([^<]*)<\/style>/.exec(html)?.[1] ?? '';
  const { createHash } = await import('node:crypto');
  assert.ok(csp.includes(`'sha256-${createHash('sha256').update(style).digest('base64')}'`));

  // every other page still refuses to be framed
  const page = await app.request(`/offices/${officeId}/charter`);
  assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
  assert.match(await page.text(), new RegExp(`/offices/${officeId}/charter/embed`));
  const missing = await app.request('/offices/999999/charter/embed');
  assert.equal(missing.status, 404);
  assert.match(missing.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
});

test('past one file, the sitemap is an index of files that together list every address once', async () => {
  const ctx = { db: database.db, actor: PUBLIC, now };
  const index = await sitemap(ctx, { origin: ORIGIN, perFile: 5 });
  assert.ok(index);
  assert.match(index, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  const locs = (xml: string, tag: string) =>
    DomUtils.findAll((e) => e.name === tag, parseDocument(xml, { xmlMode: true }).children).map((u) =>
      DomUtils.textContent(DomUtils.findAll((e) => e.name === 'loc', u.children)),
    );
  const files = locs(index, 'sitemap');
  const count = (await listOffices(database.db)).length;
  assert.equal(files.length, Math.ceil(count / 5));
  assert.deepEqual(
    files,
    files.map((_, i) => `${ORIGIN}/sitemaps/${i + 1}.xml`),
  );
  const listed: string[] = [];
  for (let page = 1; page <= files.length; page++) {
    const file = await sitemap(ctx, { origin: ORIGIN, perFile: 5, page });
    assert.ok(file?.includes('<urlset'));
    listed.push(...locs(file ?? '', 'url'));
  }
  const whole = locs((await sitemap(ctx, { origin: ORIGIN })) ?? '', 'url');
  assert.deepEqual([...listed].sort(), [...whole].sort());
  assert.equal(new Set(listed).size, listed.length);
  assert.equal(await sitemap(ctx, { origin: ORIGIN, perFile: 5, page: files.length + 1 }), null);
  // one file's worth: the route's file 1 is the whole sitemap, and a file past it is not found
  const first = await app.request('/sitemaps/1.xml');
  assert.equal(first.status, 200);
  assert.deepEqual(locs(await first.text(), 'url').sort(), [...whole].sort());
  assert.equal((await app.request('/sitemaps/2.xml')).status, 404);
  assert.equal((await app.request('/sitemaps/01.xml')).status, 404, 'one address a file');
});

test("behind the proxy (TRUST_PROXY) the addresses written out are https when nginx says so; the host is the request's own", async () => {
  const officeId = demo.charters[0]?.officeId ?? 0;
  const proxied = createApp({ db: database.db, now: () => now, trustProxy: true });
  const https = { 'X-Forwarded-Proto': 'https' };
  const behind = await (await proxied.request(`https://charter.example.gov.bd/api/offices/${officeId}/charter.jsonld`, { headers: https })).text();
  assert.ok(behind.includes(`https://charter.example.gov.bd/offices/${officeId}/charter`));
  const onPlainHttp = await (await proxied.request(`http://charter.example.gov.bd/sitemap.xml`, { headers: https })).text();
  assert.ok(onPlainHttp.includes('<loc>https://charter.example.gov.bd/</loc>'), 'nginx ends TLS: the app hears http, nginx says https');
  const page = await (await proxied.request(`http://charter.example.gov.bd/offices/${officeId}/charter`, { headers: https })).text();
  assert.ok(page.includes(`https://charter.example.gov.bd/offices/${officeId}/charter/embed`));
  // a forwarded host is anyone's: never written into a page; a scheme that is not http(s) is ignored
  const hostile = await (
    await proxied.request(`http://localhost/api/offices/${officeId}/charter.jsonld`, {
      headers: { 'X-Forwarded-Proto': 'javascript', 'X-Forwarded-Host': 'evil.example' },
    })
  ).text();
  assert.ok(!hostile.includes('evil.example') && !hostile.includes('javascript:'));
  assert.ok(hostile.includes(`http://localhost/offices/${officeId}/charter`));
  // not behind a proxy: the forwarded scheme is anyone's too, and ignored
  const direct = await (await app.request(`http://localhost/api/offices/${officeId}/charter.jsonld`, { headers: https })).text();
  assert.ok(direct.includes(`http://localhost/offices/${officeId}/charter`) && !direct.includes('https://localhost'));
});

test('the same rows make the same workbook bytes, whatever the time (its ETag holds)', async () => {
  const { xlsx } = await import('./xlsx.ts');
  const first = xlsx('sheet', [['a', 'b']]);
  await new Promise((r) => setTimeout(r, 2100));
  assert.deepEqual(xlsx('sheet', [['a', 'b']]), first);
});

test('the embed and the per-office exports carry an ETag and answer 304 when it still holds', async () => {
  const officeId = demo.charters[0]?.officeId ?? 0;
  for (const path of [
    `/offices/${officeId}/charter/embed`,
    `/api/offices/${officeId}/charter.jsonld`,
    `/api/offices/${officeId}/charter.csv`,
    `/api/offices/${officeId}/charter.xlsx`,
  ]) {
    const first = await app.request(path);
    assert.equal(first.status, 200, path);
    const tag = first.headers.get('etag');
    assert.ok(tag, `${path} has an ETag`);
    const again = await app.request(path, { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304, path);
    assert.equal(await again.text(), '');
    assert.equal((await app.request(path, { headers: { 'If-None-Match': '"other"' } })).status, 200, path);
  }
});
