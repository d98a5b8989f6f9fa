import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charterSchema } from '../charter/model.ts';
import { officeMap } from './import-dir.ts';
import { parseCsv } from './csv.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, DATA_DIR: join(tmp, 'data') } });
const tmp = mkdtempSync(join(tmpdir(), 'protishruti-cli-'));

test('import --json prints the structured charter and touches no database', () => {
  const r = cli('import', '../shared/seeds/charter-upazila-debiganj.txt', '--json');
  assert.equal(r.status, 0, r.stderr);
  const charter = charterSchema.parse(JSON.parse(r.stdout));
  assert.equal(charter.services.length, 21);
  assert.equal(charter.office.upazilaCode, '7734');
});

test('bad input gets a message in English and Bangla and exit code 1', () => {
  const missing = cli('import', join(tmp, 'nope.txt'), '--json');
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /File not found.*\/ ফাইল পাওয়া যায়নি/);
  const binary = join(tmp, 'binary.txt');
  writeFileSync(binary, Buffer.from([0xff, 0xfe, 0x00, 0x81, 0xc3, 0x28, 0x00, 0x00]));
  const bin = cli('import', binary, '--json');
  assert.equal(bin.status, 1);
  assert.match(bin.stderr, /\/ /);
  const usage = cli('nonsense');
  assert.equal(usage.status, 1);
  assert.match(usage.stderr, /Usage \/ ব্যবহার/);
  const quarter = cli('import', '../shared/seeds/charter-upazila-debiganj.txt', '--office', '1', '--quarter', '7');
  assert.equal(quarter.status, 1);
  assert.match(quarter.stderr, /--quarter must be 1–4/);
});

test('the office map reads file,office rows with a header, quotes and a BOM', () => {
  assert.deepEqual(parseCsv('\uFEFFfile,office\r\n"a, b.txt",12\n\nc.txt;doict.x.gov.bd\n'), [['file', 'office'], ['a, b.txt', '12'], ['c.txt', 'doict.x.gov.bd']]);
  assert.deepEqual([...officeMap('file,office\nin/a.txt,12\nb.txt,\n')], [['a.txt', '12']]);
});
