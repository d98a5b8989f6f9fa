// Use cases for accounts: users and their roles, signing in and out (sessions kept in the database, so
// app servers stay stateless), API tokens, and who a request's session or token is.
import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import { ROLES, type Role } from '../../db/schema.ts';
import type { Db } from '../../db/client.ts';
import { inTransaction, type Actor, type Ctx } from '../shared/context.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import { authorize } from './policy.ts';
import * as officesRepo from '../offices/offices.repo.ts';
import * as repo from './accounts.repo.ts';
import { notify } from '../notifications/outbox.service.ts';

export const SESSION_HOURS = 12;
export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;

const sha256 = (token: string) => createHash('sha256').update(token).digest('hex');
const randomToken = (prefix: string) => `${prefix}${randomBytes(32).toString('base64url')}`;

export const userInputSchema = z.object({
  officeId: z.number().int().positive(),
  email: z.string().trim().toLowerCase().pipe(z.email('field.email')),
  password: z.string().min(10, 'field.password-short').max(200, 'field.too-long'),
  name: z.string().trim().max(200, 'field.too-long').default(''),
  roles: z.array(z.enum(ROLES, 'field.role')).min(1, 'field.role'),
});
export type UserInput = z.input<typeof userInputSchema>;

export interface PublicUser {
  id: number;
  officeId: number;
  email: string;
  name: string;
  roles: Role[];
}

/** Adds a user to an office with its roles; only an administrator of an office above (or the operator). */
export async function addUser(ctx: Ctx, input: UserInput): Promise<PublicUser> {
  const parsed = userInputSchema.safeParse(input);
  if (!parsed.success) throw new DomainError('user.invalid', {}, fieldProblems(parsed.error));
  const v = parsed.data;
  const office = await officesRepo.findOffice(ctx.db, v.officeId);
  if (!office) throw new DomainError('office.not-found', { office: v.officeId });
  authorize(ctx, 'user.manage', office);
  if (await repo.findUserByEmail(ctx.db, v.email)) {
    throw new DomainError('user.email-taken', { email: v.email }, { email: { key: 'field.taken' } });
  }
  const passwordHash = await hash(v.password);
  const roles = [...new Set(v.roles)];
  return inTransaction(ctx, async (tx) => {
    const user = await repo.insertUser(tx.db, { officeId: office.id, email: v.email, name: v.name, passwordHash, createdAt: ctx.now }, roles);
    const shown: PublicUser = { id: user.id, officeId: office.id, email: user.email, name: user.name, roles };
    await audit(tx, { entity: 'user', id: user.id, action: 'create', officeId: office.id, after: shown });
    return shown;
  });
}

// A real hash of nothing, so an unknown e-mail takes as long to refuse as a wrong password.
const NOBODY = hash(randomToken(''));

export interface SignedIn {
  token: string;
  csrf: string;
  expiresAt: Date;
  user: PublicUser;
}

/**
 * Checks e-mail and password and opens a new session (a new token every time: a session id known before
 * sign-in is never promoted). After MAX_FAILED_SIGN_INS wrong passwords the account is locked for a while.
 */
export async function signIn(ctx: Ctx, input: { email: string; password: string; previousToken?: string | null }): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const user = await repo.findUserByEmail(ctx.db, email);
  if (!user || user.disabledAt) {
    await verify(await NOBODY, input.password).catch(() => false);
    throw new DomainError('auth.bad-credentials');
  }
  const lockedFor = (until: Date) => Math.ceil((until.getTime() - ctx.now.getTime()) / 60000);
  if (user.lockedUntil && user.lockedUntil > ctx.now) throw new DomainError('auth.locked', { minutes: lockedFor(user.lockedUntil) });
  // The attempt is counted before the password is checked, in one statement: guesses sent in parallel
  // cannot all pass the count read before any of them failed.
  const attempt = await repo.countAttempt(ctx.db, user.id, user.lockedUntil && user.lockedUntil <= ctx.now);
  const lockUntil = new Date(ctx.now.getTime() + LOCK_MINUTES * 60000);
  if (attempt > MAX_FAILED_SIGN_INS) {
    await repo.lockUntil(ctx.db, user.id, lockUntil);
    throw new DomainError('auth.locked', { minutes: LOCK_MINUTES });
  }
  if (!(await verify(user.passwordHash, input.password).catch(() => false))) {
    if (attempt >= MAX_FAILED_SIGN_INS) {
      await repo.lockUntil(ctx.db, user.id, lockUntil);
      throw new DomainError('auth.locked', { minutes: LOCK_MINUTES });
    }
    throw new DomainError('auth.bad-credentials');
  }
  const token = randomToken('');
  const csrf = randomToken('');
  const expiresAt = new Date(ctx.now.getTime() + SESSION_HOURS * 3600_000);
  await inTransaction(ctx, async (tx) => {
    if (input.previousToken) await repo.deleteSession(tx.db, sha256(input.previousToken));
    await repo.clearFailures(tx.db, user.id);
    await repo.insertSession(tx.db, { id: sha256(token), userId: user.id, csrf, createdAt: ctx.now, expiresAt });
  });
  const roles = await repo.rolesOf(ctx.db, user.id);
  return { token, csrf, expiresAt, user: { id: user.id, officeId: user.officeId, email: user.email, name: user.name, roles } };
}

export async function signOut(db: Db, token: string): Promise<void> {
  await repo.deleteSession(db, sha256(token));
}

const userActor = (user: repo.UserRow, officePath: string, roles: Role[], via: 'session' | 'token'): Actor => ({
  kind: 'user',
  userId: user.id,
  email: user.email,
  officeId: user.officeId,
  officePath,
  roles,
  via,
});

/** The person behind a session cookie, with the session's CSRF token; null when it is unknown or expired. */
export async function sessionActor(db: Db, token: string, now: Date): Promise<{ actor: Actor; csrf: string } | null> {
  const row = await repo.sessionUser(db, sha256(token), now);
  if (!row) return null;
  return { actor: userActor(row.user, row.officePath, await repo.rolesOf(db, row.user.id), 'session'), csrf: row.csrf };
}

/** The person behind an API token (Authorization: Bearer …); null when unknown or revoked. */
export async function tokenActor(db: Db, token: string, now: Date): Promise<Actor | null> {
  const row = await repo.tokenUser(db, sha256(token));
  if (!row) return null;
  await repo.touchToken(db, row.tokenId, now);
  return userActor(row.user, row.officePath, await repo.rolesOf(db, row.user.id), 'token');
}

/** Makes an API token for a user: the user themself or an administrator above. The token is shown once. */
export async function createToken(ctx: Ctx, input: { email: string; label?: string }): Promise<{ token: string; id: number }> {
  const user = await repo.findUserByEmail(ctx.db, input.email.trim().toLowerCase());
  if (!user) throw new DomainError('user.not-found', { email: input.email });
  const self = ctx.actor.kind === 'user' && ctx.actor.userId === user.id;
  if (!self) {
    const office = await officesRepo.findOffice(ctx.db, user.officeId);
    if (!office) throw new DomainError('office.not-found', { office: user.officeId });
    authorize(ctx, 'user.manage', office);
  }
  const token = randomToken('pt_');
  return inTransaction(ctx, async (tx) => {
    const id = await repo.insertToken(tx.db, { userId: user.id, tokenHash: sha256(token), label: input.label ?? '', createdAt: ctx.now });
    await audit(tx, { entity: 'api_token', id, action: 'create', officeId: user.officeId, after: { userId: user.id, label: input.label ?? '' } });
    return { token, id };
  });
}

export const RESET_MINUTES = 60;

/**
 * Sends a link to set a new password, through the outbox. The answer is the same whether or not the
 * address is known, so the form tells nobody who has an account.
 */
export async function requestPasswordReset(ctx: Ctx, input: { email: string }): Promise<void> {
  const user = await repo.findUserByEmail(ctx.db, input.email.trim().toLowerCase());
  if (!user || user.disabledAt) return;
  const token = randomToken('');
  await inTransaction(ctx, async (tx) => {
    const id = await repo.insertReset(tx.db, {
      userId: user.id,
      tokenHash: sha256(token),
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + RESET_MINUTES * 60_000),
    });
    await audit(tx, { entity: 'user', id: user.id, action: 'password-reset-requested', officeId: user.officeId, after: { resetId: id } });
    const params = { link: `/password-reset/${token}`, minutes: RESET_MINUTES };
    await notify(tx, {
      key: `password-reset:${id}`,
      to: { email: user.email },
      message: { subject: { key: 'notify.reset.subject' }, body: { key: 'notify.reset.body', params } },
    });
  });
}

/** Sets the new password from a reset link (once, within the hour); every session of the user ends. */
export async function resetPassword(ctx: Ctx, input: { token: string; password: string }): Promise<void> {
  const parsed = userInputSchema.shape.password.safeParse(input.password);
  if (!parsed.success) throw new DomainError('user.invalid', {}, fieldProblems({ issues: parsed.error.issues.map((i) => ({ ...i, path: ['password'] })) }));
  const reset = await repo.findReset(ctx.db, sha256(input.token));
  if (!reset || reset.usedAt || reset.expiresAt <= ctx.now) throw new DomainError('auth.reset-invalid');
  const passwordHash = await hash(parsed.data);
  const user = await repo.findUser(ctx.db, reset.userId);
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.useResets(tx.db, reset.id, reset.userId, ctx.now))) throw new DomainError('auth.reset-invalid');
    await repo.setPassword(tx.db, reset.userId, passwordHash);
    await repo.deleteSessionsOf(tx.db, reset.userId);
    await audit(tx, { entity: 'user', id: reset.userId, action: 'password-reset', officeId: user?.officeId ?? null });
  });
}

/** The signed-in person's API tokens (never the tokens themselves: only their hashes are kept). */
export async function listTokens(ctx: Ctx) {
  if (ctx.actor.kind !== 'user') throw new DomainError('auth.required', { action: 'token' });
  return repo.tokensOf(ctx.db, ctx.actor.userId);
}

/** Revokes one of the signed-in person's own tokens; a revoked token opens nothing from then on. */
export async function revokeToken(ctx: Ctx, input: { tokenId: number }): Promise<void> {
  const actor = ctx.actor;
  if (actor.kind !== 'user') throw new DomainError('auth.required', { action: 'token' });
  await inTransaction(ctx, async (tx) => {
    if (!(await repo.revokeToken(tx.db, input.tokenId, actor.userId, ctx.now))) throw new DomainError('token.not-found', { id: input.tokenId });
    await audit(tx, { entity: 'api_token', id: input.tokenId, action: 'revoke', officeId: actor.officeId });
  });
}
