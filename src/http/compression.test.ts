import { test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { etag } from 'hono/etag';
import type { AppEnv } from './context.ts';
import { chosen, compression, offerPrepared, type Encoding, type Prepared } from './compression.ts';

const PAGE = `<!DOCTYPE html><p>${'নাগরিক সেবা প্রদান প্রতিশ্রুতি '.repeat(200)}</p>`;

test('brotli where the client takes it, else gzip, never what it refuses with q=0', () => {
  assert.equal(chosen('gzip, deflate, br, zstd'), 'br');
  assert.equal(chosen('gzip, deflate'), 'gzip');
  assert.equal(chosen('br;q=0, gzip'), 'gzip');
  assert.equal(chosen('identity'), null);
  assert.equal(chosen(undefined), null);
});

test('a streamed response: compressed, its ETag made weak, every cookie kept', async () => {
  const app = new Hono<AppEnv>();
  app.use('*', compression);
  app.use('/page', etag());
  app.get('/page', (c) => {
    c.header('Set-Cookie', 'a=1; Path=/', { append: true });
    c.header('Set-Cookie', 'b=2; Path=/', { append: true });
    return c.html(PAGE);
  });
  const plain = await app.request('/page');
  const strong = plain.headers.get('etag') ?? '';
  assert.match(strong, /^"[0-9a-f]{40}"$/);
  const zipped = await app.request('/page', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(zipped.headers.get('content-encoding'), 'gzip');
  assert.equal(zipped.headers.get('etag'), `W/${strong}`, 'the bytes differ from those the tag was made of');
  assert.equal(zipped.headers.get('vary'), 'Accept-Encoding');
  assert.deepEqual(zipped.headers.getSetCookie(), ['a=1; Path=/', 'b=2; Path=/']);
  assert.equal(gunzipSync(new Uint8Array(await zipped.arrayBuffer())).toString('utf8'), PAGE);
  const again = await app.request('/page', { headers: { 'accept-encoding': 'gzip', 'if-none-match': `W/${strong}` } });
  assert.equal(again.status, 304, 'the weak tag a proxy kept revalidates');
});

/** A kept page as the page cache keeps it, counting how often it is compressed. */
function keptPage(html: string): Prepared & { made: Encoding[] } {
  const made: Encoding[] = [];
  const bodies = new Map<Encoding, Promise<Uint8Array>>();
  return {
    etag: '"kept-page-tag"',
    size: Buffer.byteLength(html),
    made,
    encoded(encoding) {
      let body = bodies.get(encoding);
      if (!body) {
        made.push(encoding);
        body = import('node:zlib').then((z) => (encoding === 'br' ? z.brotliCompressSync(html) : z.gzipSync(html)));
        bodies.set(encoding, body);
      }
      return body;
    },
  };
}

test('a kept page is compressed once per encoding and its ETag is never hashed again; 304 by that tag', async () => {
  const page = keptPage(PAGE);
  let hashed = 0;
  const app = new Hono<AppEnv>();
  app.use('*', compression);
  app.use(
    '/kept',
    etag({
      generateDigest: (body) => {
        hashed++;
        return crypto.subtle.digest('SHA-1', body);
      },
    }),
  );
  app.get('/kept', async (c) => {
    await Promise.resolve(); // as the cache would: the page comes back after an await
    offerPrepared(page);
    return c.html(PAGE);
  });
  for (let i = 0; i < 3; i++) {
    const gz = await app.request('/kept', { headers: { 'accept-encoding': 'gzip, deflate' } });
    assert.equal(gz.headers.get('content-encoding'), 'gzip');
    assert.equal(gz.headers.get('etag'), 'W/"kept-page-tag"');
    const bytes = new Uint8Array(await gz.arrayBuffer());
    assert.equal(gz.headers.get('content-length'), String(bytes.byteLength));
    assert.equal(gunzipSync(bytes).toString('utf8'), PAGE);
    const br = await app.request('/kept', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    assert.equal(br.headers.get('content-encoding'), 'br');
    assert.equal(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString('utf8'), PAGE);
  }
  assert.deepEqual(page.made, ['gzip', 'br'], 'each encoding made once, for six responses');
  const plain = await app.request('/kept');
  assert.equal(plain.headers.get('content-encoding'), null);
  assert.equal(plain.headers.get('etag'), '"kept-page-tag"');
  assert.equal(await plain.text(), PAGE);
  const notModified = await app.request('/kept', { headers: { 'accept-encoding': 'gzip', 'if-none-match': 'W/"kept-page-tag"' } });
  assert.equal(notModified.status, 304);
  assert.equal(notModified.headers.get('etag'), 'W/"kept-page-tag"', 'the same tag as the 200 it stands for');
  assert.equal(hashed, 0, 'the tag came with the page');
});

test('offering a page outside a request does nothing; a response that is not the page is left alone', async () => {
  offerPrepared(keptPage(PAGE));
  const app = new Hono<AppEnv>();
  app.use('*', compression);
  app.get('/other', (c) => {
    offerPrepared(keptPage(PAGE));
    c.header('ETag', '"something-else"');
    return c.html('<p>another page</p>'.repeat(100));
  });
  const res = await app.request('/other', { headers: { 'accept-encoding': 'gzip' } });
  assert.equal(res.headers.get('etag'), 'W/"something-else"');
  assert.equal(gunzipSync(new Uint8Array(await res.arrayBuffer())).toString('utf8'), '<p>another page</p>'.repeat(100));
});
