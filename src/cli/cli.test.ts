import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { charterSchema } from '../charter/model.ts';
import { officeMap } from './import-dir.ts';
import { parseCsv } from './csv.ts';
import { bodyFromText, buildDocx } from '../../test/helpers/docx.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    // The command line on its own embedded database in a temporary folder, also when CI sets DATABASE_URL.
    env: { ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')), DATA_DIR: join(tmp, 'data') },
  });
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
  assert.match(missing.stderr, /ফাইল পাওয়া যায়নি: .*\nFile not found: /);
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
  assert.match(quarter.stderr, /--quarter হবে ১ থেকে ৪।\n--quarter must be 1 to 4/);
});

test('the office map reads file,office rows with a header, quotes and a BOM', () => {
  assert.deepEqual(parseCsv('\uFEFFfile,office\r\n"a, b.txt",12\n\nc.txt;doict.x.gov.bd\n'), [
    ['file', 'office'],
    ['a, b.txt', '12'],
    ['c.txt', 'doict.x.gov.bd'],
  ]);
  assert.deepEqual([...officeMap('file,office\nin/a.txt,12\nb.txt,\n')], [['a.txt', '12']]);
});

test('import reads a PDF, refuses a broken one and an old .doc in both languages, and reports a missing file', async () => {
  const { textPdf } = await import('../../test/helpers/pdf.ts');
  const { readFileSync } = await import('node:fs');
  const pdf = join(tmp, 'debiganj.pdf');
  writeFileSync(pdf, textPdf(readFileSync(join(root, '../shared/seeds/charter-upazila-debiganj.txt'), 'utf8')));
  const ok = cli('import', pdf, '--json');
  assert.equal(ok.status, 0, ok.stderr);
  const charter = charterSchema.parse(JSON.parse(ok.stdout));
  assert.equal(charter.services.length, 21);
  assert.equal(charter.findings[0]?.code, 'import.needs-review');

  const broken = join(tmp, 'broken.pdf');
  writeFileSync(broken, '%PDF-1.4\nnothing here\n');
  const bad = cli('import', broken, '--json');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /The PDF is damaged.* \/ পিডিএফ ফাইলটি নষ্ট/u);
  assert.equal(bad.stdout, '');

  const doc = join(tmp, 'old.doc');
  writeFileSync(doc, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
  const old = cli('import', doc, '--json');
  assert.equal(old.status, 1);
  assert.match(old.stderr, /old Word file.* \/ এটি পুরোনো Word ফাইল/u);

  const lint = cli('lint', pdf, '--json');
  assert.ok(lint.status === 0 || lint.status === 1, lint.stderr);
  assert.ok(JSON.parse(lint.stdout).some((f: { code: string }) => f.code === 'import.needs-review'));

  const missing = cli('import', join(tmp, 'nope.pdf'));
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /ফাইল পাওয়া যায়নি: .*\nFile not found: /u);
});

test('bijoy converts a file saved as ANSI (Windows-1252)', () => {
  const ansi = join(tmp, 'ansi.txt');
  writeFileSync(
    ansi,
    Buffer.from([0x87, 0x52, 0x6a, 0x76, 0x20, 0x63, 0xd6, 0x6b, 0x76, 0x6d, 0x87, 0x4b, 0x69, 0x20, 0x4b, 0x76, 0x68, 0xa9, 0x76, 0x6a, 0x71]),
  );
  const r = cli('bijoy', ansi);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout.trim(), 'জেলা প্রশাসকের কার্যালয়'.normalize('NFC'));
});

test('import-dir: every file to its office, a bad file reported with its reason, the rest imported', () => {
  assert.equal(cli('demo').status, 0);
  const dir = join(tmp, 'bulk');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'debiganj.txt'), readFileSync(join(root, 'demo/seeds/charter-upazila-debiganj.txt')));
  writeFileSync(join(dir, 'khulna.docx'), buildDocx(bodyFromText(readFileSync(join(root, 'demo/seeds/charter-district-khulna.txt'), 'utf8'))));
  writeFileSync(join(dir, 'scan.bin'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x81, 0x00]));
  writeFileSync(join(dir, 'map.csv'), 'file,office\ndebiganj.txt,13\nkhulna.docx,doict.khulna.gov.bd\nscan.bin,2\nmissing.txt,2\n');
  const report = join(tmp, 'reports');
  const r = cli('import-dir', dir, '--offices', join(dir, 'map.csv'), '--report', report);
  assert.equal(r.status, 1, 'a failed file makes the exit code 1');
  assert.match(r.stdout, /debiganj\.txt\s+imported\s+13\s+\d+\s+21\b/);
  assert.match(r.stdout, /khulna\.docx\s+imported\s+doict\.khulna\.gov\.bd\s+\d+\s+26\b/);
  assert.match(r.stdout, /scan\.bin\s+failed/, 'a file the map names is tried whatever its extension');
  assert.match(r.stdout, /কেন:\nWhy:\n\s+scan\.bin: .*[\u0980-\u09FF].* \/ .+/u);
  assert.match(r.stdout, /২টি আমদানি, ১টি ব্যর্থ/);
  assert.match(r.stdout, /ম্যাপে আছে, ফোল্ডারে নেই: missing\.txt\nIn the map but not in the folder: missing\.txt/);
  const saved = JSON.parse(readFileSync(join(report, 'khulna.docx.json'), 'utf8')) as { status: string; services: number };
  assert.deepEqual([saved.status, saved.services], ['imported', 26]);
  const failed = JSON.parse(readFileSync(join(report, 'scan.bin.json'), 'utf8')) as { reason: { key: string; bn: string; en: string } };
  assert.equal(failed.reason.key, 'error.import');
  assert.match(failed.reason.en, /^No charter could be read from the file: /);
});

test('user add and user token: the token alone on the last line, and it works against the API', async () => {
  assert.equal(cli('demo').status, 0);
  const added = cli(
    'user',
    'add',
    '--office',
    'doict.debiganj.panchagarh.gov.bd',
    '--role',
    'editor',
    '--role',
    'head',
    '--email',
    'new.editor@debiganj.test',
    '--password',
    'a-long-password',
  );
  assert.equal(added.status, 0, added.stderr);
  assert.match(added.stdout, /new\.editor@debiganj\.test.*editor, head/);
  const bad = cli('user', 'add', '--office', 'doict.debiganj.panchagarh.gov.bd', '--role', 'boss', '--email', 'x@y.test', '--password', 'a-long-password');
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--role হবে এগুলোর একটি/);
  const again = cli(
    'user',
    'add',
    '--office',
    'doict.debiganj.panchagarh.gov.bd',
    '--role',
    'editor',
    '--email',
    'NEW.editor@debiganj.test',
    '--password',
    'a-long-password',
  );
  assert.equal(again.status, 1);
  assert.match(again.stderr, /আগেই একজন ব্যবহারকারী আছেন/);
  const token = cli('user', 'token', 'new.editor@debiganj.test');
  assert.equal(token.status, 0, token.stderr);
  const last = token.stdout.trim().split('\n').at(-1) ?? '';
  assert.match(last, /^pt_[\w-]{40,}$/);
  // The token opens the API of a server on the same data (after the command line has let go of the folder).
  const { openPglite } = await import('../db/client.ts');
  const { createApp } = await import('../app.tsx');
  const database = await openPglite(join(tmp, 'data'));
  try {
    const app = createApp({ db: database.db, now: () => new Date() });
    const res = await app.request('/api/offices', { headers: { authorization: `Bearer ${last}` } });
    assert.equal(res.status, 200);
    const wrong = await app.request('/api/offices', { headers: { authorization: 'Bearer pt_wrong' } });
    assert.equal(wrong.status, 401);
  } finally {
    await database.close();
  }
});
