// The holiday pages in the browser's way: everyone reads a year (a warning when it has no list), the head
// office's administrator adds, edits and removes a day, uploads a CSV and sets the weekly days off, without JavaScript.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildTree, operatorCtx, usersWithTokens, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { addUser } from '../accounts/accounts.service.ts';
import { workingCalendar } from './calendar.repo.ts';
import { importHolidays, listYear } from './holidays.service.ts';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
const tokens: Record<string, string> = {};

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  await importHolidays(operatorCtx(database.db), {
    csv: 'date,name_bn,name_en,class,religion,moon\n2026-02-21,শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস,Shaheed Day and International Mother Language Day,general,,\n2026-03-20,ঈদুল ফিতর,Eid-ul-Fitr,executive,,yes\n2026-05-02,বুদ্ধ পূর্ণিমা,Buddha Purnima,optional,buddhist,\n',
  });
  Object.assign(
    tokens,
    await usersWithTokens(database.db, [
      ['admin', tree.hq.id, ['admin']],
      ['editor', tree.hq.id, ['editor']],
    ]),
  );
  await addUser(operatorCtx(database.db), { officeId: tree.hq.id, email: 'browser@test.gov.bd', password: 'a-long-password', roles: ['admin'] });
  app = createApp({ db: database.db, now: () => new Date('2026-06-05T04:00:00Z') });
});
after(() => database.close());

const auth = (who: string | null): Record<string, string> => (who ? { authorization: `Bearer ${tokens[who] ?? ''}` } : {});
const get = (who: string | null, path: string) => app.request(path, { headers: auth(who) });
const post = (who: string | null, path: string, body: Record<string, string | string[]>) => {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(body)) for (const one of [v].flat()) form.append(k, one);
  return app.request(path, { method: 'POST', headers: { ...auth(who), 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
};
const upload = (who: string, csv: string | Uint8Array<ArrayBuffer>, source = '') => {
  const form = new FormData();
  form.append('csv', new File([csv], 'holidays.csv', { type: 'text/csv' }));
  form.append('source', source);
  form.append('year', '2026');
  return app.request('/holidays/import', { method: 'POST', headers: auth(who), body: form });
};

test('everyone reads a year: both calendars, the weekday, both names, the kind and the moon; no forms', async () => {
  const res = await get(null, '/holidays?year=2026');
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<h1>সরকারি ছুটি ২০২৬<\/h1>/);
  assert.match(html, /<th scope="row"><time datetime="2026-02-21">০৮ ফাল্গুন ১৪৩২ বঙ্গাব্দ \/ ২১ ফেব্রুয়ারি ২০২৬ খ্রিস্টাব্দ<\/time><\/th><td>শনিবার<\/td>/);
  assert.match(
    html,
    /<span lang="bn">শহীদ দিবস ও আন্তর্জাতিক মাতৃভাষা দিবস<\/span> · <span class="muted" lang="en">Shaheed Day and International Mother Language Day<\/span>/,
  );
  assert.match(html, /নির্বাহী আদেশে ছুটি/);
  assert.match(html, /ঐচ্ছিক ছুটি \(বৌদ্ধ\)/);
  assert.match(html, /চাঁদ দেখা সাপেক্ষে/);
  assert.match(html, /<th scope="col">তারিখ<\/th>/);
  assert.doesNotMatch(html, /<form/);
  assert.doesNotMatch(html, /সংরক্ষিত নেই/, '2026 has its list');
  assert.match(html, /২০২৭ সালের ছুটির তালিকা নেই|এই বছরগুলোর ছুটির তালিকা নেই[^<]*২০২৭/, 'next year has none yet');
  const en = await (await get(null, '/holidays?year=2026&lang=en')).text();
  assert.match(en, /<html lang="en">/);
  assert.match(en, /8 Falgun 1432 BS \/ 21 February 2026<\/time><\/th><td>Saturday<\/td>/);
  assert.match(en, /<span lang="en">Eid-ul-Fitr<\/span> · <span class="muted" lang="bn">ঈদুল ফিতর<\/span>/);
});

test('a year with no holidays says that its deadlines count only the weekly days off', async () => {
  const en = await (await get(null, '/holidays?year=2031&lang=en')).text();
  assert.match(en, /No holidays are recorded for 2031: deadlines in this year count only the weekly days off/);
  const bn = await (await get(null, '/holidays?year=2031')).text();
  assert.match(bn, /২০৩১ সালের কোনো ছুটি সংরক্ষিত নেই/);
  assert.equal((await get(null, '/holidays?year=banana')).status, 200, 'a wrong year shows this year');
});

test('the administrator adds a day: a wrong one comes back with 400, its values and an error summary', async () => {
  const page = await (await get('admin', '/holidays?year=2026')).text();
  assert.match(page, /<form method="post" action="\/holidays"/);
  assert.match(page, /enctype="multipart\/form-data"/);
  const bad = await post('admin', '/holidays', { date: '2026-02-30', nameBn: 'ভুল দিন', class: 'general', religion: 'hindu' });
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#date"/);
  assert.match(html, /href="#religion"/);
  assert.match(html, /value="ভুল দিন"/, 'the values are kept');
  const ok = await post('admin', '/holidays', {
    date: '২০২৬-১২-১৬',
    nameBn: 'বিজয় দিবস',
    nameEn: 'Victory Day',
    class: 'general',
    moon: 'yes',
    source: 'প্রজ্ঞাপন',
  });
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), '/holidays?year=2026&done=added');
  const after = await (await get('admin', '/holidays?year=2026&done=added')).text();
  assert.match(after, /role="status">ছুটি যোগ হয়েছে/);
  assert.match(after, /বিজয় দিবস/);
  assert.equal((await post('editor', '/holidays', { date: '2026-12-17', nameBn: 'x', class: 'general' })).status, 403);
  assert.equal((await post(null, '/holidays', { date: '2026-12-17', nameBn: 'x', class: 'general' })).status, 403, 'no CSRF token');
});

test('the administrator edits and removes a day', async () => {
  const victory = (await listYear(operatorCtx(database.db), { year: 2026 })).find((r) => r.nameBn === 'বিজয় দিবস');
  assert.ok(victory);
  assert.equal((await get(null, `/holidays/${victory.id}/edit`)).status, 401);
  assert.equal((await get('editor', `/holidays/${victory.id}/edit`)).status, 403);
  const form = await get('admin', `/holidays/${victory.id}/edit`);
  assert.equal(form.status, 200);
  assert.match(await form.text(), /value="Victory Day"/);
  const bad = await post('admin', `/holidays/${victory.id}`, { date: '2026-12-16', nameBn: '', class: 'general' });
  assert.equal(bad.status, 400);
  assert.match(await bad.text(), /href="#nameBn"/);
  const ok = await post('admin', `/holidays/${victory.id}`, {
    date: '2026-12-16',
    nameBn: 'মহান বিজয় দিবস',
    nameEn: 'Victory Day',
    class: 'general',
    source: '',
  });
  assert.equal(ok.status, 303);
  assert.match(await (await get(null, '/holidays?year=2026')).text(), /মহান বিজয় দিবস/);
  assert.equal((await post('editor', `/holidays/${victory.id}/delete`, {})).status, 403);
  const removed = await post('admin', `/holidays/${victory.id}/delete`, {});
  assert.equal(removed.status, 303);
  assert.equal(removed.headers.get('location'), '/holidays?year=2026&done=removed');
  assert.doesNotMatch(await (await get(null, '/holidays?year=2026')).text(), /বিজয় দিবস/);
  assert.equal((await get('admin', '/holidays/999999/edit')).status, 404);
});

test('a CSV upload replaces the year, or is refused whole with every bad line listed', async () => {
  const bad = await upload('admin', 'date,name_bn,class\n2026-02-21,শহীদ দিবস,general\n2026-13-01,ভুল,general\n2026-03-26,স্বাধীনতা দিবস,sometimes\n', 'প্রজ্ঞাপন');
  assert.equal(bad.status, 400);
  const html = await bad.text();
  assert.match(html, /ফাইলটি নেওয়া হয়নি/);
  assert.match(html, /<a href="#csv">লাইন ৩, date “2026-13-01”/);
  assert.match(html, /<a href="#csv">লাইন ৪, class “sometimes”/);
  assert.match(html, /value="প্রজ্ঞাপন"/, 'the source is kept');
  assert.equal((await listYear(operatorCtx(database.db), { year: 2026 })).length, 3, 'nothing saved');
  const latin1 = await upload('admin', new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x0a, 0xe9, 0xff]));
  assert.equal(latin1.status, 400);
  assert.match(await latin1.text(), /UTF-8/);
  const ok = await upload('admin', 'date,name_bn\n2026-02-21,শহীদ দিবস\n2026-03-26,স্বাধীনতা দিবস\n2027-02-21,শহীদ দিবস\n', 'প্রজ্ঞাপন');
  assert.equal(ok.status, 303);
  const location = ok.headers.get('location') ?? '';
  assert.equal(location, '/holidays?year=2026&done=imported&y=2026.3.2&y=2027.0.1');
  const notice = await (await get('admin', location)).text();
  assert.match(notice, /২০২৬ সালের ছুটি: আগে ৩টি → এখন ২টি/);
  assert.equal((await upload('editor', 'date,name\n2026-01-01,x\n')).status, 403);
});

test('the weekly days off, through a signed-in browser with its CSRF token', async () => {
  const signInPage = await app.request('/sign-in');
  let jar = signInPage.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
  const csrfOf = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';
  const signedIn = await app.request('/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({
      _csrf: csrfOf(await signInPage.text()),
      email: 'browser@test.gov.bd',
      password: 'a-long-password',
      next: '/holidays',
    }).toString(),
  });
  assert.equal(signedIn.status, 303);
  jar = [...jar, ...signedIn.headers.getSetCookie().map((c) => c.split(';')[0] ?? '')];
  const page = await (await app.request('/holidays?year=2026', { headers: { cookie: jar.join('; ') } })).text();
  assert.match(page, /সাপ্তাহিক ছুটি: শুক্রবার, শনিবার।/);
  assert.match(page, /<input id="day-5" name="days" type="checkbox" value="5" checked=""/);
  const send = (days: string[]) => {
    const body = new URLSearchParams({ _csrf: csrfOf(page), rootOfficeId: String(tree.hq.id), year: '2026' });
    for (const d of days) body.append('days', d);
    return app.request('/holidays/week', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
      body: body.toString(),
    });
  };
  const all = await send(['0', '1', '2', '3', '4', '5', '6']);
  assert.equal(all.status, 400);
  assert.match(await all.text(), /সপ্তাহে অন্তত একটি কর্মদিবস রাখতে হবে/);
  const ok = await send(['4', '5', '6']);
  assert.equal(ok.status, 303);
  assert.equal(ok.headers.get('location'), '/holidays?year=2026&done=week');
  assert.deepEqual((await workingCalendar(database.db, tree.upazila.id)).weekly, [4, 5, 6]);
});
