import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { testDatabase } from '../../test/helpers/db.ts';
import { auditLog } from '../db/schema.ts';
import { KeptPage, PageCache, latestWrite } from './page-cache.ts';

const database = await testDatabase();
after(() => database.close());

test('the newest write: callers at the same moment share one query, and a write before the call is always seen', async () => {
  const first = latestWrite(database.db);
  assert.equal(latestWrite(database.db), first, 'asked together: one query');
  const before = await first;
  await database.db.insert(auditLog).values({ actor: 'test', action: 'test.write', entity: 'test' });
  const after = await latestWrite(database.db);
  assert.ok(after > before, `the write is seen (${before} then ${after})`);
  const [many, ...rest] = await Promise.all(Array.from({ length: 20 }, () => latestWrite(database.db)));
  assert.ok(rest.every((id) => id === many));
  assert.equal(many, after);
});

test('a kept page carries the ETag hono/etag would make and its compressed bytes, made once', async () => {
  const html = `<!DOCTYPE html><p>${'সেবা '.repeat(500)}</p>`;
  const page = new KeptPage(html);
  assert.equal(page.etag, `"${createHash('sha1').update(html, 'utf8').digest('hex')}"`);
  assert.equal(page.size, Buffer.byteLength(html));
  assert.equal(page.encoded('gzip'), page.encoded('gzip'), 'made once');
  assert.equal(gunzipSync(await page.encoded('gzip')).toString('utf8'), html);
  assert.equal(brotliDecompressSync(await page.encoded('br')).toString('utf8'), html);
});

test('the page cache renders once per key and drops the least recently used when full', async () => {
  const cache = new PageCache(2);
  let renders = 0;
  const render = (text: string) => async () => {
    renders++;
    return text;
  };
  assert.deepEqual(await cache.get('a', render('A')), { html: 'A', hit: false });
  assert.deepEqual(await cache.get('a', render('A')), { html: 'A', hit: true });
  await cache.get('b', render('B'));
  await cache.get('a', render('A')); // a is now the most recent
  await cache.get('c', render('C')); // b goes
  assert.equal((await cache.get('a', render('A'))).hit, true);
  assert.equal((await cache.get('b', render('B'))).hit, false);
  assert.equal(renders, 4);
});
