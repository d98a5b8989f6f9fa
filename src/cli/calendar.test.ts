// The calendar commands as real processes, on their own embedded database in a temporary folder: `date` (no
// database), `deadline` (the due date alone on the last line) and `holidays import / list`. The commands that
// read the calendar load the shipped lists (holidays) into years with none first, as the server does, so a
// fresh folder counts the notified holidays: the deadline tests below hold with them loaded.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'protishruti-calendar-'));
const dataDir = join(tmp, 'data');
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')), DATA_DIR: dataDir },
  });
const lines = (text: string) => text.trimEnd().split('\n');

test('date: the date as letters write it, the Bangla line first; a wrong date is refused in both languages', () => {
  const r = cli('date', '2025-05-06');
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(lines(r.stdout), ['২৩ বৈশাখ ১৪৩২ বঙ্গাব্দ / ০৬ মে ২০২৫ খ্রিস্টাব্দ', '23 Boishakh 1432 BS / 6 May 2025', 'মঙ্গলবার / Tuesday']);
  assert.equal(lines(cli('date', '২০২৬-০৪-১৪').stdout)[0], '০১ বৈশাখ ১৪৩৩ বঙ্গাব্দ / ১৪ এপ্রিল ২০২৬ খ্রিস্টাব্দ', 'Bengali digits too');
  for (const wrong of ['2025-02-30', 'tomorrow', '06/05/2025']) {
    const bad = cli('date', wrong);
    assert.equal(bad.status, 1, wrong);
    assert.match(bad.stderr, new RegExp(`তারিখটি সঠিক নয়: “${wrong}”.*\\nNot a valid date: “${wrong}”`));
    assert.equal(bad.stdout, '');
  }
  assert.equal(cli('date').status, 1);
  assert.equal(existsSync(dataDir), false, 'no database was opened');
});

test('deadline: run by run in Bangla then English, the due date alone on the last line', () => {
  const r = cli('deadline', '--from', '2026-06-04', '--working-days', '1');
  assert.equal(r.status, 0, r.stderr);
  const out = lines(r.stdout);
  assert.equal(out[out.length - 1], '2026-06-07');
  assert.deepEqual(out.slice(0, 4), [
    'গ্রহণ: বৃহস্পতিবার, ০৪ জুন ২০২৬ (গ্রহণের দিন গোনা হয় না)',
    '০৫–০৬ জুন ২০২৬: সাপ্তাহিক ছুটি',
    'কার্যদিবস ১: রবিবার, ০৭ জুন ২০২৬',
    'শেষ দিন (কার্যদিবস ১): রবিবার, ০৭ জুন ২০২৬',
  ]);
  assert.deepEqual(out.slice(4, 8), [
    'received Thursday 4 June 2026 (the day of receipt does not count)',
    '5–6 June 2026: weekly holiday',
    'working day 1: Sunday 7 June 2026',
    'due on working day 1: Sunday 7 June 2026',
  ]);
  assert.match(r.stderr, /Loaded the notified holidays: \d+ lines of 2026/, 'the first use loads the shipped lists');

  const eid = cli('deadline', '--from', '2026-05-25', '--working-days', '1');
  assert.equal(eid.status, 0, eid.stderr);
  assert.equal(lines(eid.stdout).at(-1), '2026-06-01', 'the notified Eid-ul-Azha days 26–31 May are counted');
  assert.match(eid.stdout, /26–31 May 2026: holiday \(Eid-ul-Azha\) and weekly holiday/);
  assert.doesNotMatch(eid.stderr, /Loaded/, 'loaded once');

  const far = cli('deadline', '--from', '2040-12-30', '--working-days', '3', '--office', '1');
  assert.equal(far.status, 1, 'no office 1 in an empty folder');
  assert.match(far.stderr, /Office "1" not found/);
  const future = cli('deadline', '--from', '2040-12-30', '--working-days', '3');
  assert.match(future.stdout, /Warning: no holiday list for 2040, 2041/);
  assert.equal(lines(future.stdout).at(-1), '2041-01-02');

  for (const args of [
    ['--from', '2026-02-30', '--working-days', '1'],
    ['--from', '2026-06-04', '--working-days', 'five'],
    ['--from', '2026-06-04'],
  ]) {
    const bad = cli('deadline', ...args);
    assert.equal(bad.status, 1, args.join(' '));
    assert.match(bad.stderr, /[\u0980-\u09FF].*\n.*[A-Za-z]/, 'Bangla, then English');
  }
});

test('holidays import: per year before → after; a bad line refuses the file with every problem; list prints CSV', () => {
  const bad = join(tmp, 'bad.csv');
  writeFileSync(bad, 'date,name_bn,class\n2026-02-21,শহীদ দিবস,general\n2026-02-30,ভুল,general\n2026-03-26,স্বাধীনতা দিবস,sometimes\n');
  const refused = cli('holidays', 'import', bad);
  assert.equal(refused.status, 1);
  assert.match(refused.stderr, /ফাইলটি নেওয়া হয়নি, কিছুই সংরক্ষিত হয়নি \(সমস্যা: ২টি\)/);
  assert.match(refused.stderr, /লাইন ৩, date “2026-02-30”[^\n]*\nলাইন ৪, class “sometimes”[^]*\nLine 3, date “2026-02-30”[^\n]*\nLine 4, class “sometimes”/);

  const good = join(tmp, '2026.csv');
  writeFileSync(good, 'date,name,name_en\n2026-02-21,শহীদ দিবস,"Shaheed Day, Mother Language Day"\n2026-12-16,বিজয় দিবস,Victory Day\n2027-02-21,শহীদ দিবস,\n');
  const r = cli('holidays', 'import', good, '--source', 'পরীক্ষা');
  assert.equal(r.status, 0, r.stderr);
  const out = lines(r.stdout);
  assert.match(out[0] ?? '', /^২০২৬ সালের ছুটি: আগে [০-৯]+টি → এখন ২টি$/, 'the shipped 2026 list, replaced');
  assert.equal(out[1], '২০২৭ সালের ছুটি: আগে ০টি → এখন ১টি');
  assert.ok(out.includes('Holidays of 2027: 0 before → 1 now'));

  const listed = cli('holidays', 'list', '2026');
  assert.equal(listed.status, 0, listed.stderr);
  assert.equal(
    listed.stdout,
    'date,name_bn,name_en,class,religion,moon,source\r\n2026-02-21,শহীদ দিবস,"Shaheed Day, Mother Language Day",general,,,পরীক্ষা\r\n2026-12-16,বিজয় দিবস,Victory Day,general,,,পরীক্ষা\r\n',
  );
  assert.match(listed.stderr, /Lines in 2026: 2\./);
  const printed = join(tmp, 'listed-2026.csv');
  writeFileSync(printed, listed.stdout);
  const reimported = cli('holidays', 'import', printed);
  assert.equal(reimported.status, 0, reimported.stderr);
  assert.ok(lines(reimported.stdout).includes('Holidays of 2026: 2 before → 2 now'), reimported.stdout);
  assert.equal(cli('holidays', 'list', '2026').stdout, listed.stdout, 'what list prints, import takes back as it was');
  assert.equal(
    lines(cli('deadline', '--from', '2025-03-27', '--working-days', '1').stdout).at(-1),
    '2025-04-06',
    '2025 keeps its shipped Eid break (28 March – 5 April)',
  );
  assert.equal(cli('holidays', 'list', 'next').status, 1);
  assert.match(cli('holidays').stderr, /Usage: npm run cli -- holidays import/);
});

test('deadline while the server holds the data folder: counted with the shipped lists, and said so', async () => {
  const held = join(tmp, 'held');
  const { mkdirSync } = await import('node:fs');
  const { hostname } = await import('node:os');
  mkdirSync(held, { recursive: true });
  // a live process (this one) holds the folder, as a running server would
  writeFileSync(join(held, 'protishruti.lock'), JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-12-01T00:00:00Z' }));
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'deadline', '--from', '2026-05-25', '--working-days', '1'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')), DATA_DIR: held },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /shipped holiday lists/);
  assert.equal(lines(r.stdout).at(-1), '2026-06-01', 'the notified Eid days are still counted');
});
