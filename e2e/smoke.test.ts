// Proves the browser infrastructure: Debian Chromium starts, axe-core runs, and Bengali text renders with a real font.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { checkAccessibility, formatViolations, launchBrowser, renderedFonts } from './helpers/browser.ts';

const HEADING = 'নাগরিক সনদ: দেবীগঞ্জ উপজেলা';

const PAGE = `<!doctype html>
<html lang="bn">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>প্রতিশ্রুতি — নাগরিক সনদ খুঁজুন</title>
  <style>
    body { font-family: "Noto Sans Bengali", "Lohit Bengali", sans-serif; margin: 2rem; color: #1b1b1b; background: #fff; }
    label { display: block; margin-bottom: .25rem; }
    input { font: inherit; padding: .25rem; border: 2px solid #1b1b1b; }
    button { font: inherit; color: #fff; background: #00563f; border: 0; padding: .3rem .8rem; }
  </style>
</head>
<body>
  <header><p>গণপ্রজাতন্ত্রী বাংলাদেশ সরকার</p></header>
  <main>
    <h1>${HEADING}</h1>
    <p id="intro">সেবা পেতে কত দিন লাগবে, কত টাকা ফি, কোথায় অভিযোগ করবেন — সব এক জায়গায়। যুক্তাক্ষর: ক্ষ ত্র ন্ত্র ঙ্ক্ষ।</p>
    <form role="search" action="/search" method="get">
      <label for="q">সেবা খুঁজুন</label>
      <input id="q" name="q" type="search" autocomplete="off">
      <button type="submit">খুঁজুন</button>
    </form>
  </main>
  <footer><p>সর্বশেষ হালনাগাদ: ১২ জানুয়ারি ২০২৫</p></footer>
</body>
</html>`;

describe('browser infrastructure (smoke)', () => {
  let server: Server;
  let baseUrl: string;
  let browser: Browser;
  let dir: string;

  before(async () => {
    server = createServer((req, res) => {
      if (req.url === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      } else {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        res.end('not found');
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    baseUrl = `http://127.0.0.1:${port}`;
    dir = await mkdtemp(join(tmpdir(), 'protishruti-e2e-'));
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('opens a Bangla page, passes axe (WCAG 2 AA) and renders Bengali with a Bengali font', async () => {
    const context = await browser.newContext({ locale: 'bn-BD' });
    const page = await context.newPage();
    try {
      const response = await page.goto(`${baseUrl}/`);
      assert.equal(response?.status(), 200);
      assert.equal(await page.locator('h1').innerText(), HEADING);
      assert.equal(await page.getByLabel('সেবা খুঁজুন').count(), 1);

      const violations = await checkAccessibility(page);
      assert.deepEqual(violations, [], formatViolations(violations));

      // Tofu boxes would leave a blank or fallback font here; a Bengali face must have drawn the glyphs.
      const fonts = await renderedFonts(page, '#intro');
      assert.ok(
        fonts.some((f) => /bengali|bangla/i.test(f.familyName) && f.glyphCount > 0),
        `no Bengali font drew the text (fonts used: ${JSON.stringify(fonts)}); install fonts-noto-core`,
      );

      const file = join(dir, 'smoke.png');
      await page.screenshot({ path: file, fullPage: true });
      const png = await readFile(file);
      assert.ok(png.length > 1000, `screenshot is only ${png.length} bytes`);
      assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'not a PNG');
      if (process.env.E2E_SCREENSHOT_DIR) {
        await page.screenshot({ path: join(process.env.E2E_SCREENSHOT_DIR, 'smoke.png'), fullPage: true });
      }
    } finally {
      await context.close();
    }
  });
});
