// A fresh, migrated database per test: a PGlite clone of a migrated template, or, when DATABASE_URL is
// set (CI), a database of its own on the real PostgreSQL server, dropped afterwards. (A schema per test
// would be cheaper, but drizzle-kit writes REFERENCES "public"."x" into migrations.)
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { PGLITE_EXTENSIONS, openPglite, openPostgres, type Database } from '../../src/db/client.ts';

let template: Promise<PGlite> | null = null;

async function migratedTemplate(): Promise<PGlite> {
  const client = new PGlite({ extensions: PGLITE_EXTENSIONS });
  await openPglite(null, client);
  return client;
}

export async function testDatabase(): Promise<Database & { url?: string }> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `protishruti_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    await admin.end();
    const testUrl = new URL(url);
    testUrl.pathname = `/${name}`;
    const database = await openPostgres(testUrl.toString());
    return {
      ...database,
      /** the database's own address, for a child process in the test */
      url: testUrl.toString(),
      async close() {
        await database.close();
        // pool.end() resolves before its sockets are closed; a forced drop would then kill live connections
        // and their 'error' would surface as an uncaught exception. Wait until the server sees them gone.
        const dropper = new pg.Client({ connectionString: url });
        await dropper.connect();
        for (let i = 0; i < 100; i++) {
          const { rows } = await dropper.query<{ n: number }>('select count(*)::int as n from pg_stat_activity where datname = $1', [name]);
          if ((rows[0]?.n ?? 0) === 0) break;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        await dropper.query(`drop database if exists "${name}" with (force)`);
        await dropper.end();
      },
    };
  }
  if (!template) {
    template = migratedTemplate();
    const made = template;
    // the template would keep the test process alive after its last test
    after(async () => (await made).close());
  }
  const clone = (await (await template).clone()) as PGlite;
  return openPglite(null, clone);
}
