// Text is sent compressed to whoever accepts it: brotli where the client takes it (smaller, and what a cheap
// phone on a slow line gains most from), else gzip. Streamed through node:zlib, so a streamed response (the
// national CSV) stays streamed; Node 20's CompressionStream has no brotli, hence zlib.
import { Duplex } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './context.ts';

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|ld\+json|xml|javascript|problem\+json)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;

function chosen(accept: string | undefined): 'br' | 'gzip' | null {
  const offered = (accept ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => q === undefined || !/^\s*q=0(?:\.0*)?\s*$/.test(q))
    .map(([name]) => name);
  if (offered.includes('br')) return 'br';
  if (offered.includes('gzip')) return 'gzip';
  return null;
}

export const compression = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  const res = c.res;
  const encoding = chosen(c.req.header('accept-encoding'));
  const type = res.headers.get('content-type') ?? '';
  const length = Number(res.headers.get('content-length') ?? NaN);
  if (encoding === null || c.req.method === 'HEAD' || res.body === null || res.headers.has('content-encoding')) return;
  if (!COMPRESSIBLE.test(type) || /no-transform/i.test(res.headers.get('cache-control') ?? '') || length < MIN_BYTES) return;
  const zipper =
    encoding === 'br'
      ? createBrotliCompress({ params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } })
      : createGzip();
  const headers = new Headers(res.headers);
  headers.set('content-encoding', encoding);
  headers.delete('content-length');
  headers.append('vary', 'Accept-Encoding');
  // A weak ETag: the bytes differ from the uncompressed ones the tag was made of, the page does not.
  const tag = headers.get('etag');
  if (tag && !tag.startsWith('W/')) headers.set('etag', `W/${tag}`);
  const stream = Duplex.toWeb(zipper) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  c.res = new Response(res.body.pipeThrough(stream), { status: res.status, statusText: res.statusText, headers });
});
