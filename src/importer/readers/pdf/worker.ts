// pdf.js runs in a worker thread (this module, started with workerData): in Node it has no worker of its
// own, in the main thread a hostile file could hold the event loop, and pdf.js leaves some of its own
// promise rejections unhandled. The worker is terminated when a read takes too long.
import { ImportError } from '../../errors.ts';
import type { Limits } from '../../limits.ts';
import { isText, rulesOf, type Item, type Rules } from './layout.ts';

/** A hostile PDF can keep pdf.js busy; past this the file is refused. */
export const PDF_TIME_LIMIT_MS = 20_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

interface PageData {
  items: Item[];
  ref: { num: number; gen: number } | null;
  rules: Rules;
}
type WorkerReply = { id: number; pages: PageData[] } | { id: number; refused: 'password' | 'damaged' | 'pages' | 'chars'; numPages?: number };

const WORKER_FLAG = 'protishruti-pdf-reader';

async function extract(lib: PdfJs, bytes: Uint8Array, maxPdfPages: number, maxTextChars: number): Promise<Omit<WorkerReply, 'id'>> {
  const task = lib.getDocument({
    data: bytes,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (err) {
      return { refused: err instanceof Error && err.name === 'PasswordException' ? 'password' : 'damaged' };
    }
    if (doc.numPages > maxPdfPages) return { refused: 'pages', numPages: doc.numPages };
    const pages: PageData[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const items: Item[] = [];
      let rules: Rules = { vertical: [], horizontal: [] };
      let ref: { num: number; gen: number } | null = null;
      try {
        const page = await doc.getPage(p);
        const r = (page as unknown as { ref?: { num: number; gen: number } | null }).ref;
        ref = r ? { num: r.num, gen: r.gen } : null;
        const reader = page.streamTextContent({ includeMarkedContent: true }).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const item of (value as { items: Item[] }).items) {
            if (isText(item)) {
              chars += item.str.length;
              items.push({ str: item.str, transform: [...item.transform], width: item.width, height: item.height });
            } else items.push({ type: item.type });
          }
          // the stream is left to doc.destroy(): cancelling it races pdf.js's own close
          if (chars > maxTextChars || items.length > maxTextChars) return { refused: 'chars' };
        }
        if (items.some(isText)) {
          const ops = await page.getOperatorList();
          rules = rulesOf(ops.fnArray, ops.argsArray, lib.OPS as unknown as Record<string, number>);
        }
      } catch {
        // a broken page: read the others
      }
      pages.push({ items, ref, rules });
    }
    return { pages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/**
 * pdf.js takes a glyph whose text holds a combining mark for a zero-width diacritic, and then does not move
 * the pen past it. A shaped Bengali cluster (ন্ত, ক্র) is one such glyph with a real width, so every glyph after
 * it in the same string lands too far left and the space after the cluster is lost. pdf.js decides this with
 * `char.match(/^(\s)|(\p{Mn})|(\p{Cf})$/u)` on the glyph's text; in this thread only (pdf.js's own), a
 * glyph that starts with a base letter is not a diacritic. Checked by e2e/pdf-import.test.ts.
 */
function keepClusterWidths(): void {
  const match = String.prototype.match;
  const CATEGORY = '^(\\s)|(\\p{Mn})|(\\p{Cf})$';
  String.prototype.match = function (this: string, re: Parameters<typeof match>[0]) {
    const text = String(this);
    if (re instanceof RegExp && re.source === CATEGORY && text.length > 1 && /^[\p{L}\p{N}]/u.test(text)) {
      return match.call(text, /^(\s)|((?!))|(\p{Cf})$/u);
    }
    return match.call(text, re);
  } as typeof match;
}

/** The worker side: reads PDFs posted to it, one at a time. */
async function serveWorker(): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  if (!parentPort) return;
  const port = parentPort;
  // pdf.js leaves some rejections of its own unhandled (a font it cannot parse); they are not ours to crash on
  process.on('unhandledRejection', () => undefined);
  keepClusterWidths();
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let queue = Promise.resolve();
  port.on('message', (msg: { id: number; bytes: Uint8Array; maxPdfPages: number; maxTextChars: number }) => {
    queue = queue.then(async () => {
      let reply: Omit<WorkerReply, 'id'>;
      try {
        reply = await extract(lib, msg.bytes, msg.maxPdfPages, msg.maxTextChars);
      } catch {
        reply = { refused: 'damaged' };
      }
      port.postMessage({ id: msg.id, ...reply });
    });
  });
}

const threads = await import('node:worker_threads');
if (!threads.isMainThread && threads.workerData === WORKER_FLAG) void serveWorker();

/** A PDF whose streams inflate to gigabytes (a PDF bomb) runs the thread out of this heap; the read is then refused. */
const WORKER_MEMORY = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64 };

let worker: import('node:worker_threads').Worker | null = null;
const pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
let nextId = 1;

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function pdfWorker(): import('node:worker_threads').Worker {
  if (worker) return worker;
  // Run from TypeScript (tsx), the thread registers tsx's loader first: `tsx` hooks the main thread only.
  const w = import.meta.url.endsWith('.ts')
    ? new threads.Worker(
        `(async () => { (await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register(); await import(${JSON.stringify(import.meta.url)}); })();`,
        { eval: true, workerData: WORKER_FLAG, stdout: false, stderr: false, resourceLimits: WORKER_MEMORY },
      )
    : new threads.Worker(new URL(import.meta.url), { workerData: WORKER_FLAG, stdout: false, stderr: false, resourceLimits: WORKER_MEMORY });
  w.unref();
  w.on('message', (reply: WorkerReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    p.resolve(reply);
  });
  const gone = () => {
    if (worker === w) worker = null;
    failAll(damaged());
  };
  w.on('error', gone);
  w.on('exit', gone);
  worker = w;
  return w;
}

/** Stops the PDF worker thread, if one runs (tests and the command line end without it anyway: it is unref'd). */
export async function stopPdfWorker(): Promise<void> {
  const w = worker;
  worker = null;
  failAll(damaged());
  await w?.terminate();
}

export function askWorker(bytes: Uint8Array, limits: Readonly<Limits>): Promise<WorkerReply> {
  const w = pdfWorker();
  const id = nextId++;
  const copy = bytes.slice();
  return new Promise<WorkerReply>((resolve, reject) => {
    const timer = setTimeout(() => {
      // pdf.js is stuck on this file: the thread goes, and with it anything else it was reading
      pending.delete(id);
      if (worker === w) worker = null;
      reject(damaged('pdf-slow'));
      void w.terminate();
    }, PDF_TIME_LIMIT_MS);
    pending.set(id, {
      resolve: (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    w.ref();
    w.postMessage({ id, bytes: copy, maxPdfPages: limits.maxPdfPages, maxTextChars: limits.maxTextChars }, [copy.buffer]);
  });
}

/** The PDF cannot be read; `variant` says how (messages.ts, import.damaged). */
export function damaged(variant = 'pdf'): ImportError {
  return new ImportError('import.damaged', variant);
}
