// Rendered pages kept in memory, by a key that covers everything that changes them. A published charter never
// changes, but what its page shows can (the holder of a post, the office's contacts, a new publication): the key
// ends with the newest audit entry's id, and every write writes one, so any write anywhere starts afresh, in
// every process that shares the database. Coarse, and correct without a message between processes.
import { desc } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditLog } from '../db/schema.ts';

export async function latestWrite(db: Db): Promise<number> {
  const [row] = await db.select({ id: auditLog.id }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  return row?.id ?? 0;
}

export class PageCache {
  private readonly pages = new Map<string, string>();
  constructor(private readonly max = 500) {}

  /** The page under the key, rendered once; `hit` says whether it came from memory. */
  async get(key: string, render: () => Promise<string>): Promise<{ html: string; hit: boolean }> {
    const kept = this.pages.get(key);
    if (kept !== undefined) {
      // most recently used last, so the oldest goes first when full
      this.pages.delete(key);
      this.pages.set(key, kept);
      return { html: kept, hit: true };
    }
    const html = await render();
    this.pages.set(key, html);
    if (this.pages.size > this.max) {
      const oldest = this.pages.keys().next().value;
      if (oldest !== undefined) this.pages.delete(oldest);
    }
    return { html, hit: false };
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
