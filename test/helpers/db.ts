// A fresh, migrated database per test: a PGlite clone of a migrated template, or, when DATABASE_URL is
// set (CI), a schema of its own on the real PostgreSQL server, dropped afterwards.
import { randomBytes } from 'node:crypto';
import { after } from 'node:test';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { openPglite, openPostgres, type Database } from '../../src/db/client.ts';

let template: Promise<PGlite> | null = null;

async function migratedTemplate(): Promise<PGlite> {
  const client = new PGlite();
  await openPglite(null, client);
  return client;
}

export async function testDatabase(): Promise<Database> {
  const url = process.env.DATABASE_URL;
  if (url) {
    const schemaName = `t_${randomBytes(6).toString('hex')}`;
    const database = await openPostgres(url, schemaName);
    return {
      ...database,
      async close() {
        await database.db.execute(sql.raw(`drop schema "${schemaName}" cascade`));
        await database.close();
      },
    };
  }
  if (!template) {
    template = migratedTemplate();
    const made = template;
    // the template would keep the test process alive after its last test
    after(async () => (await made).close());
  }
  const clone = await (await template).clone();
  return openPglite(null, clone);
}
