// The wall poster and its PDF in Chromium: every page names the office and has its number, the pages are
// full, Bengali reads back, the QR code decodes to the charter's address, the view fits a phone and passes axe,
// and the second PDF comes from the cache.
// Measured before this layout: Khulna's print view was 26 A4 landscape pages, Debiganj's 14; now 6 and 5.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import jsqr from 'jsqr';
import { PNG } from 'pngjs';
import { importText } from '../src/importer/text.ts';
import { readPdf } from '../src/importer/readers/pdf.ts';
import { LIMITS } from '../src/importer/limits.ts';
import { closePdfBrowser, pdfStats } from '../src/modules/print/pdf.ts';
import { startDemoServer, type DemoServer } from './helpers/demo-server.ts';
import { assertFitsWidth, checkAccessibility, formatViolations } from './helpers/browser.ts';

let demo: DemoServer;
let browser: Browser;
let base = '';
const now = new Date('2025-06-05T04:00:00Z');
const seedsDir = new URL('../demo/seeds/', import.meta.url);

before(async () => {
  demo = await startDemoServer(now);
  ({ base, browser } = demo);
});

after(async () => {
  await closePdfBrowser();
  await demo?.close();
});

const CASES = [
  { office: 13, seed: 'charter-upazila-debiganj.txt', before: 14 },
  { office: 2, seed: 'charter-district-khulna.txt', before: 26 },
] as const;

/** Each page's text as pdf.js reads it (header and footer templates included), NFC. */
async function pagesOf(pdf: Uint8Array): Promise<string[]> {
  const doc = await getDocument({ data: pdf.slice() }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str : ''))
        .join(' ')
        .normalize('NFC'),
    );
  }
  await doc.destroy();
  return pages;
}

// jsqr is CommonJS: its types put the function on `default`, where Node's import also finds it
const jsQR = jsqr.default;

const squash = (s: string) => s.normalize('NFC').replace(/[\s\u200c\u200d]/gu, '');

async function fetchPdf(path: string) {
  const res = await fetch(`${base}${path}`);
  assert.equal(res.status, 200, path);
  return { res, pdf: new Uint8Array(await res.arrayBuffer()) };
}

for (const c of CASES)
  test(`${c.seed}: the PDF names the office and numbers every page, on few full pages, Bengali read back`, async () => {
    const seed = importText(readFileSync(new URL(c.seed, seedsDir), 'utf8'));
    const { res, pdf } = await fetchPdf(`/offices/${c.office}/charter.pdf`);
    assert.equal(res.headers.get('content-type'), 'application/pdf');
    assert.match(res.headers.get('content-disposition') ?? '', new RegExp(`^inline; filename="charter-${c.office}-\\d{4}-q\\d\\.pdf"$`));
    const pages = await pagesOf(pdf);
    assert.ok(pages.length < c.before, `${pages.length} pages, ${c.before} before`);
    // pdf.js gives Chromium's glyphs (page numbers in Latin digits read as they are); Bengali needs the
    // /ActualText our reader uses, over the whole file: the office is named in every page's header and footer
    const text = squash((await readPdf(pdf, LIMITS)).text);
    const office = squash(seed.office.name ?? '');
    const named = text.split(office).length - 1;
    assert.ok(named >= 2 * pages.length, `the office is named ${named} times on ${pages.length} pages`);
    assert.ok(text.split(squash('অর্থবছর')).length - 1 >= pages.length, 'every page gives the edition');
    pages.forEach((page, i) => assert.ok(page.includes(`${i + 1} / ${pages.length}`), `page ${i + 1} says its number: ${page.slice(-80)}`));
    // not wasteful: every page but the last at least half as full as the fullest
    const sizes = pages.map((p) => p.length);
    const fullest = Math.max(...sizes);
    sizes.slice(0, -1).forEach((n, i) => assert.ok(n > fullest / 2, `page ${i + 1} is mostly empty: ${sizes.join(', ')}`));
    // Bengali comes back shaped and in order (Chromium's /ActualText): service names, conjuncts included
    const all = text;
    const names = seed.services.slice(0, 5).map((s) => s.name);
    for (const name of names) assert.ok(all.includes(squash(name)), `the PDF reads back ${name}`);
  });

test('A4 portrait and A3 landscape PDFs have their own page size', async () => {
  for (const [query, width, height] of [
    ['?size=a4&orientation=portrait', 595, 842],
    ['?size=a3&orientation=landscape', 1191, 842],
  ] as const) {
    const { pdf } = await fetchPdf(`/offices/13/charter.pdf${query}`);
    const doc = await getDocument({ data: pdf.slice() }).promise;
    const view = (await doc.getPage(1)).getViewport({ scale: 1 });
    assert.ok(Math.abs(view.width - width) < 2 && Math.abs(view.height - height) < 2, `${query}: ${view.width}x${view.height}`);
    await doc.destroy();
  }
});

test('the second PDF of an edition comes from the cache: same bytes, X-Cache hit, no new rendering', async () => {
  const first = await fetchPdf('/offices/13/charter.pdf?size=a3&orientation=portrait');
  const renders = pdfStats().renders;
  const second = await fetchPdf('/offices/13/charter.pdf?size=a3&orientation=portrait');
  assert.equal(first.res.headers.get('x-cache'), 'miss');
  assert.equal(second.res.headers.get('x-cache'), 'hit');
  assert.equal(pdfStats().renders, renders);
  assert.deepEqual(second.pdf, first.pdf);
});

test('the print view: the QR code decodes to the charter, the print button and PDF link are there', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 2 });
  await page.goto(`${base}/offices/2/charter/print`);
  assert.equal(await page.locator('#print-button').isVisible(), true, 'print.js shows the button');
  assert.equal(await page.locator('a[href="/offices/2/charter.pdf"]').count(), 1);
  const png = PNG.sync.read(await page.locator('.running-qr .qr').screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.equal(code?.data, `${base}/offices/2/charter`);
  await page.close();
  // the charter page links both
  const charter = await browser.newPage();
  await charter.goto(`${base}/offices/2/charter`);
  assert.equal(await charter.locator('a[href="/offices/2/charter/print"]').count(), 1);
  assert.equal(await charter.locator('a[href="/offices/2/charter.pdf"]').count(), 1);
  await charter.close();
});

test('the print view fits a 360 px phone and has no accessibility violations', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
  for (const path of ['/offices/2/charter/print', '/offices/13/charter/print?size=a3&orientation=portrait']) {
    await page.goto(`${base}${path}`);
    await assertFitsWidth(page);
    const violations = await checkAccessibility(page);
    assert.deepEqual(violations, [], formatViolations(violations));
  }
  await page.close();
});
