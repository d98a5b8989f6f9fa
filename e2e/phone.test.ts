// Every public page on a 360 px phone in Chromium: nothing scrolls sideways, every control is at least 44 px
// tall, and axe finds no WCAG 2 A/AA
// violation. The pages a citizen meets, in both languages.
import { after, before, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { assertAccessible, assertFitsWidth, assertTapTargets } from './helpers/browser.ts';
import { startDemoServer, type DemoServer } from './helpers/demo-server.ts';

let demo: DemoServer;
let browser: Browser;
let base = '';
const now = new Date('2026-06-04T04:00:00Z');

before(async () => {
  demo = await startDemoServer(now);
  ({ base, browser } = demo);
});
after(() => demo?.close());

// Debiganj (13) and Khulna (2) have published charters in the demo; Panchagarh (12) has none.
const PAGES = [
  '/',
  '/?q=দেবীগঞ্জ',
  '/search?q=proshikkhon',
  '/offices/13',
  '/offices/13/charter',
  '/offices/2/charter',
  '/offices/2/charter/print',
  '/offices/13/charter/history',
  '/offices/12/charter',
  '/offices/13/officials',
  '/offices/13/grievances/new',
  '/grievances/status',
  '/holidays?year=2026',
  '/sign-in',
  '/no-such-page',
];

for (const lang of ['bn', 'en'] as const) {
  test(`every public page fits 360 px, has 44 px tap targets and passes axe (${lang})`, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`);
      await assertFitsWidth(page);
      await assertTapTargets(page);
      await assertAccessible(page);
    }
    await context.close();
  });
}
