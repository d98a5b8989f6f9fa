// PDFs made by Chromium from the print view's HTML: one browser for the process, launched at the first PDF,
// at most two pages rendering at once, and each PDF kept in memory by what it shows.
import { createHash } from 'node:crypto';
import { chromium, type Browser } from 'playwright-core';
import { DomainError } from '../shared/domain-error.ts';
import { CHROMIUM_ARGS, findChromium } from './chromium.ts';
import type { Paper } from './paper.ts';

export interface PdfJob {
  /** the whole print document (styles inline: the page is set from a string, it fetches nothing) */
  html: string;
  paper: Paper;
  /** Chromium's running header and footer, drawn in the page margins on every page */
  headerTemplate: string;
  footerTemplate: string;
  /** what names the PDF in the cache besides its content: edition, paper, language */
  key: string;
}

const MAX_CONCURRENT = 2;
const MAX_CACHED = 64;

let browser: Promise<Browser> | null = null;
let running = 0;
const waiting: (() => void)[] = [];
// Insertion order is age: the oldest PDF goes first when the cache is full.
const cache = new Map<string, Promise<Uint8Array<ArrayBuffer>>>();
const stats = { renders: 0, hits: 0 };

/** How many PDFs Chromium made and how many came from the cache (tests read it). */
export const pdfStats = (): Readonly<typeof stats> => ({ ...stats });

function launch(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new DomainError('print.unavailable');
  browser ??= chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS], timeout: 60_000 }).then(
    (b) => {
      // a crashed browser is launched again at the next PDF
      b.on('disconnected', () => {
        browser = null;
      });
      return b;
    },
    (err: unknown) => {
      browser = null;
      throw err;
    },
  );
  return browser;
}

async function slot<T>(fn: () => Promise<T>): Promise<T> {
  if (running >= MAX_CONCURRENT) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await fn();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

async function render(job: PdfJob): Promise<Uint8Array<ArrayBuffer>> {
  const b = await launch();
  return slot(async () => {
    // no script, no network: the document is ours and complete
    const context = await b.newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(job.html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: job.paper.size === 'a3' ? 'A3' : 'A4',
        landscape: job.paper.orientation === 'landscape',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: job.headerTemplate,
        footerTemplate: job.footerTemplate,
        margin: { top: '27mm', bottom: '12mm', left: '9mm', right: '9mm' },
      });
      stats.renders++;
      return new Uint8Array(pdf);
    } finally {
      await context.close();
    }
  });
}

/**
 * The PDF of a print document, from the cache when the same document was made before. The key covers the
 * edition, the paper and the language, and a hash of the HTML itself: an edition never changes, but who holds
 * a post, the office's address or the site's address (in the QR code) may, and each shows on the page.
 */
export async function charterPdf(job: PdfJob): Promise<{ pdf: Uint8Array<ArrayBuffer>; cached: boolean }> {
  const key = `${job.key}:${createHash('sha256').update(job.html).update(job.headerTemplate).update(job.footerTemplate).digest('hex')}`;
  const hit = cache.get(key);
  if (hit) {
    stats.hits++;
    return { pdf: await hit, cached: true };
  }
  // two requests for one PDF share its rendering; a failure is not kept
  const made = render(job);
  cache.set(key, made);
  made.catch(() => cache.delete(key));
  if (cache.size > MAX_CACHED) cache.delete(cache.keys().next().value ?? key);
  return { pdf: await made, cached: false };
}

/** Closes the browser (tests, and a server that stops; playwright also ends it when the process exits). */
export async function closePdfBrowser(): Promise<void> {
  const b = browser;
  browser = null;
  if (b) await (await b.catch(() => null))?.close();
}
