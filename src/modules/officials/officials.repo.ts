// SQL for posts and their holders.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { offices, postHolders, posts } from '../../db/schema.ts';

export type PostRow = typeof posts.$inferSelect;
export type HolderRow = typeof postHolders.$inferSelect;

export async function postsOfOffice(db: Db, officeId: number): Promise<PostRow[]> {
  return db.select().from(posts).where(eq(posts.officeId, officeId));
}

export async function insertPost(db: Db, row: typeof posts.$inferInsert): Promise<PostRow> {
  const [created] = await db.insert(posts).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function currentHolders(db: Db, postIds: number[]): Promise<HolderRow[]> {
  if (postIds.length === 0) return [];
  return db
    .select()
    .from(postHolders)
    .where(and(inArray(postHolders.postId, postIds), isNull(postHolders.endedAt)));
}

export async function holderHistory(db: Db, postId: number): Promise<HolderRow[]> {
  return db.select().from(postHolders).where(eq(postHolders.postId, postId)).orderBy(postHolders.createdAt);
}

export async function findPosts(db: Db, ids: number[]): Promise<PostRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(posts).where(inArray(posts.id, ids));
}

/** Posts with the codes and level of their office, which a charter prints beside the officer. */
export async function findPostsWithOffice(db: Db, ids: number[]) {
  if (ids.length === 0) return [];
  return db
    .select({ post: posts, level: offices.level, districtCode: offices.districtCode, upazilaCode: offices.upazilaCode })
    .from(posts)
    .innerJoin(offices, eq(offices.id, posts.officeId))
    .where(inArray(posts.id, ids));
}

export async function endHolder(db: Db, holderId: number, at: Date): Promise<void> {
  await db.update(postHolders).set({ endedAt: at }).where(eq(postHolders.id, holderId));
}

export async function insertHolder(db: Db, row: typeof postHolders.$inferInsert): Promise<HolderRow> {
  const [created] = await db.insert(postHolders).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

export async function updateHolderContacts(db: Db, holderId: number, contacts: { phones: string[]; emails: string[]; websites: string[] }): Promise<void> {
  await db.update(postHolders).set(contacts).where(eq(postHolders.id, holderId));
}
