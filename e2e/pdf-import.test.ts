// The realistic PDF round trip: Chromium prints the demo charter's print page (A4 landscape, as an office
// would for its wall) to PDF, and importFile reads it back. Chromium draws shaped Bengali and writes
// /ActualText for each reordered cluster; the reader uses it, and the table borders for the cells.
// Measured: office name exact; every service found with its fee (Debiganj 21/21, Khulna 26/26); names
// exact 21/21 and 24/26 (the two others wrap after "-" and "/" and come back with a space there), all equal
// once spaces are ignored. Before the reader kept pdf.js from taking shaped clusters for zero-width marks
// (readers/pdf/worker.ts), only 13/21 and 14/26 were exact.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { importFile } from '../src/importer/read-file.ts';
import { importText } from '../src/importer/text.ts';
import { startDemoServer, type DemoServer } from './helpers/demo-server.ts';

let demo: DemoServer;
let browser: Browser;
let base = '';
const now = new Date('2025-06-05T04:00:00Z');
const seedsDir = new URL('../demo/seeds/', import.meta.url);

before(async () => {
  demo = await startDemoServer(now);
  ({ base, browser } = demo);
});

after(() => demo?.close());

/** Compares names as a reader of the page would: the same letters, whatever the spaces. */
const letters = (s: string) => s.normalize('NFC').replace(/[\s\u200c\u200d]/gu, '');

// office id in the demo, its seed, and the number of names that came back exact when measured
const CASES = [
  { office: 13, seed: 'charter-upazila-debiganj.txt', exactFloor: 21 },
  { office: 2, seed: 'charter-district-khulna.txt', exactFloor: 24 },
] as const;

for (const c of CASES)
  test(`${c.seed} printed by Chromium to PDF imports back: office, services, fees, a review warning`, async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${base}/offices/${c.office}/charter/print`);
    assert.equal(response?.status(), 200);
    const pdf = await page.pdf({ format: 'A4', landscape: true, printBackground: true });
    await page.close();

    const seed = importText(readFileSync(new URL(c.seed, seedsDir), 'utf8'));
    const charter = await importFile(new Uint8Array(pdf), c.seed.replace(/txt$/, 'pdf'));

    assert.equal(charter.findings[0]?.code, 'import.needs-review');
    assert.equal(charter.findings[0]?.severity, 'warning');
    assert.equal(charter.office.name, seed.office.name);

    const got = new Map(charter.services.map((s) => [letters(s.name), s]));
    const found = seed.services.filter((s) => got.has(letters(s.name)));
    const exact = seed.services.filter((s) => charter.services.some((g) => g.name === s.name));
    const fees = found.filter((s) => {
      const g = got.get(letters(s.name));
      return g?.fee.kind === s.fee.kind && g.fee.amountTaka === s.fee.amountTaka;
    });
    const report = `${found.length}/${seed.services.length} services found, ${exact.length} names exact, ${fees.length} fees equal`;
    console.log(`PDF round trip (Chromium), ${c.seed}: ${report}`);
    // floors at what was measured (Debiganj 21, 21, 21; Khulna 26, 26, 24): a drop is a regression to look at
    assert.equal(charter.services.length, seed.services.length, report);
    assert.equal(found.length, seed.services.length, report);
    assert.equal(fees.length, seed.services.length, report);
    assert.ok(exact.length >= c.exactFloor, report);
    // the categories (2.1 / 2.2 / 2.3) come through too
    assert.deepEqual(
      charter.services.map((s) => s.category),
      seed.services.map((s) => s.category),
    );
  });
