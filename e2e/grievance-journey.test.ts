// A grievance in the real product in Chromium: a citizen files about a service row of Debiganj's charter,
// follows it, the grievance officer resolves it, the citizen reads the answer and accepts it. Every page passes
// axe's WCAG 2 A/AA checks, and the citizen's pages fit a 360 px phone without sideways scrolling.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { assertAccessible, assertFitsWidth } from './helpers/browser.ts';
import { startDemoServer, type DemoServer } from './helpers/demo-server.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/demo.data.ts';

let demo: DemoServer;
let browser: Browser;
let base = '';
// Thursday 4 June 2026, 10:00 in Dhaka.
const now = new Date('2026-06-04T04:00:00Z');

before(async () => {
  demo = await startDemoServer(now);
  ({ base, browser } = demo);
});
after(() => demo?.close());

const BENGALI = '০১২৩৪৫৬৭৮৯';
const ascii = (text: string) => text.replace(/[০-৯]/g, (d) => String(BENGALI.indexOf(d)));

test('a citizen files about a service row, follows it, the officer resolves it, the citizen sees the answer', async () => {
  const phone = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const citizen = await phone.newPage();
  await citizen.goto(`${base}/?q=${encodeURIComponent('দেবীগঞ্জ')}`);
  await citizen.getByRole('link', { name: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়' }).first().click();
  await citizen.getByRole('link', { name: 'সেবা প্রদান প্রতিশ্রুতি দেখুন' }).click();
  const row = citizen.locator('table[data-category="citizen"] tbody tr').first();
  const serviceName = (await row.locator('th').first().innerText()).trim();
  // the row's own button, named with the service (its grievance row follows it)
  await citizen.getByRole('button', { name: new RegExp(`^এই সেবা নিয়ে অভিযোগ\\s*:\\s*${serviceName}$`) }).click();

  await citizen.getByRole('heading', { level: 1, name: /অভিযোগ দাখিল/ }).waitFor();
  assert.equal(await citizen.locator('#serviceId option:checked').innerText(), `১. ${serviceName}`, 'the row the citizen came from is chosen');
  await assertAccessible(citizen);
  await assertFitsWidth(citizen);
  await citizen.getByLabel('নাম', { exact: true }).fill('রহিমা খাতুন');
  await citizen.getByLabel('মোবাইল নম্বর').fill('০১৭১২-৩৪৫৬৭৮');
  await citizen.getByLabel('কী ঘটেছে').fill('তিনবার গিয়েও তথ্য পাইনি; আমার নম্বর ০১৭১২-৩৪৫৬৭৮।');
  await citizen.getByRole('button', { name: 'অভিযোগ জমা দিন' }).click();

  await citizen.getByRole('heading', { level: 1, name: 'আপনার অভিযোগ গৃহীত হয়েছে' }).waitFor();
  await assertAccessible(citizen);
  await assertFitsWidth(citizen);
  const tracking = ascii(await citizen.locator('.tracking strong').innerText());
  assert.match(tracking, /^\d{3}-\d{3}-\d{4}$/);
  // 30 working days from Sunday 7 June (day 1): Thursday 16 July, unless a notified holiday moves it later.
  assert.match(await citizen.locator('main').innerText(), /নিষ্পত্তির শেষ দিন: .*জুলাই ২০২৬/);

  await citizen.getByRole('link', { name: 'অভিযোগের অবস্থা দেখুন' }).click();
  assert.equal(ascii(await citizen.getByLabel('ট্র্যাকিং নম্বর').inputValue()), tracking.replace(/-/g, ''), 'the link brings the tracking number');
  await citizen.getByLabel('মোবাইল নম্বর').fill('01712345678');
  await citizen.getByRole('button', { name: 'অবস্থা দেখুন' }).click();
  await citizen.getByText('বর্তমান অবস্থা').waitFor();
  const status = await citizen.locator('main').innerText();
  assert.match(status, /গৃহীত/);
  assert.doesNotMatch(status, /রহিমা/, 'the status page never shows who filed');
  await citizen.locator('details.deadline summary').click();
  assert.match(await citizen.locator('details.deadline').innerText(), /সাপ্তাহিক ছুটি/);
  await assertAccessible(citizen);
  await assertFitsWidth(citizen);

  // The grievance officer of Debiganj signs in, finds it, sees who filed it, and resolves it.
  const officer = await (await browser.newContext()).newPage();
  await officer.goto(`${base}/sign-in`);
  await officer.getByLabel('ই-মেইল').fill('head@debiganj.demo');
  await officer.getByLabel('পাসওয়ার্ড').fill(DEMO_PASSWORD);
  await officer.getByRole('button', { name: 'সাইন ইন' }).click();
  await officer.waitForURL(/\/account$/);
  await officer.goto(`${base}/?q=${encodeURIComponent('দেবীগঞ্জ')}`);
  await officer.getByRole('link', { name: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়' }).first().click();
  await officer.getByRole('link', { name: 'অভিযোগসমূহ' }).click();
  await assertAccessible(officer);
  await officer.getByRole('link', { name: new RegExp(tracking.replace(/\d/g, (d) => BENGALI[Number(d)] ?? d)) }).click();
  await officer.getByRole('heading', { level: 1, name: /অভিযোগ/ }).waitFor();
  const detail = await officer.locator('main').innerText();
  assert.match(detail, /রহিমা খাতুন/);
  assert.match(detail, /নিরীক্ষা লগে/);
  await assertAccessible(officer);
  await officer.getByLabel('পদক্ষেপ').selectOption('resolve');
  await officer.getByLabel('মন্তব্য, সিদ্ধান্ত বা প্রশ্ন').fill('তথ্য আপনার ই-মেইলে পাঠানো হয়েছে; অফিসে ০১৭৫১-১১৯০৭৩ নম্বরে যোগাযোগ করুন।');
  await officer.getByRole('button', { name: 'পদক্ষেপ নিন' }).click();
  await officer.getByText('নিষ্পন্ন').first().waitFor();

  // The citizen looks again: the answer, with the phone number taken out; accepts it.
  await citizen.goto(`${base}/grievances/status?tracking=${tracking.replace(/-/g, '')}`);
  await citizen.getByLabel('মোবাইল নম্বর').fill('01712345678');
  await citizen.getByRole('button', { name: 'অবস্থা দেখুন' }).click();
  await citizen.getByRole('heading', { name: 'দপ্তরের উত্তর' }).waitFor();
  const answered = await citizen.locator('main').innerText();
  assert.match(answered, /তথ্য আপনার ই-মেইলে পাঠানো হয়েছে/);
  assert.doesNotMatch(answered, /১১৯০৭৩/, 'contacts typed into the public answer are taken out');
  await assertAccessible(citizen);
  await assertFitsWidth(citizen);
  await citizen.getByRole('button', { name: 'সন্তুষ্ট: অভিযোগটি সমাপ্ত করুন' }).click();
  await citizen.getByText('আপনার পদক্ষেপ সংরক্ষিত হয়েছে।').waitFor();
  assert.match(await citizen.locator('main').innerText(), /সমাপ্ত/);
  await phone.close();
});
