// The grievance pages and API the way browsers and clients use them: a form that works without JavaScript
// (CSRF cookie, multipart, errors re-rendered with 400), the status page by POST, the officer's pages, the API.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import { grievanceWorld, type GrievanceWorld } from '../../../test/helpers/grievances.ts';
import { operatorCtx } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { grievances } from '../../db/schema.ts';
import { createApp } from '../../app.tsx';
import { createToken } from '../accounts/accounts.service.ts';

const NOW = new Date('2026-06-04T04:00:00Z');
let database: Database;
let w: GrievanceWorld;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

before(async () => {
  database = await testDatabase();
  w = await grievanceWorld(database.db, NOW);
  for (const who of ['gro', 'head', 'other-gro', 'appeal'])
    tokens[who] = (await createToken(operatorCtx(database.db, NOW), { email: `${who}@test.gov.bd` })).token;
  app = createApp({ db: database.db, now: () => NOW });
});
after(() => database.close());

/** A visitor with no account: the CSRF cookie from a first GET, sent back with every form. */
async function visitor(path: string) {
  const res = await app.request(path);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const html = await res.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  return { res, html, cookie, csrf };
}

const form = (fields: Record<string, string>, files: { name: string; bytes: Uint8Array; type: string }[] = []) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  for (const f of files) data.append('attachments', new File([f.bytes.slice().buffer as ArrayBuffer], f.name, { type: f.type }));
  return data;
};

const bearer = (who: string, path: string, init: RequestInit = {}) =>
  app.request(path, { ...init, headers: { authorization: `Bearer ${tokens[who] ?? ''}`, 'content-type': 'application/json', ...(init.headers ?? {}) } });

test('a citizen files from the form (multipart, no JavaScript), gets the tracking number and follows it by POST', async () => {
  const serviceId = w.serviceIds[1] ?? 0;
  const { res, html, cookie, csrf } = await visitor(`/offices/${w.upazila.id}/grievances/new?service=${serviceId}`);
  assert.equal(res.status, 200);
  assert.match(html, new RegExp(`<option value="${serviceId}" selected=""`), 'the service row the link came from is chosen');
  assert.match(html, /৩০ কার্যদিবসের মধ্যে/);
  const fields = {
    _csrf: csrf,
    name: 'করিম উদ্দিন',
    mobile: '০১৭১৫-৫৫৫৫৫৫',
    serviceId: String(serviceId),
    description: 'প্রশিক্ষণের আবেদনের কোনো উত্তর পাইনি।',
    website: '',
  };
  const pdf = new TextEncoder().encode('%PDF-1.4\n%%EOF');
  const posted = await app.request(`/offices/${w.upazila.id}/grievances`, {
    method: 'POST',
    headers: { cookie },
    body: form(fields, [{ name: 'রসিদ.pdf', bytes: pdf, type: 'application/pdf' }]),
  });
  assert.equal(posted.status, 303);
  const location = posted.headers.get('location') ?? '';
  const tracking = /tracking=(\d{10})/.exec(location)?.[1] ?? '';
  assert.ok(tracking, location);
  const filed = await (await app.request(location)).text();
  assert.match(filed, /আপনার অভিযোগ গৃহীত হয়েছে/);
  assert.ok(filed.includes(`${tracking.slice(0, 3)}-`.replace(/\d/g, (d) => '০১২৩৪৫৬৭৮৯'[Number(d)] ?? d)), 'the tracking number in Bengali digits');
  assert.equal(filed.includes('করিম'), false);
  const [row] = await database.db.select().from(grievances).where(eq(grievances.trackingNumber, tracking));
  assert.deepEqual([row?.channel, row?.mobile, row?.serviceId], ['web', '+8801715555555', serviceId]);

  const status = await app.request('/grievances/status', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, tracking, mobile: '01715555555' }).toString(),
  });
  assert.equal(status.status, 200);
  const page = await status.text();
  assert.match(page, /গৃহীত/);
  assert.equal(page.includes('করিম'), false, 'the status page never shows who filed');
  const wrong = await app.request('/grievances/status', {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, tracking, mobile: '01715555556' }).toString(),
  });
  assert.equal(wrong.status, 404);
  assert.match(await wrong.text(), /অভিযোগটি পাওয়া যায়নি/);
});

test('the form: errors re-render with 400 and the values kept; the honeypot refuses; no CSRF token, no filing', async () => {
  const { cookie, csrf } = await visitor(`/offices/${w.upazila.id}/grievances/new`);
  const bad = await app.request(`/offices/${w.upazila.id}/grievances`, {
    method: 'POST',
    headers: { cookie },
    body: form({ _csrf: csrf, name: 'আমিনা', mobile: '123', description: 'ছোট' }),
  });
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#mobile"/);
  assert.match(html, /value="আমিনা"/, 'the name is kept');
  const trap = await app.request(`/offices/${w.upazila.id}/grievances`, {
    method: 'POST',
    headers: { cookie },
    body: form({ _csrf: csrf, name: 'bot', mobile: '01711111111', description: 'buy cheap things now please', website: 'http://spam.example' }),
  });
  assert.equal(trap.status, 400);
  assert.match(await trap.text(), /স্বয়ংক্রিয়ভাবে পূরণ/);
  const forged = await app.request(`/offices/${w.upazila.id}/grievances`, {
    method: 'POST',
    headers: { cookie },
    body: form({ name: 'x', mobile: '01711111112', description: 'কোনো উত্তর পাইনি এখনো।' }),
  });
  assert.equal(forged.status, 403);
  const count = await database.db.select().from(grievances).where(eq(grievances.mobile, '+8801711111111'));
  assert.equal(count.length, 0, 'nothing saved');
});

test('the API: file with no sign-in, follow by tracking and mobile, officers read and act with a token', async () => {
  const filed = await app.request('/api/grievances', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      officeId: w.upazila.id,
      serviceId: w.serviceIds[0],
      name: 'সালমা',
      mobile: '01816666666',
      description: 'সেবা পাইনি, তিনবার গিয়েছি।',
    }),
  });
  assert.equal(filed.status, 201);
  const { id, trackingNumber } = (await filed.json()) as { id: number; trackingNumber: string };
  const status = await app.request(`/api/grievances/status?tracking=${trackingNumber}&mobile=01816666666`);
  assert.equal(status.status, 200);
  assert.equal(((await status.json()) as { status: string }).status, 'received');
  assert.equal((await app.request(`/api/grievances/status?tracking=${trackingNumber}&mobile=01816666667`)).status, 404);
  assert.equal((await app.request(`/api/grievances/${id}`)).status, 401);
  assert.equal((await bearer('other-gro', `/api/grievances/${id}`)).status, 404);
  const head = (await (await bearer('head', `/api/grievances/${id}`)).json()) as { complainant: { name: string; masked: boolean } };
  assert.deepEqual([head.complainant.name, head.complainant.masked], ['•••', true]);
  const gro = (await (await bearer('gro', `/api/grievances/${id}`)).json()) as { complainant: { name: string } };
  assert.equal(gro.complainant.name, 'সালমা');
  assert.equal((await bearer('head', `/api/grievances/${id}/steps`, { method: 'POST', body: JSON.stringify({ action: 'investigate' }) })).status, 403);
  const resolved = await bearer('gro', `/api/grievances/${id}/steps`, {
    method: 'POST',
    body: JSON.stringify({ action: 'resolve', note: 'সেবা দেওয়া হয়েছে।' }),
  });
  assert.equal(resolved.status, 200);
  assert.equal(((await resolved.json()) as { status: string }).status, 'resolved');
  const again = await bearer('gro', `/api/grievances/${id}/steps`, { method: 'POST', body: JSON.stringify({ action: 'investigate' }) });
  assert.equal(again.status, 409);
  const appealed = await app.request('/api/grievances/status/steps', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ tracking: trackingNumber, mobile: '01816666666', action: 'appeal' }),
  });
  assert.equal(appealed.status, 200);
  assert.equal(((await appealed.json()) as { level: string }).level, 'appeal');
  const dossier = await bearer('appeal', `/api/grievances/${id}/dossier`);
  assert.equal(dossier.status, 200);
  assert.equal((await bearer('head', `/api/grievances/${id}/dossier`)).status, 403);
  const list = await bearer('gro', `/api/offices/${w.upazila.id}/grievances`);
  assert.equal(JSON.stringify(await list.json()).includes('সালমা'), false);
});

test('the officer’s page: the identity for the grievance officer, the next step by form, 303 back', async () => {
  const res = await app.request('/api/grievances', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ officeId: w.upazila.id, name: 'নাসির', mobile: '01917777777', description: 'অফিসে গিয়ে কাউকে পাইনি।' }),
  });
  const { id } = (await res.json()) as { id: number };
  const page = await app.request(`/grievances/${id}`, { headers: { authorization: `Bearer ${tokens.gro ?? ''}` } });
  assert.equal(page.status, 200);
  const html = await page.text();
  assert.match(html, /নাসির/);
  assert.match(html, /নিরীক্ষা লগে/);
  assert.match(html, /<option value="clarify">/);
  assert.match(html, /ছুটির তালিকা নেই/, 'the test database has no holidays: the page says the count sees only the weekly days off');
  const step = await app.request(`/grievances/${id}/steps`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.gro ?? ''}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action: 'clarify', note: '' }).toString(),
  });
  assert.equal(step.status, 400, 'a question needs its words');
  const ok = await app.request(`/grievances/${id}/steps`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tokens.gro ?? ''}`, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ action: 'clarify', note: 'কবে গিয়েছিলেন?' }).toString(),
  });
  assert.equal(ok.status, 303);
  const head = await (await app.request(`/grievances/${id}`, { headers: { authorization: `Bearer ${tokens.head ?? ''}` } })).text();
  assert.equal(head.includes('নাসির'), false);
  assert.doesNotMatch(head, /<form method="post" action="\/grievances/, 'the head reads, does not act');
  const list = await (await app.request(`/offices/${w.upazila.id}/grievances?open=1`, { headers: { authorization: `Bearer ${tokens.head ?? ''}` } })).text();
  assert.match(list, new RegExp(`/grievances/${id}`));
  assert.equal((await app.request(`/offices/${w.upazila.id}/grievances`)).status, 401);
});

test('public writes: JSON only, never from a page of another site; the filed page tells its details only to the browser that filed', async () => {
  const body = JSON.stringify({ officeId: w.upazila.id, name: 'রুবিনা', mobile: '01818888888', description: 'সেবা পাইনি, উত্তরও পাইনি।' });
  const plain = await app.request('/api/grievances', { method: 'POST', headers: { 'content-type': 'text/plain' }, body });
  assert.equal(plain.status, 415, 'a form on another site can only send text/plain or form data');
  const cross = await app.request('/api/grievances', { method: 'POST', headers: { 'content-type': 'application/json', 'sec-fetch-site': 'cross-site' }, body });
  assert.equal(cross.status, 403);
  const origin = await app.request('http://localhost/api/grievances', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'https://evil.example' },
    body,
  });
  assert.equal(origin.status, 403);
  const same = await app.request('http://localhost/api/grievances', {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: 'http://localhost' },
    body,
  });
  assert.equal(same.status, 201);
  const { trackingNumber } = (await same.json()) as { trackingNumber: string };
  const page = await (await app.request(`/grievances/filed?tracking=${trackingNumber}`)).text();
  assert.doesNotMatch(page, /দেবীগঞ্জ/, 'without the cookie of the browser that filed: the number only');
  assert.equal(await database.db.$count(grievances, eq(grievances.mobile, '+8801818888888')), 1, 'the refused ones saved nothing');
});
