// Browser tests' one door to Chromium: Debian's own build through playwright-core, plus axe-core checks.
// Never downloads a browser (the machines reach only npm and Debian); a missing Chromium is a failure, not a skip.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Result } from 'axe-core';
import { CHROMIUM_ARGS, chromiumPath, findChromium } from '../../src/modules/print/chromium.ts';

export type Violation = Result;

export { CHROMIUM_ARGS, chromiumPath };

/** WCAG 2.0 A and AA: the level a public service in Bangladesh is held to. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa'];

/** Starts headless Debian Chromium; throws with the install command when it is not there. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) {
    throw new Error(
      `Chromium not found at ${chromiumPath()}. Browser tests use Debian's Chromium, never a downloaded one: ` +
        'install it with `apt-get install -y --no-install-recommends chromium fonts-noto-core fonts-lohit-beng-bengali` ' +
        '(or run `bash .ci/run`), or point CHROMIUM_PATH at another Chromium.',
    );
  }
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], timeout: 60_000 });
}

const require = createRequire(import.meta.url);
let axeSource: string | undefined;

function axeScript(): string {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

// Strings, not functions, go to page.evaluate: tsx (esbuild keepNames) would wrap a function in a
// `__name` helper that does not exist inside the page.
const AXE_PRESENT = "typeof window.axe === 'object' && window.axe !== null";

async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate<boolean>(AXE_PRESENT)) return;
  try {
    await page.addScriptTag({ content: axeScript() });
  } catch {
    // A strict Content-Security-Policy may refuse the inline tag; handled below.
  }
  if (await page.evaluate<boolean>(AXE_PRESENT)) return;
  // Evaluation through the DevTools protocol is not subject to the page's CSP.
  await page.evaluate<unknown>(axeScript());
  if (!(await page.evaluate<boolean>(AXE_PRESENT))) {
    throw new Error('axe-core could not be injected into the page');
  }
}

/** Runs axe-core (WCAG 2 A and AA) on the whole document and returns the violations, [] when clean. */
export async function checkAccessibility(page: Page, tags: readonly string[] = AXE_TAGS): Promise<Violation[]> {
  await injectAxe(page);
  const options = JSON.stringify({ runOnly: [...tags] });
  return page.evaluate<Violation[]>(`window.axe.run(document, ${options}).then((r) => r.violations)`);
}

/** A readable assertion message: one block per rule, the offending elements under it. */
export function formatViolations(violations: readonly Violation[]): string {
  if (violations.length === 0) return 'no accessibility violations';
  const blocks = violations.map((v) => {
    const nodes = v.nodes.map((n) => {
      const where = n.target.map((t) => (Array.isArray(t) ? t.join(' >> ') : String(t))).join(' ');
      const why = n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : '';
      return `    at ${where}\n      ${n.html}${why}`;
    });
    return `- [${v.impact ?? 'unknown'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes.join('\n')}`;
  });
  return `${violations.length} accessibility violation(s):\n${blocks.join('\n')}`;
}

/** Fonts Chromium really drew an element's text with, e.g. to prove Bengali did not fall back to boxes. */
export async function renderedFonts(page: Page, selector: string): Promise<{ familyName: string; glyphCount: number }[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts.map((f) => ({ familyName: f.familyName, glyphCount: f.glyphCount }));
  } finally {
    await cdp.detach();
  }
}

/** Fails with every violation listed when the page breaks an axe WCAG 2 A/AA rule. */
export async function assertAccessible(page: Page): Promise<void> {
  const violations = await checkAccessibility(page);
  if (violations.length) throw new Error(`${page.url()}\n${formatViolations(violations)}`);
}

/** Fails when the page scrolls sideways at the viewport's width (a 360 px phone). */
export async function assertFitsWidth(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  if (widths.scroll > widths.view) throw new Error(`${page.url()} scrolls sideways at ${widths.view} px (${widths.scroll} px wide)`);
}

/**
 * Every control a thumb aims at is at least 44 px tall: buttons, fields, lists to choose from, summaries and
 * the links of navigation (a checkbox or radio by its label). Links inside running text are the exception
 * WCAG makes for inline targets.
 */
export async function assertTapTargets(page: Page, min = 44): Promise<void> {
  const small = await page.evaluate((least) => {
    // what a closed <details> holds is measured open, as the thumb meets it
    const closed = [...document.querySelectorAll('details:not([open])')];
    for (const d of closed) d.setAttribute('open', '');
    const controls = document.querySelectorAll<HTMLElement>('button, input:not([type="hidden"]), select, textarea, summary, .button, nav a, .contents a');
    const out: string[] = [];
    for (const el of controls) {
      const target = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio') ? (el.closest('label, .field') ?? el) : el;
      const box = target.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || el.closest('[hidden], .visually-hidden')) continue;
      if (el.closest('[aria-hidden="true"]')) continue;
      if (box.height < least - 0.5)
        out.push(
          `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ')[0]}` : ''} "${(el.textContent || el.getAttribute('name') || '').trim().slice(0, 30)}" ${Math.round(box.height)} px`,
        );
    }
    for (const d of closed) d.removeAttribute('open');
    return out;
  }, min);
  if (small.length) throw new Error(`${page.url()}: tap targets under ${min} px:\n${small.join('\n')}`);
}
