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

test('on a phone an officer named in the card above is a note, not the same block again; on a wide screen the table shows every officer', async () => {
  for (const [width, shown] of [
    [360, false],
    [1280, true],
  ] as const) {
    const context = await browser.newContext({ viewport: { width, height: 740 } });
    const page = await context.newPage();
    await page.goto(`${base}/offices/2/charter`);
    const cells = page.locator('td.same-officer');
    const count = await cells.count();
    if (count === 0) throw new Error('the Khulna charter repeats an officer');
    const cell = cells.first();
    const personShown = await cell.locator('.person').isVisible();
    const note = await cell.evaluate((el) => getComputedStyle(el, '::after').content);
    if (personShown !== shown) throw new Error(`at ${width} px the repeated officer is ${personShown ? 'shown' : 'hidden'}`);
    if (!shown && note !== '"ওপরের সেবার একই কর্মকর্তা"') throw new Error(`at ${width} px the note is ${note}`);
    await context.close();
  }
});
