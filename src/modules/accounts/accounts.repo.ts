// SQL for users, their roles, sessions and API tokens.
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { apiTokens, offices, passwordResets, sessions, userRoles, users, type Role } from '../../db/schema.ts';

export type UserRow = typeof users.$inferSelect;

export async function findUserByEmail(db: Db, email: string): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.email, email));
  return row ?? null;
}

export async function findUser(db: Db, id: number): Promise<UserRow | null> {
  const [row] = await db.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function insertUser(db: Db, row: typeof users.$inferInsert, roles: readonly Role[]): Promise<UserRow> {
  const [created] = await db.insert(users).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  if (roles.length) await db.insert(userRoles).values(roles.map((role) => ({ userId: created.id, role })));
  return created;
}

export async function rolesOf(db: Db, userId: number): Promise<Role[]> {
  return (await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId))).map((r) => r.role);
}

export async function addRoles(db: Db, userId: number, roles: readonly Role[]): Promise<void> {
  if (roles.length)
    await db
      .insert(userRoles)
      .values(roles.map((role) => ({ userId, role })))
      .onConflictDoNothing();
}

/** Counts a sign-in attempt and returns the count (started again after a lock that has ended). */
export async function countAttempt(db: Db, userId: number, afterLock: boolean | null): Promise<number> {
  const [row] = await db
    .update(users)
    .set({ failedSignIns: afterLock ? 1 : sql`${users.failedSignIns} + 1`, ...(afterLock ? { lockedUntil: null } : {}) })
    .where(eq(users.id, userId))
    .returning({ n: users.failedSignIns });
  return row?.n ?? 0;
}

export async function lockUntil(db: Db, userId: number, until: Date): Promise<void> {
  await db.update(users).set({ lockedUntil: until }).where(eq(users.id, userId));
}

export async function clearFailures(db: Db, userId: number): Promise<void> {
  await db.update(users).set({ failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function setPassword(db: Db, userId: number, passwordHash: string): Promise<void> {
  await db.update(users).set({ passwordHash, failedSignIns: 0, lockedUntil: null }).where(eq(users.id, userId));
}

export async function insertSession(db: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function deleteSessionsOf(db: Db, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/** The user behind a live session or token, with the path of their office. */
const withOffice = { user: users, officePath: offices.path };

export async function sessionUser(db: Db, id: string, now: Date) {
  const [row] = await db
    .select({ ...withOffice, csrf: sessions.csrf, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  return row ?? null;
}

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert): Promise<number> {
  const [created] = await db.insert(apiTokens).values(row).returning({ id: apiTokens.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

export async function tokenUser(db: Db, tokenHash: string) {
  const [row] = await db
    .select({ ...withOffice, tokenId: apiTokens.id })
    .from(apiTokens)
    .innerJoin(users, eq(users.id, apiTokens.userId))
    .innerJoin(offices, eq(offices.id, users.officeId))
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt), isNull(users.disabledAt)));
  return row ?? null;
}

export async function touchToken(db: Db, id: number, now: Date): Promise<void> {
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, id));
}

export async function listUsersOfOffice(db: Db, officeId: number) {
  return db.select().from(users).where(eq(users.officeId, officeId)).orderBy(users.email);
}

/** The active users of an office who hold any of the roles. */
export async function usersWithRoles(db: Db, officeId: number, roles: readonly Role[]): Promise<UserRow[]> {
  if (!roles.length) return [];
  return db
    .selectDistinct({ user: users })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(users.officeId, officeId), isNull(users.disabledAt), inArray(userRoles.role, [...roles])))
    .orderBy(users.id)
    .then((rows) => rows.map((r) => r.user));
}

export async function insertReset(db: Db, row: typeof passwordResets.$inferInsert): Promise<number> {
  const [created] = await db.insert(passwordResets).values(row).returning({ id: passwordResets.id });
  if (!created) throw new Error('insert returned no row');
  return created.id;
}

export async function findReset(db: Db, tokenHash: string) {
  const [row] = await db.select().from(passwordResets).where(eq(passwordResets.tokenHash, tokenHash));
  return row ?? null;
}

/** Marks every open reset of the user used; whether this one was still open (two uses: only one wins). */
export async function useResets(db: Db, id: number, userId: number, at: Date): Promise<boolean> {
  const [mine] = await db
    .update(passwordResets)
    .set({ usedAt: at })
    .where(and(eq(passwordResets.id, id), isNull(passwordResets.usedAt)))
    .returning({ id: passwordResets.id });
  await db
    .update(passwordResets)
    .set({ usedAt: at })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)));
  return mine !== undefined;
}

export async function tokensOf(db: Db, userId: number) {
  return db
    .select({ id: apiTokens.id, label: apiTokens.label, createdAt: apiTokens.createdAt, lastUsedAt: apiTokens.lastUsedAt })
    .from(apiTokens)
    .where(and(eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .orderBy(apiTokens.id);
}

export async function revokeToken(db: Db, id: number, userId: number, at: Date): Promise<boolean> {
  const [row] = await db
    .update(apiTokens)
    .set({ revokedAt: at })
    .where(and(eq(apiTokens.id, id), eq(apiTokens.userId, userId), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return row !== undefined;
}
