// Text is sent compressed to whoever accepts it: brotli where the client takes it (smaller, and what a cheap
// phone on a slow line gains most from), else gzip. Streamed through node:zlib, so a streamed response (the
// national CSV) stays streamed; Node 20's CompressionStream has no brotli, hence zlib.
//
// A page kept in memory (http/page-cache.ts) is compressed once per encoding and kept so: while the handler
// runs, the cache hands the page to this middleware (offerPrepared, through an AsyncLocalStorage of the request)
// together with its ETag, and this middleware sends the kept bytes. A hit does no compression work and hashes
// nothing (the ETag middleware finds the tag already set).
import { AsyncLocalStorage } from 'node:async_hooks';
import { Duplex } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';
import { createMiddleware } from 'hono/factory';
import type { Context } from 'hono';
import type { AppEnv } from './context.ts';

const COMPRESSIBLE = /^(?:text\/|application\/(?:json|ld\+json|xml|javascript|problem\+json)|image\/svg\+xml)/i;
const MIN_BYTES = 1024;

export type Encoding = 'br' | 'gzip';

/** The same settings for a stream and for a kept page, so both give the same bytes. */
export const BROTLI_OPTIONS = { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } };

export function chosen(accept: string | undefined): Encoding | null {
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

/** A response body made once and kept: its strong ETag, its size and its bytes in each encoding. */
export interface Prepared {
  /** `"…"`, strong: of the uncompressed bytes */
  readonly etag: string;
  /** uncompressed, in bytes */
  readonly size: number;
  encoded(encoding: Encoding): Promise<Uint8Array>;
}

interface Request {
  c: Context<AppEnv>;
  prepared?: Prepared;
}

const requests = new AsyncLocalStorage<Request>();

/**
 * Called by a handler's cache while the handler runs: the response about to be made is this body. Sets its ETag
 * (so the ETag middleware need not hash it, and answers 304 by it); the body is swapped for the kept compressed
 * bytes on the way out if the response still carries that ETag. Call it last, just before the response is made.
 */
export function offerPrepared(prepared: Prepared): void {
  const request = requests.getStore();
  if (!request) return;
  request.prepared = prepared;
  request.c.header('ETag', prepared.etag);
}

/** Replaces c.res without Hono copying the old response's headers back over the new ones (its setter does). */
function replace(c: Context<AppEnv>, res: Response) {
  c.res = undefined;
  c.res = res;
}

const weak = (tag: string) => (tag.startsWith('W/') ? tag : `W/${tag}`);

export const compression = createMiddleware<AppEnv>(async (c, next) => {
  const request: Request = { c };
  await requests.run(request, next);
  const encoding = chosen(c.req.header('accept-encoding'));
  if (encoding === null || c.req.method === 'HEAD') return;
  const res = c.res;
  const prepared = request.prepared;
  const transformable = !/no-transform/i.test(res.headers.get('cache-control') ?? '');
  if (prepared && res.headers.get('etag') === prepared.etag && prepared.size >= MIN_BYTES && transformable && !res.headers.has('content-encoding')) {
    const notModified = res.status === 304;
    if (notModified || COMPRESSIBLE.test(res.headers.get('content-type') ?? '')) {
      // the old response is dropped: its headers are taken over, not copied
      const headers = res.headers;
      headers.append('vary', 'Accept-Encoding');
      // A weak ETag: the bytes differ from the uncompressed ones the tag was made of, the page does not.
      headers.set('etag', weak(prepared.etag));
      if (notModified) {
        replace(c, new Response(null, { status: 304, headers }));
        return;
      }
      const body = await prepared.encoded(encoding);
      headers.set('content-encoding', encoding);
      headers.set('content-length', String(body.byteLength));
      // (not res.statusText: reading it would make the whole Response again, body and all)
      replace(c, new Response(body as Uint8Array<ArrayBuffer>, { status: res.status, headers }));
      return;
    }
  }
  const type = res.headers.get('content-type') ?? '';
  const length = Number(res.headers.get('content-length') ?? NaN);
  if (res.body === null || res.headers.has('content-encoding')) return;
  if (!COMPRESSIBLE.test(type) || !transformable || length < MIN_BYTES) return;
  const zipper = encoding === 'br' ? createBrotliCompress(BROTLI_OPTIONS) : createGzip();
  const headers = new Headers(res.headers);
  headers.set('content-encoding', encoding);
  headers.delete('content-length');
  headers.append('vary', 'Accept-Encoding');
  // A weak ETag: the bytes differ from the uncompressed ones the tag was made of, the page does not.
  const tag = headers.get('etag');
  if (tag) headers.set('etag', weak(tag));
  const stream = Duplex.toWeb(zipper) as unknown as ReadableWritablePair<Uint8Array, Uint8Array>;
  replace(c, new Response(res.body.pipeThrough(stream), { status: res.status, statusText: res.statusText, headers }));
});
