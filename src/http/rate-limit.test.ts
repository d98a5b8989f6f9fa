import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import type { AppEnv } from './context.ts';
import type { Db } from '../db/client.ts';
import { onError } from './errors.tsx';
import { rateLimit } from './rate-limit.ts';

test('an address past the limit gets 429 with when to try again; a new window lets it in again', async () => {
  let clock = new Date('2025-06-05T04:00:00Z');
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', { db: null as unknown as Db, now: () => clock });
    c.set('locale', 'en');
    await next();
  });
  app.use('/form', rateLimit('form', { max: 3, windowMs: 10 * 60_000 }));
  app.post('/form', (c) => c.text('ok'));
  app.get('/form', (c) => c.text('page'));
  app.onError(onError);
  const post = () => app.request('/form', { method: 'POST' });
  for (let i = 0; i < 3; i++) assert.equal((await post()).status, 200);
  const refused = await post();
  assert.equal(refused.status, 429);
  assert.match(await refused.text(), /Too many attempts from this address; try again in 10 minutes/);
  assert.equal((await app.request('/form')).status, 200, 'reading the form is never limited');
  clock = new Date(clock.getTime() + 10 * 60_000);
  assert.equal((await post()).status, 200);
});

test('behind a trusted proxy each client has its own count (the last X-Forwarded-For entry); GET counts when asked', async () => {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', { db: null as unknown as Db, now: () => new Date('2025-06-05T04:00:00Z'), trustProxy: true });
    c.set('locale', 'en');
    await next();
  });
  app.use('/look', rateLimit('look', { max: 2, windowMs: 60_000, methods: ['GET'] }));
  app.get('/look', (c) => c.text('ok'));
  app.onError(onError);
  const from = (ip: string) => app.request('/look', { headers: { 'x-forwarded-for': `1.1.1.1, ${ip}` } });
  assert.equal((await from('10.0.0.1')).status, 200);
  assert.equal((await from('10.0.0.1')).status, 200);
  assert.equal((await from('10.0.0.1')).status, 429, 'a lookup by GET is limited too');
  assert.equal((await from('10.0.0.2')).status, 200, 'another client behind the same proxy is not');
});
