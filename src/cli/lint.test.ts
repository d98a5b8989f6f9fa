// `lint FILE [--json]`: the findings of a charter file, exit code 1 when there are errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { findingSchema } from '../charter/model.ts';
import { formatFindings } from './lint.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'lint', ...args], { cwd: root, encoding: 'utf8' });

test('--json prints the findings as an array; errors make the exit code 1', () => {
  const r = cli('../shared/seeds/charter-upazila-debiganj.txt', '--json');
  assert.equal(r.status, 1, r.stderr);
  const findings = findingSchema.array().parse(JSON.parse(r.stdout));
  const missing = findings.find((f) => f.code === 'officer.missing');
  assert.deepEqual(missing?.location, { section: '2.1', row: 2, column: 7, line: null });
});

test('a clean charter: a summary with no errors, exit code 0', () => {
  const r = cli('test/corpus/lint/clean.txt');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /ত্রুটি ০টি, সতর্কতা ০টি \/ 0 errors, 0 warnings/u);
});

test('warnings alone leave the exit code 0; the table is grouped by section, Bangla first', () => {
  const r = cli('test/corpus/lint/designation-renamed.txt');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /স্বাক্ষর \/ sign-off\n {2}সতর্কতা +designation\.renamed/u);
  assert.match(r.stdout, /সমাধান: "উপজেলা আইসিটি অফিসার" লিখুন \/ Use/u);
});

test('a missing file or argument is a message in both languages and exit code 1', () => {
  const none = cli('test/corpus/lint/nope.txt');
  assert.equal(none.status, 1);
  assert.match(none.stderr, /ফাইল পাওয়া যায়নি: .*\nFile not found: /u);
  assert.match(cli().stderr, /ফাইলের নাম দিন।\n.*FILE is missing/u);
});

test('the table merges the rows of one finding, and lists every place of a finding merged in the importer', () => {
  const cell = (section: string, row: number, column: number) => ({ section, row, column, line: null });
  const text = formatFindings(
    [
      { severity: 'error', code: 'officer.missing', params: {}, location: cell('2.1', 2, 7) },
      { severity: 'error', code: 'officer.missing', params: {}, location: cell('2.1', 3, 7) },
      { severity: 'warning', code: 'email.space', params: { written: 'a @b.gov.bd' }, location: cell('2.1', 1, 7), also: [cell('2.2', 6, 7)] },
      { severity: 'warning', code: 'line.unplaced', params: { text: 'x' }, location: { section: null, row: null, column: null, line: 42 } },
    ],
    'en',
  );
  assert.match(text, /2\.1 citizen services[^\n]*\n {2}error +officer\.missing +rows 2, 3 · column 7\n/u);
  assert.match(text, /2\.2 institutional services[^\n]*\n {2}warning +email\.space +row 6 · column 7/u);
  assert.match(text, /elsewhere in the document[^\n]*\n {2}warning +line\.unplaced +line 42/u);
  assert.match(text, /2 errors, 2 warnings \/ ত্রুটি ২টি, সতর্কতা ২টি$/u);
});
