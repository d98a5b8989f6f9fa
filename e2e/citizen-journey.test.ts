// A citizen on the real product in Chromium: home, find Debiganj, open its charter, read a service row;
// every page visited passes axe's WCAG 2 A/AA checks.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible } from './helpers/browser.ts';
import { startDemoServer, type DemoServer } from './helpers/demo-server.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/demo.data.ts';

let demo: DemoServer;
let browser: Browser;
let base = '';
const now = new Date('2025-06-05T04:00:00Z');

before(async () => {
  demo = await startDemoServer(now);
  ({ base, browser } = demo);
});

after(() => demo?.close());

test('home → search Debiganj → office → charter → a service row, all accessible', async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'bn');
  await assertAccessible(page);

  await page.getByLabel('দপ্তর খুঁজুন').fill('দেবীগঞ্জ');
  await page.getByRole('button', { name: 'খুঁজুন' }).click();
  await page.waitForURL(/\?q=/);
  const result = page.getByRole('link', { name: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়' }).first();
  await assertAccessible(page);
  await result.click();

  await page.getByRole('heading', { level: 1, name: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়' }).waitFor();
  await assertAccessible(page);
  await page.getByRole('link', { name: 'সেবা প্রদান প্রতিশ্রুতি দেখুন' }).click();

  await page.getByRole('heading', { level: 1, name: 'সেবা প্রদান প্রতিশ্রুতি' }).waitFor();
  const row = page.locator('table[data-category="citizen"] tbody tr').first();
  const cells = await row.locator('td, th').allInnerTexts();
  assert.equal(cells[0], '১');
  assert.equal(cells[1], 'আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান');
  assert.equal(cells[4], 'বিনামূল্যে');
  assert.match(cells[5] ?? '', /তাৎক্ষণিক\/৩ কার্যদিবস/);
  assert.match(cells[6] ?? '', /মোঃ ইলিয়াজ হোসেন/);
  assert.equal(await row.locator('a[href^="tel:"]').first().getAttribute('href'), '+8801751119073'.replace(/^/, 'tel:'));
  assert.match(await page.locator('.updated').innerText(), /বঙ্গাব্দ.*খ্রিস্টাব্দ/);
  await assertAccessible(page);

  await page.getByRole('link', { name: 'মুদ্রণ সংস্করণ' }).click();
  await page.locator('.print-view').waitFor();
  await assertAccessible(page);
  const pdf = await page.pdf({ format: 'A4', landscape: true, preferCSSPageSize: true });
  assert.ok(pdf.length > 10_000, 'the print view renders to a real PDF');
  await page.close();
});

test('an edition with its import findings, for its editor, is accessible too; the public never sees the findings', async () => {
  const visitor = await browser.newPage();
  await visitor.goto(`${base}/?q=${encodeURIComponent('দেবীগঞ্জ')}`);
  await visitor.getByRole('link', { name: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়' }).first().click();
  await visitor.getByRole('link', { name: /^সংস্করণ ১/ }).click();
  await visitor.getByRole('heading', { level: 1, name: 'সেবা প্রদান প্রতিশ্রুতি' }).waitFor();
  assert.equal(await visitor.getByRole('heading', { name: 'আমদানির সময় পাওয়া বিষয়' }).count(), 0);
  await visitor.close();
  const page = await (await browser.newContext()).newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel('ই-মেইল').fill('editor@debiganj.demo');
  await page.getByLabel('পাসওয়ার্ড').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'সাইন ইন' }).click();
  await page.waitForURL(/\/account$/);
  await page.goto(`${base}/?q=${encodeURIComponent('দেবীগঞ্জ')}`);
  await page.getByRole('link', { name: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়' }).first().click();
  await page.getByRole('link', { name: /^সংস্করণ ১/ }).click();
  await page.getByRole('heading', { name: 'আমদানির সময় পাওয়া বিষয়' }).waitFor();
  await assertAccessible(page);
  await page.close();
});
