import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'drizzle-orm';
import { testDatabase } from '../../test/helpers/db.ts';
import { offices, charters, editions, services } from './schema.ts';

const frozen = (e: unknown): boolean => /is published/.test(String(e instanceof Error ? (e.cause instanceof Error ? e.cause.message : e.message) : e));

test('migrations create the tables and a published edition cannot change', async () => {
  const { db, close } = await testDatabase();
  try {
    const [office] = await db.insert(offices).values({ level: 'upazila', nameBn: 'উপজেলা কার্যালয়, দেবীগঞ্জ', nameEn: 'Upazila Office, Debiganj' }).returning();
    assert.ok(office);
    const [charter] = await db.insert(charters).values({ officeId: office.id }).returning();
    assert.ok(charter);
    const [edition] = await db.insert(editions).values({ charterId: charter.id, number: 1, fiscalYear: 2025, quarter: 1 }).returning();
    assert.ok(edition);
    const row = { editionId: edition.id, category: 'citizen', position: 1, serial: 1, name: 'সেবা', feeKind: 'free' };
    await db.insert(services).values(row);
    await db
      .update(editions)
      .set({ status: 'published' })
      .where(sql`id = ${edition.id}`);
    await assert.rejects(db.insert(services).values(row), frozen);
    await assert.rejects(
      db
        .update(editions)
        .set({ vision: 'x' })
        .where(sql`id = ${edition.id}`),
      frozen,
    );
    await assert.rejects(db.delete(services).where(sql`edition_id = ${edition.id}`), frozen);
  } finally {
    await close();
  }
});
