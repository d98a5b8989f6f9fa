// Opens the database: PostgreSQL when DATABASE_URL is set, else PGlite in DATA_DIR; applies migrations.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import * as schema from './schema.ts';
import { lockDataDir } from './lock.ts';
import { refreshSearchKeys } from '../modules/search/search.repo.ts';
import { DomainError } from '../modules/shared/domain-error.ts';
import { bilingual } from '../i18n/messages.ts';

export type Schema = typeof schema;
/** One database type for both drivers; transactions have the same shape. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations', import.meta.url));

/** What every PGlite client loads: pg_trgm for the fuzzy search (the migrations create the extension). */
export const PGLITE_EXTENSIONS = { pg_trgm };

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/** Embedded PGlite: in memory when dataDir is null (tests), else file-backed. */
export async function openPglite(dataDir: string | null, client?: PGlite): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Before PGlite reads the folder: a second process must not even load a copy it could later write back.
  const unlock = dataDir ? lockDataDir(dataDir) : () => {};
  try {
    const options = { extensions: PGLITE_EXTENSIONS };
    const pglite = client ?? (dataDir ? new PGlite(dataDir, options) : new PGlite(options));
    await pglite.waitReady;
    const db = drizzlePglite({ client: pglite, schema, casing: undefined });
    await migratePglite(db, { migrationsFolder: MIGRATIONS_DIR });
    const close = async () => {
      try {
        await pglite.close();
      } finally {
        unlock();
      }
    };
    return { db: db as unknown as Db, kind: 'pglite', close };
  } catch (err) {
    unlock();
    throw err;
  }
}

/** A PostgreSQL server. */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (a restart, an administrator) must not bring the process down;
  // the pool opens a new one for the next query.
  pool.on('error', (error) => console.error(bilingual({ key: 'database.idle-closed', params: { detail: error.message } })));
  const db = drizzlePg({ client: pool, schema });
  await checkUtf8(db as unknown as Db);
  await migratePg(db, { migrationsFolder: MIGRATIONS_DIR });
  return { db: db as unknown as Db, kind: 'postgres', close: () => pool.end() };
}

/** Bengali search needs a UTF-8 ctype: with C, pg_trgm makes no Bengali trigrams and search finds nothing. */
async function checkUtf8(db: Db): Promise<void> {
  const rows = (await db.execute(
    sql`select pg_encoding_to_char(encoding) as enc, datctype as ctype from pg_database where datname = current_database()`,
  )) as unknown as { rows: { enc: string; ctype: string }[] };
  const row = rows.rows[0];
  if (!row) return;
  if (row.enc !== 'UTF8' || !/utf-?8/i.test(row.ctype)) {
    throw new DomainError('database.not-utf8', { encoding: row.enc, ctype: row.ctype });
  }
}

export async function openDatabase(config: { DATABASE_URL?: string | undefined; DATA_DIR: string }): Promise<Database> {
  const database = config.DATABASE_URL ? await openPostgres(config.DATABASE_URL) : await openPglite(config.DATA_DIR);
  try {
    // A migration that changes how search keys are made empties them; they are made again here, in TypeScript.
    await refreshSearchKeys(database.db);
  } catch (err) {
    await database.close();
    throw err;
  }
  return database;
}
