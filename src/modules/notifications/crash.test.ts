// A worker process is killed in the middle of a batch; the next one, in another process on the same data folder,
// loses nothing and delivers nothing twice. Always on a file-backed PGlite folder (whatever DATABASE_URL says):
// what is tested is the worker and the key, across a real process death.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc } from 'drizzle-orm';
import { openPglite } from '../../db/client.ts';
import { outbox } from '../../db/schema.ts';
import { FileProvider } from '../../../test/helpers/outbox-provider.ts';
import { drainOnce } from './worker.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'protishruti-outbox-crash-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function runChild(args: string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'test/helpers/outbox-crash-child.ts', ...args], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, stderr }));
  });
}

test('a worker killed between sending a row and stamping it: the next worker sends the rest, and the key keeps the repeat from being delivered', async () => {
  const dataDir = join(dir, 'data');
  const provider = new FileProvider(join(dir, 'provider.jsonl'));
  const t0 = new Date('2025-06-05T04:00:00Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  // Six rows (three notifications, e-mail and SMS each), all claimed in one batch; killed right after the third send.
  const child = await runChild([dataDir, provider.path, t0.toISOString(), '3']);
  assert.equal(child.signal, 'SIGKILL', `the child was to die mid-send; it exited ${child.code}: ${child.stderr}`);

  // The child is dead, so its lock is stale and this process may own the folder now.
  const database = await openPglite(dataDir);
  try {
    const state = async () => database.db.select().from(outbox).orderBy(asc(outbox.id));
    const before = await state();
    const keys = before.map((r) => r.key);
    assert.equal(keys.length, 6, 'what the child committed survived its death');
    assert.deepEqual(
      before.map((r) => [r.sentAt !== null, r.attempts]),
      [
        [true, 1],
        [true, 1],
        [false, 1], // sent, but the stamp never came
        [false, 1], // claimed, never sent
        [false, 1],
        [false, 1],
      ],
    );
    assert.deepEqual(
      provider.requests().map((n) => n.key),
      keys.slice(0, 3),
    );

    // While the dead worker's claim lasts, nobody takes its rows (it might only be slow).
    assert.deepEqual(await drainOnce(database.db, provider, at(30)), { claimed: 0, sent: 0, failed: 0 });

    // After the claim expires, the next worker takes the four unstamped rows and only those.
    assert.deepEqual(await drainOnce(database.db, provider, at(61)), { claimed: 4, sent: 4, failed: 0 });
    assert.deepEqual(await drainOnce(database.db, provider, at(86_400)), { claimed: 0, sent: 0, failed: 0 });

    const requested = provider.requests().map((n) => n.key);
    assert.deepEqual(requested, [...keys.slice(0, 3), ...keys.slice(2)], 'the interrupted row was asked for again, with its key; nothing else was');
    const delivered = provider.delivered().map((n) => n.key);
    assert.deepEqual(delivered, keys, 'every notification reached its recipient exactly once');
    const afterwards = await state();
    assert.ok(
      afterwards.every((r) => r.sentAt !== null && r.claimedUntil === null),
      'all stamped sent',
    );
    assert.equal(afterwards[0]?.sentAt?.toISOString(), t0.toISOString(), 'a row the child stamped kept its stamp');
    assert.equal(afterwards[2]?.sentAt?.toISOString(), at(61).toISOString());
    assert.deepEqual(
      afterwards.map((r) => r.attempts),
      [1, 1, 2, 2, 2, 2],
    );
  } finally {
    await database.close();
  }
});
