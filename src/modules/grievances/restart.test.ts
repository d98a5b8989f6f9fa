// A restart in the middle of an escalation run: the real command line does the due jobs, is killed after a
// few, and is started again. Every overdue grievance is escalated exactly once: a job and all it writes commit
// together or not at all, and a done job is never taken again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, sql } from 'drizzle-orm';
import { openPglite, type Database } from '../../db/client.ts';
import { grievanceEvents, grievances, jobs } from '../../db/schema.ts';
import { testDatabase } from '../../../test/helpers/db.ts';
import { grievanceWorld } from '../../../test/helpers/grievances.ts';
import { PUBLIC } from '../shared/context.ts';
import { fileGrievance } from './file.service.ts';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const NOW = new Date('2026-06-04T04:00:00Z');
// The day after the last day (16 July): every grievance is overdue, its reminder long due too.
const LATER = '2026-07-17T09:00:00+06:00';
const COUNT = 24;

test('killed in the middle of a run and started again, the scheduler escalates each grievance exactly once', { timeout: 180_000 }, async () => {
  // On PostgreSQL a database of the test's own; on PGlite a data folder the child opens after this process lets go.
  const pg = process.env.DATABASE_URL ? await testDatabase() : null;
  const dir = pg ? '' : mkdtempSync(join(tmpdir(), 'protishruti-restart-'));
  const open = async (): Promise<Database> => pg ?? (await openPglite(dir));
  const env = {
    ...Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'DATABASE_URL')),
    ...(pg?.url ? { DATABASE_URL: pg.url } : { DATA_DIR: dir }),
    DEMO_DATA: 'off',
  };
  let db = await open();
  const w = await grievanceWorld(db.db, NOW);
  for (let i = 0; i < COUNT; i++) {
    await fileGrievance(
      { db: db.db, actor: PUBLIC, now: NOW },
      { officeId: w.upazila.id, name: `অভিযোগকারী ${i}`, mobile: `0171${String(2_000_000 + i)}`, description: 'সেবা পাইনি, উত্তরও পাইনি।' },
    );
  }
  if (!pg) await db.close();

  // First run: killed once a few jobs are done.
  const first = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'scheduler', 'run', '--now', LATER], { cwd: root, env });
  let lines = 0;
  let output = '';
  await new Promise<void>((resolve) => {
    first.stderr.on('data', (d: Buffer) => {
      output += d.toString();
      lines = output.split('\n').filter((l) => l.includes('grievance.escalate')).length;
      if (lines >= 3 && first.exitCode === null) first.kill('SIGKILL');
    });
    first.on('exit', () => resolve());
  });
  assert.ok(lines >= 3, `the first run did some jobs before it was killed:\n${output}`);
  db = await open();
  const [mid] = await db.db
    .select({ n: sql<number>`count(*)::int` })
    .from(grievanceEvents)
    .where(eq(grievanceEvents.action, 'escalate'));
  if (!pg) await db.close();
  assert.ok((mid?.n ?? 0) < COUNT, `killed before the end (${mid?.n ?? 0} of ${COUNT} escalated)`);

  // Second run: finishes.
  const second = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'scheduler', 'run', '--now', LATER], {
    cwd: root,
    env,
    encoding: 'utf8',
    timeout: 120_000,
  });
  assert.equal(second.status, 0, second.stderr);

  db = await open();
  try {
    const rows = await db.db.select().from(grievances).where(eq(grievances.officeId, w.upazila.id));
    assert.equal(rows.length, COUNT);
    assert.deepEqual([...new Set(rows.map((g) => g.level))], ['appeal'], 'every grievance moved to the appeal officer');
    const [events] = await db.db
      .select({ n: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct ${grievanceEvents.grievanceId})::int` })
      .from(grievanceEvents)
      .where(eq(grievanceEvents.action, 'escalate'));
    assert.deepEqual([events?.n, events?.distinct], [COUNT, COUNT], 'one escalation each, never two');
    const pending = await db.db
      .select({ n: sql<number>`count(*)::int` })
      .from(jobs)
      .where(and(eq(jobs.kind, 'grievance.escalate'), sql`${jobs.doneAt} is null`, sql`${jobs.runAt} <= ${new Date(LATER)}`));
    assert.equal(pending[0]?.n, 0, 'no due job left');
  } finally {
    await db.close();
  }
});
