// Signing in and out in the browser's way (forms, cookies, CSRF), the lock after wrong passwords, tokens.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { testDatabase } from '../../../test/helpers/db.ts';
import { buildTree, operatorCtx, type Tree } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { createApp } from '../../app.tsx';
import { addUser, MAX_FAILED_SIGN_INS, signIn } from './accounts.service.ts';
import { DomainError } from '../shared/domain-error.ts';

let database: Database;
let tree: Tree;
let app: ReturnType<typeof createApp>;
let clock = new Date('2025-08-01T04:00:00Z');

before(async () => {
  database = await testDatabase();
  tree = await buildTree(database.db);
  await addUser(operatorCtx(database.db), {
    officeId: tree.upazila.id,
    email: 'Editor@Debiganj.test',
    password: 'correct horse battery',
    roles: ['editor', 'head'],
  });
  app = createApp({ db: database.db, now: () => clock });
});
after(() => database.close());

const cookiesOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0] ?? '');
const csrfIn = (html: string) => /name="_csrf" value="([^"]+)"/.exec(html)?.[1] ?? '';

async function signInForm(email: string, password: string, jar: string[] = [], base = '') {
  const page = await app.request(`${base}/sign-in`, { headers: { cookie: jar.join('; ') } });
  const jarNow = [...jar, ...cookiesOf(page)];
  const token = csrfIn(await page.text());
  const res = await app.request(`${base}/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jarNow.join('; ') },
    body: new URLSearchParams({ _csrf: token, email, password, next: '/account' }).toString(),
  });
  return { res, jar: [...jarNow, ...cookiesOf(res)] };
}

test('a form without its CSRF token is refused, nothing signed in', async () => {
  const res = await app.request('/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'email=editor%40debiganj.test&password=correct+horse+battery',
  });
  assert.equal(res.status, 403);
  assert.equal(res.headers.getSetCookie().filter((c) => c.startsWith('sid=')).length, 0);
});

test('sign in: a new HttpOnly SameSite=Lax session cookie, the account page, then sign out', async () => {
  const { res, jar } = await signInForm('editor@debiganj.test', 'correct horse battery');
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/account');
  const sid = res.headers.getSetCookie().find((c) => c.startsWith('sid='));
  assert.ok(sid);
  assert.match(sid, /HttpOnly/i);
  assert.match(sid, /SameSite=Lax/i);
  assert.doesNotMatch(sid, /Secure/i, 'plain http to localhost is development');
  const deployed = await signInForm('editor@debiganj.test', 'correct horse battery', [], 'https://protishruti.example.gov.bd');
  assert.match(deployed.res.headers.getSetCookie().find((c) => c.startsWith('sid=')) ?? '', /Secure/i, 'Secure anywhere else');
  const account = await app.request('/account', { headers: { cookie: jar.join('; ') } });
  const html = await account.text();
  assert.match(html, /editor@debiganj\.test/);
  assert.match(html, /সম্পাদক, দপ্তর প্রধান/);
  const out = await app.request('/sign-out', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ _csrf: csrfIn(html) }).toString(),
  });
  assert.equal(out.status, 303);
  const again = await app.request('/account', { headers: { cookie: jar.join('; ') } });
  assert.equal(again.status, 303, 'the old cookie no longer signs anyone in');
});

test('a session id known before sign-in is never kept: each sign-in makes a new one', async () => {
  const first = await signInForm('editor@debiganj.test', 'correct horse battery');
  const second = await signInForm(
    'editor@debiganj.test',
    'correct horse battery',
    first.jar.filter((c) => c.startsWith('sid=')),
  );
  const sid = (jar: string[]) => jar.filter((c) => c.startsWith('sid=')).at(-1);
  assert.notEqual(sid(first.jar), sid(second.jar));
  const old = await app.request('/account', { headers: { cookie: sid(first.jar) ?? '' } });
  assert.equal(old.status, 303, 'the session signed in over is gone');
});

test('a wrong password re-renders the form with 401, the e-mail kept; after five the account locks', async () => {
  await addUser(operatorCtx(database.db), { officeId: tree.upazila.id, email: 'locked@debiganj.test', password: 'the right password', roles: ['editor'] });
  const wrong = await signInForm('locked@debiganj.test', 'nope');
  assert.equal(wrong.res.status, 401);
  const html = await wrong.res.text();
  assert.match(html, /ই-মেইল বা পাসওয়ার্ড সঠিক নয়/);
  assert.match(html, /value="locked@debiganj\.test"/);
  for (let i = 1; i < MAX_FAILED_SIGN_INS; i++) await signInForm('locked@debiganj.test', 'nope');
  const locked = await signInForm('locked@debiganj.test', 'the right password');
  assert.equal(locked.res.status, 429, 'even the right password waits');
  assert.match(await locked.res.text(), /সাময়িকভাবে বন্ধ/);
  clock = new Date(clock.getTime() + 16 * 60_000);
  assert.equal((await signInForm('locked@debiganj.test', 'the right password')).res.status, 303, 'after the lock, it opens');
});

test('an unknown e-mail gets the same answer as a wrong password', async () => {
  await assert.rejects(
    signIn({ db: database.db, actor: { kind: 'public' }, now: clock }, { email: 'nobody@x.test', password: 'whatever' }),
    (e: unknown) => e instanceof DomainError && e.code === 'auth.bad-credentials',
  );
});

test('an empty form is a 400 with an error summary linking to each field', async () => {
  const { res } = await signInForm('', '');
  assert.equal(res.status, 400);
  const html = await res.text();
  assert.match(html, /class="error-summary"/);
  assert.match(html, /href="#email"/);
  assert.match(html, /href="#password"/);
});

test('an API token made on the account page works as a Bearer token, once shown', async () => {
  const { jar } = await signInForm('editor@debiganj.test', 'correct horse battery');
  const page = await (await app.request('/account', { headers: { cookie: jar.join('; ') } })).text();
  const made = await app.request('/account/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ _csrf: csrfIn(page) }).toString(),
  });
  assert.equal(made.status, 200);
  const token = /<code class="token">([^<]+)<\/code>/.exec(await made.text())?.[1];
  assert.ok(token?.startsWith('pt_'));
  const res = await app.request(`/api/offices/${tree.upazila.id}/editions`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  assert.equal(res.status, 201, 'no CSRF token needed with a Bearer token');
});

test('a forgotten password: a link by e-mail through the outbox, used once; the same answer for an unknown address', async () => {
  const { listOutbox } = await import('../notifications/outbox.service.ts');
  await addUser(operatorCtx(database.db), { officeId: tree.upazila.id, email: 'forgot@debiganj.test', password: 'the old password', roles: ['editor'] });
  const old = await signInForm('forgot@debiganj.test', 'the old password');
  const ask = async (email: string) => {
    const page = await app.request('/password-reset');
    const jar = cookiesOf(page);
    return app.request('/password-reset', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
      body: new URLSearchParams({ _csrf: csrfIn(await page.text()), email }).toString(),
    });
  };
  const before = (await listOutbox(database.db)).length;
  const unknown = await ask('nobody@debiganj.test');
  assert.equal(unknown.status, 303);
  assert.equal((await listOutbox(database.db)).length, before, 'nothing sent to nobody');
  const known = await ask('forgot@debiganj.test');
  assert.equal(known.headers.get('location'), unknown.headers.get('location'), 'the same answer');
  const [mail] = await listOutbox(database.db);
  assert.equal(mail?.recipient, 'forgot@debiganj.test');
  const link = /\/password-reset\/[\w-]+/.exec(mail?.body ?? '')?.[0];
  assert.ok(link);
  const form = await app.request(link);
  const jar = cookiesOf(form);
  const token = csrfIn(await form.text());
  const post = (password: string) =>
    app.request(link, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
      body: new URLSearchParams({ _csrf: token, password }).toString(),
    });
  assert.equal((await post('short')).status, 400);
  const done = await post('the new password');
  assert.equal(done.status, 303);
  assert.equal(done.headers.get('location'), '/sign-in?reset=1');
  assert.equal((await signInForm('forgot@debiganj.test', 'the new password')).res.status, 303);
  assert.equal((await signInForm('forgot@debiganj.test', 'the old password')).res.status, 401);
  assert.equal((await app.request('/account', { headers: { cookie: old.jar.join('; ') } })).status, 303, 'old sessions ended');
  const again = await post('another new password');
  assert.equal(again.status, 400, 'a link works once');
  assert.match(await again.text(), /লিংকটি আর কাজ করে না/);
});

test('guesses sent in parallel are counted too: at most five passwords are ever checked before the lock', async () => {
  await addUser(operatorCtx(database.db), { officeId: tree.upazila.id, email: 'parallel@debiganj.test', password: 'the right password', roles: ['editor'] });
  const ctx = { db: database.db, actor: { kind: 'public' } as const, now: clock };
  const tries = await Promise.allSettled(Array.from({ length: 12 }, () => signIn(ctx, { email: 'parallel@debiganj.test', password: 'wrong guess' })));
  const codes = tries.map((r) => (r.status === 'rejected' && r.reason instanceof DomainError ? r.reason.code : 'signed-in'));
  assert.equal(codes.filter((c) => c === 'auth.bad-credentials').length, MAX_FAILED_SIGN_INS - 1);
  assert.equal(codes.filter((c) => c === 'auth.locked').length, 12 - (MAX_FAILED_SIGN_INS - 1));
  await assert.rejects(
    signIn(ctx, { email: 'parallel@debiganj.test', password: 'the right password' }),
    (e: unknown) => e instanceof DomainError && e.code === 'auth.locked',
  );
});

test('the sign-in never sends anyone to another site', async () => {
  const nextOf = async (next: string) => /name="next" value="([^"]*)"/.exec(await (await app.request(`/sign-in?next=${encodeURIComponent(next)}`)).text())?.[1];
  for (const hostile of ['//evil.example', '/\t/evil.example', '/\\evil.example', 'https://evil.example', '/ /x']) {
    assert.equal(await nextOf(hostile), '/account', JSON.stringify(hostile));
  }
  assert.equal(await nextOf('/offices/3/editions/1'), '/offices/3/editions/1', 'a path of this site is kept');
});

test('the account page lists the tokens (never the secret again) and revokes one: it opens nothing after', async () => {
  const { jar } = await signInForm('editor@debiganj.test', 'correct horse battery');
  const page = await (await app.request('/account', { headers: { cookie: jar.join('; ') } })).text();
  const made = await app.request('/account/tokens', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ _csrf: csrfIn(page) }).toString(),
  });
  const html = await made.text();
  const token = /<code class="token">([^<]+)<\/code>/.exec(html)?.[1] ?? '';
  const ids = [...html.matchAll(/\/account\/tokens\/(\d+)\/revoke/g)].map((m) => m[1]);
  assert.ok(ids.length >= 1);
  const listed = await (await app.request('/account', { headers: { cookie: jar.join('; ') } })).text();
  assert.ok(!listed.includes(token), 'the secret is shown once only');
  assert.equal((await app.request('/api/offices', { headers: { authorization: `Bearer ${token}` } })).status, 200);
  const revoke = await app.request(`/account/tokens/${ids.at(-1) ?? ''}/revoke`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ _csrf: csrfIn(listed) }).toString(),
  });
  assert.equal(revoke.status, 303);
  assert.equal((await app.request('/api/offices', { headers: { authorization: `Bearer ${token}` } })).status, 401);
});
