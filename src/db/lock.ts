// One process owns an embedded data folder. PGlite keeps the database in memory and writes it back to the
// folder, so two processes on one folder each see their own copy and the last to close wins: a write one of
// them reported is lost. The first process takes a lock file; any other refuses at once.
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { DomainError } from '../modules/shared/domain-error.ts';

export const LOCK_FILE = 'protishruti.lock';

interface Holder {
  pid: number;
  host: string;
  since: string;
}

function readHolder(path: string): Holder | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as Partial<Holder>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, host: String(parsed.host ?? ''), since: String(parsed.since ?? '') } : null;
  } catch {
    return null;
  }
}

/**
 * Whether the process that wrote the lock still runs (on this machine; another machine's lock is kept). A
 * lock with this very process's pid was left by an earlier process (containers reuse pids): this process
 * has not taken it, or it would hold the release.
 */
function alive(holder: Holder): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return held.has(holder.since);
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the folder's lock for this process, or throws `data-dir.in-use` naming the process that has it.
 * A lock left by a process that died is taken over. Returns the release function.
 */
const held = new Set<string>();

/** Removes a dead holder's lock, one process at a time: two that both found it dead must not both take it. */
function takeOver(path: string, dead: Holder): void {
  const guard = `${path}.takeover`;
  try {
    closeSync(openSync(guard, 'wx'));
  } catch {
    return; // another process is taking it over; the next attempt will find its lock
  }
  try {
    const now = readHolder(path);
    if (now && now.pid === dead.pid && now.since === dead.since) unlinkSync(path);
  } finally {
    unlinkSync(guard);
  }
}

export function lockDataDir(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const mine: Holder = { pid: process.pid, host: hostname(), since: `${new Date().toISOString()}#${Math.random().toString(36).slice(2)}` };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify(mine));
      closeSync(fd);
      held.add(mine.since);
      const release = () => {
        if (readHolder(path)?.since === mine.since) unlinkSync(path);
        held.delete(mine.since);
        process.off('exit', release);
      };
      process.on('exit', release);
      return release;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = readHolder(path);
      // A lock file half written by a process starting this instant is in use; only a dead holder is stale.
      if (holder && !alive(holder) && attempt === 0) {
        takeOver(path, holder);
        continue;
      }
      throw new DomainError('data-dir.in-use', { dir: resolve(dir), pid: holder?.pid ?? '?' });
    }
  }
  throw new DomainError('data-dir.in-use', { dir: resolve(dir), pid: '?' });
}
