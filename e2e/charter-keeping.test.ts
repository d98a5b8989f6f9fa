// The people who keep a charter, in Chromium on the demo: the Debiganj editor uploads a file into a draft,
// fixes a finding with one click and submits; the Panchagarh reviewer comments on a row; the editor changes
// it; the reviewer approves; the head publishes; the public page shows the change and the difference view
// shows exactly that row. Every page passes axe (WCAG 2 A/AA).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { assertAccessible } from './helpers/browser.ts';
import { startDemoServer, type DemoServer } from './helpers/demo-server.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/demo.data.ts';

let demo: DemoServer;
let browser: Browser;
let base = '';
const now = new Date('2025-07-20T04:00:00Z');
const SEED = fileURLToPath(new URL('../demo/seeds/charter-upazila-debiganj.txt', import.meta.url));
const DEBIGANJ = 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়';

before(async () => {
  demo = await startDemoServer(now);
  ({ base, browser } = demo);
});
after(() => demo?.close());

/** A person in a browser of their own (their own cookies), signed in. */
async function signedIn(email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await assertAccessible(page);
  await page.getByLabel('ই-মেইল').fill(email);
  await page.getByLabel('পাসওয়ার্ড').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'সাইন ইন' }).click();
  await page.waitForURL(/\/account$/);
  await assertAccessible(page);
  return page;
}

test('upload, fix, submit; comment on a row; change it; approve; publish; the public page and the difference', async () => {
  const editor = await signedIn('editor@debiganj.demo');
  await editor.goto(`${base}/`);
  await editor.getByRole('link', { name: DEBIGANJ }).first().click();
  await editor.getByRole('heading', { level: 1, name: DEBIGANJ }).waitFor();
  await assertAccessible(editor);
  await editor.getByLabel('প্রতিশ্রুতির ফাইল (টেক্সট, .docx, HTML বা PDF)').setInputFiles(SEED);
  await editor.getByRole('button', { name: 'ফাইল থেকে নতুন খসড়া' }).click();
  await editor.waitForURL(/\/editions\/\d+/);
  const draftUrl = editor.url().replace(/\?.*$/, '');
  assert.match(await editor.locator('.notice.warning').first().innerText(), /এই ফাইলটি আগেও আমদানি হয়েছে/, 'the same file as the published edition');
  await assertAccessible(editor);

  // One click applies the first certain fix: service 1's officer gets the designation the rules now use.
  const renamed = (page: Page) => page.locator('#service-1 + tr.row-findings li').filter({ hasText: 'designation.renamed' }).filter({ hasText: '(কলাম ৭)' });
  assert.equal(await renamed(editor).count(), 1, 'the responsible officer has the old designation');
  await renamed(editor).getByRole('button', { name: 'সংশোধনটি প্রয়োগ করুন' }).click();
  await editor.waitForURL(/#service-1$/);
  assert.equal(await renamed(editor).count(), 0, 'the finding is gone');
  assert.match(await editor.locator('#service-1').innerText(), /উপজেলা আইসিটি অফিসার/);
  await editor.getByRole('button', { name: 'পর্যালোচনার জন্য জমা দিন' }).click();
  await editor.getByText('অবস্থা: পর্যালোচনার জন্য জমা').waitFor();

  const reviewer = await signedIn('reviewer@panchagarh.demo');
  await reviewer.goto(draftUrl);
  await assertAccessible(reviewer);
  const firstRowTools = reviewer.locator('tr.row-tools').first();
  await firstRowTools.getByLabel('মন্তব্য').fill('সেবার নামটি আরও স্পষ্ট করুন');
  await firstRowTools.getByRole('button', { name: 'মন্তব্য পাঠান' }).click();
  await reviewer.getByText('অবস্থা: সংশোধনের অনুরোধ').waitFor();

  await editor.goto(draftUrl);
  assert.match(await editor.locator('tr.row-tools').first().innerText(), /সেবার নামটি আরও স্পষ্ট করুন/);
  await editor.getByRole('link', { name: 'এই সেবা সম্পাদনা করুন' }).first().click();
  await editor.getByRole('heading', { level: 1, name: 'এই সেবা সম্পাদনা করুন' }).waitFor();
  await assertAccessible(editor);
  await editor.getByLabel('সেবার নাম').fill('আইসিটি অধিদপ্তরের সেবা সংক্রান্ত তথ্য প্রদান');
  await editor.getByRole('button', { name: 'সংরক্ষণ করুন' }).click();
  await editor.waitForURL(/#service-1$/);

  await reviewer.goto(draftUrl);
  await reviewer.getByRole('button', { name: 'অনুমোদন করুন' }).click();
  await reviewer.getByText('অবস্থা: অনুমোদিত').waitFor();

  const head = await signedIn('head@debiganj.demo');
  await head.goto(draftUrl);
  await assertAccessible(head);
  await head.getByLabel(/তবুও প্রকাশ করতে কারণ লিখুন/).fill('পুরোনো ছকের ত্রুটি পরের সংস্করণে ঠিক হবে');
  await head.getByRole('button', { name: 'প্রকাশ করুন' }).click();
  await head.waitForURL(/\/charter$/);
  await assertAccessible(head);

  // The public, signed in as nobody, sees the change.
  const citizen = await (await browser.newContext()).newPage();
  await citizen.goto(head.url());
  const row = await citizen.locator('table[data-category="citizen"] tbody tr').first().locator('td, th').allInnerTexts();
  assert.equal(row[1], 'আইসিটি অধিদপ্তরের সেবা সংক্রান্ত তথ্য প্রদান');
  assert.match(await citizen.locator('.notice.warning', { hasText: 'জানা ত্রুটিসহ' }).innerText(), /জানা ত্রুটিসহ প্রকাশিত/);
  await citizen.getByRole('link', { name: 'সংস্করণের ইতিহাস' }).click();
  await assertAccessible(citizen);
  await citizen.getByRole('link', { name: /সংস্করণ ১-এর সঙ্গে তুলনা/ }).click();
  await citizen.getByRole('heading', { level: 1, name: 'দুই সংস্করণের পার্থক্য' }).waitFor();
  await assertAccessible(citizen);
  const changed = citizen.locator('.diff-service');
  assert.equal(await changed.count(), 1, 'exactly one row changed');
  assert.match(await changed.locator('h2').innerText(), /আইসিটি অধিদপ্তরের সেবা সংক্রান্ত তথ্য প্রদান/);
  const paths = await changed.locator('tbody th code').allInnerTexts();
  assert.deepEqual(paths.sort(), ['name', 'responsible.designation']);
  assert.equal(await citizen.locator('.diff-added, .diff-removed, .diff-moved').count(), 0);
});

test('the officials directory, the audit log, the template and password reset pages pass axe', async () => {
  const head = await signedIn('head@debiganj.demo');
  await head.goto(`${base}/`);
  await head.getByRole('link', { name: DEBIGANJ }).first().click();
  await head.getByRole('link', { name: 'কর্মকর্তাদের তালিকা' }).click();
  await head.getByRole('heading', { level: 1, name: 'কর্মকর্তাদের তালিকা' }).waitFor();
  await assertAccessible(head);
  await head.goBack();
  await head.getByRole('link', { name: 'পরিবর্তনের খতিয়ান' }).click();
  await head.getByRole('heading', { level: 1, name: 'পরিবর্তনের খতিয়ান' }).waitFor();
  assert.ok((await head.locator('table.audit tbody tr').count()) > 0);
  await assertAccessible(head);
  const admin = await signedIn('admin@doict.demo');
  await admin.goto(`${base}/offices/1/template`);
  await admin.getByLabel('সেবার নাম').fill('আইসিটি বিষয়ক প্রশিক্ষণ প্রদান');
  await admin.getByRole('button', { name: 'আদর্শ সেবা যোগ করুন' }).click();
  await admin.getByRole('rowheader', { name: /আইসিটি বিষয়ক প্রশিক্ষণ প্রদান/ }).waitFor();
  await assertAccessible(admin);
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(`${base}/password-reset`);
  await assertAccessible(visitor);
});
