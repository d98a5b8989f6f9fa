// Rendered pages kept in memory, by a key that covers everything that changes them. A published charter never
// changes, but what its page shows can (the holder of a post, the office's contacts, a new publication): the key
// ends with the newest audit entry's id, and every write writes one, so any write anywhere starts afresh, in
// every process that shares the database. Coarse, and correct without a message between processes.
//
// A kept page is kept with its ETag and, once asked for, its gzip and brotli bytes (http/compression.ts sends
// them): a hit renders, hashes and compresses nothing.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { brotliCompress, gzip } from 'node:zlib';
import { desc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';
import { BROTLI_OPTIONS, offerPrepared, type Encoding, type Prepared } from './compression.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

async function newestAuditId(db: Db): Promise<number> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

const asking = new WeakMap<Db, Promise<number>>();

/**
 * The newest audit entry's id, read by a query that starts after this call (so every write finished before the
 * call is seen). Callers in the same turn of the event loop share one query: it starts once the requests that
 * arrived together have all asked (setImmediate), so under load a page costs a fraction of a query, not one.
 * (PGlite runs a query at once, inside the caller's microtasks: without the wait nobody would ever share.)
 */
export function latestWrite(db: Db): Promise<number> {
  let next = asking.get(db);
  if (!next) {
    next = new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      asking.delete(db);
      return newestAuditId(db);
    });
    asking.set(db, next);
  }
  return next;
}

/** A rendered page as kept: the HTML, its ETag, and its compressed bytes made on first asking. */
export class KeptPage implements Prepared {
  readonly etag: string;
  readonly size: number;
  private readonly bodies = new Map<Encoding, Promise<Uint8Array>>();

  constructor(readonly html: string) {
    const bytes = Buffer.from(html, 'utf8');
    this.size = bytes.byteLength;
    // the tag hono/etag would make of these bytes: SHA-1, hex, quoted
    this.etag = `"${createHash('sha1').update(bytes).digest('hex')}"`;
  }

  encoded(encoding: Encoding): Promise<Uint8Array> {
    let body = this.bodies.get(encoding);
    if (!body) {
      // off the event loop (zlib's thread pool), once per page and encoding; a failure is not kept
      body = encoding === 'br' ? brotliAsync(this.html, BROTLI_OPTIONS) : gzipAsync(this.html);
      body.catch(() => this.bodies.delete(encoding));
      this.bodies.set(encoding, body);
    }
    return body;
  }
}

export class PageCache {
  private readonly pages = new Map<string, KeptPage>();
  constructor(private readonly max = 500) {}

  /**
   * The page under the key, rendered once; `hit` says whether it came from memory. Inside a request it also
   * tells the compression middleware that the response is this page (its ETag, its compressed bytes): call it
   * last, and answer with `html` as it is.
   */
  async get(key: string, render: () => Promise<string>): Promise<{ html: string; hit: boolean }> {
    const kept = this.pages.get(key);
    if (kept !== undefined) {
      // most recently used last, so the oldest goes first when full
      this.pages.delete(key);
      this.pages.set(key, kept);
      offerPrepared(kept);
      return { html: kept.html, hit: true };
    }
    const page = new KeptPage(await render());
    this.pages.set(key, page);
    if (this.pages.size > this.max) {
      const oldest = this.pages.keys().next().value;
      if (oldest !== undefined) this.pages.delete(oldest);
    }
    offerPrepared(page);
    return { html: page.html, hit: false };
  }
}

const caches = new WeakMap<Db, Map<string, PageCache>>();

/** The cache of one kind of page for one database (two databases in one process never share pages). */
export function pageCache(db: Db, kind: string): PageCache {
  let kinds = caches.get(db);
  if (!kinds) {
    kinds = new Map();
    caches.set(db, kinds);
  }
  let cache = kinds.get(kind);
  if (!cache) {
    cache = new PageCache();
    kinds.set(kind, cache);
  }
  return cache;
}
