// One process owns a PGlite data folder: tested with real processes, the server and the command line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCK_FILE, lockDataDir } from './lock.ts';
import { DomainError } from '../modules/shared/domain-error.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'protishruti-lock-'));
// The embedded database in a temporary folder, also when CI sets DATABASE_URL.
const env = (dataDir: string, more: Record<string, string> = {}) => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')),
  DATA_DIR: dataDir,
  ...more,
});
const cli = (dataDir: string, ...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', ...args], { cwd: root, encoding: 'utf8', env: env(dataDir), timeout: 60_000 });

test('in one process: a second open of the folder is refused, and allowed again after release', () => {
  const dir = join(tmp, 'same');
  mkdirSync(dir);
  const release = lockDataDir(dir);
  assert.throws(
    () => lockDataDir(dir),
    (e: unknown) => e instanceof DomainError && e.code === 'data-dir.in-use' && e.params.pid === process.pid,
  );
  release();
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  lockDataDir(dir)();
});

test('a lock left by a process that died is taken over', () => {
  const dir = join(tmp, 'stale');
  mkdirSync(dir);
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: Number(dead.stdout), host: hostname(), since: '2026-01-01T00:00:00Z' }));
  lockDataDir(dir)();
});

test('a lock with the pid of this very process, left by an earlier one (pids repeat in containers), is taken over', () => {
  const dir = join(tmp, 'same-pid');
  mkdirSync(dir);
  writeFileSync(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), since: '2026-01-01T00:00:00Z' }));
  lockDataDir(dir)();
});

test('while the server runs, the command line refuses at once, in both languages, and writes nothing', async () => {
  const dir = join(tmp, 'server');
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], { cwd: root, env: env(dir, { PORT: port, HOST: '127.0.0.1' }) });
  let out = '';
  server.stdout.on('data', (d: Buffer) => (out += d.toString()));
  server.stderr.on('data', (d: Buffer) => (out += d.toString()));
  try {
    await new Promise<void>((resolveStarted, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 90_000);
      server.stdout.on('data', () => {
        if (out.includes('running')) {
          clearTimeout(timer);
          resolveStarted();
        }
      });
      server.on('exit', (code) => reject(new Error(`server exited ${String(code)}:\n${out}`)));
    });
    const listed = await fetch(`http://127.0.0.1:${port}/api/offices`);
    assert.equal(listed.status, 200);
    const before = await listed.text();
    assert.match(before, /দেবীগঞ্জ/);

    const publish = cli(dir, 'publish', '1');
    assert.equal(publish.status, 1, publish.stderr);
    assert.match(publish.stderr, /ডাটা ফোল্ডার .* অন্য একটি প্রক্রিয়া \(pid [০-৯]+\) ব্যবহার করছে/u);
    assert.match(publish.stderr, /The data folder .* is in use by another process \(pid \d+\)\. .*stop the server.*Nothing was saved\./);
    assert.doesNotMatch(publish.stdout, /Published|প্রকাশিত/);

    const imported = cli(dir, 'import', '../shared/seeds/charter-upazila-debiganj.txt', '--office', '3');
    assert.equal(imported.status, 1, imported.stderr);
    assert.match(imported.stderr, /is in use by another process/);
    assert.doesNotMatch(imported.stdout, /stored draft|সংরক্ষিত/);

    // The server is unharmed and holds what it held.
    assert.equal(await (await fetch(`http://127.0.0.1:${port}/api/offices`)).text(), before);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  // Stopped, the server gave the folder back: the command line opens it and sees the server's data.
  assert.equal(existsSync(join(dir, LOCK_FILE)), false);
  const offices = cli(dir, 'offices');
  assert.equal(offices.status, 0, offices.stderr);
  assert.match(offices.stdout, /দেবীগঞ্জ/);
});
