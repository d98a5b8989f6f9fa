// Use cases for officials: posts in offices and who holds them, so charters follow a change of holder.
import type { Db } from '../../db/client.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Person } from '../../charter/model.ts';
import { nameKey, type Official } from '../../charter/officials.ts';
import { DomainError } from '../shared/domain-error.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { authorize } from '../accounts/policy.ts';
import * as officesRepo from '../offices/offices.repo.ts';
import { audit } from '../audit/audit.service.ts';
import * as repo from './officials.repo.ts';

export interface HolderInput {
  name: string | null;
  phones: string[];
  emails: string[];
  websites?: string[];
}

const same = (a: string | null, b: string | null) => (a ? normalizeLine(a) : '') === (b ? normalizeLine(b) : '');

/**
 * Finds or creates the post an official stands for in an office, and makes the official its holder:
 * the same designation (and room) in the same office is the same post; a different name there means the
 * holder changed, and the old holder is kept as history.
 */
export async function ensurePost(ctx: Ctx, officeId: number, official: Official): Promise<number> {
  let post = await matchPost(ctx, officeId, official);
  if (!post) {
    post = await repo.insertPost(ctx.db, { officeId, designation: official.designation, room: official.room });
    await audit(ctx, { entity: 'post', id: post.id, action: 'create', officeId, after: post });
  }
  await setHolder(ctx, post.id, official);
  return post.id;
}

/** The post of the office an official stands for, if there is one (nothing is written). */
export async function matchPost(ctx: Ctx, officeId: number, official: Official): Promise<repo.PostRow | undefined> {
  const { db } = ctx;
  const existing = (await repo.postsOfOffice(db, officeId)).filter(
    (p) => same(p.designation, official.designation) && (official.room === null || same(p.room, official.room)),
  );
  const holders = await repo.currentHolders(
    db,
    existing.map((p) => p.id),
  );
  const byName = existing.find((p) => {
    const h = holders.find((x) => x.postId === p.id);
    return h && nameKey(h.name) !== null && nameKey(h.name) === nameKey(official.name);
  });
  return byName ?? (official.designation ? existing[0] : undefined);
}

/** Makes someone the current holder of a post; the same person only has their contacts brought up to date. */
export async function setHolder(ctx: Ctx, postId: number, holder: HolderInput): Promise<void> {
  const { db, now } = ctx;
  const officeId = (await repo.findPosts(db, [postId]))[0]?.officeId ?? null;
  const [current] = await repo.currentHolders(db, [postId]);
  const contacts = { phones: holder.phones, emails: holder.emails, websites: holder.websites ?? [] };
  if (current && (nameKey(current.name) === nameKey(holder.name) || holder.name === null)) {
    const merged = {
      phones: contacts.phones.length ? contacts.phones : current.phones,
      emails: contacts.emails.length ? contacts.emails : current.emails,
      websites: contacts.websites.length ? contacts.websites : current.websites,
    };
    if (JSON.stringify(merged) !== JSON.stringify({ phones: current.phones, emails: current.emails, websites: current.websites })) {
      await repo.updateHolderContacts(db, current.id, merged);
      await audit(ctx, { entity: 'post_holder', id: current.id, action: 'update', officeId, before: current, after: merged });
    }
    return;
  }
  if (current) await repo.endHolder(db, current.id, now);
  const created = await repo.insertHolder(db, { postId, name: holder.name ? normalizeLine(holder.name) : null, ...contacts });
  await audit(ctx, { entity: 'post', id: postId, action: 'assign', officeId, before: current ?? null, after: created });
}

/** Each post as a charter shows it: designation and room of the post, name and contacts of the current holder. */
export async function postsAsPersons(db: Db, postIds: number[]): Promise<Map<number, Person>> {
  const ids = [...new Set(postIds)];
  const [postRows, holders] = await Promise.all([repo.findPostsWithOffice(db, ids), repo.currentHolders(db, ids)]);
  const result = new Map<number, Person>();
  for (const { post: p, level, districtCode, upazilaCode } of postRows) {
    const h = holders.find((x) => x.postId === p.id);
    result.set(p.id, {
      name: h?.name ?? null,
      designation: p.designation,
      room: p.room,
      districtCode: level === 'upazila' ? null : districtCode,
      upazilaCode: level === 'upazila' ? upazilaCode : null,
      phones: h?.phones ?? [],
      emails: h?.emails ?? [],
      websites: h?.websites ?? [],
      other: null,
    });
  }
  return result;
}

export async function postHistory(db: Db, postId: number) {
  const [post] = await repo.findPosts(db, [postId]);
  if (!post) throw new DomainError('post.not-found', { id: postId });
  return { post, holders: await repo.holderHistory(db, postId) };
}

/**
 * The officials directory's use case: a new holder of a post (or the same holder's new contacts). Every
 * charter row that points at the post shows the new person; the past holder is kept.
 */
export async function changeHolder(ctx: Ctx, input: { postId: number; holder: HolderInput }): Promise<void> {
  const [post] = await repo.findPosts(ctx.db, [input.postId]);
  if (!post) throw new DomainError('post.not-found', { id: input.postId });
  const office = await officesRepo.findOffice(ctx.db, post.officeId);
  if (!office) throw new DomainError('office.not-found', { office: post.officeId });
  authorize(ctx, 'officials.edit', office);
  await inTransaction(ctx, (tx) => setHolder(tx, post.id, input.holder));
}

/** The offices a charter row may point at: the office itself and those above it (a superior sits higher). */
export const officeAndAbove = (path: string): number[] => path.split('/').filter(Boolean).map(Number).reverse();

/** The posts an editor chooses from: the office's own, then those of the offices above; each with its holder. */
export async function officePosts(ctx: Ctx, officeId: number): Promise<{ id: number; officeId: number; designation: string | null; holder: string | null }[]> {
  const office = await officesRepo.findOffice(ctx.db, officeId);
  if (!office) throw new DomainError('office.not-found', { office: officeId });
  const list = (await Promise.all(officeAndAbove(office.path).map((id) => repo.postsOfOffice(ctx.db, id)))).flat();
  const holders = await repo.currentHolders(
    ctx.db,
    list.map((p) => p.id),
  );
  return list.map((p) => ({ id: p.id, officeId: p.officeId, designation: p.designation, holder: holders.find((h) => h.postId === p.id)?.name ?? null }));
}

/** A new post in the office's directory (a designation, optionally a room), for rows to point at. */
export async function addPost(ctx: Ctx, input: { officeId: number; designation: string; room?: string | null }): Promise<repo.PostRow> {
  const office = await officesRepo.findOffice(ctx.db, input.officeId);
  if (!office) throw new DomainError('office.not-found', { office: input.officeId });
  authorize(ctx, 'officials.edit', office);
  const designation = normalizeLine(input.designation);
  if (!designation) throw new DomainError('post.invalid', {}, { designation: { key: 'field.required' } });
  return inTransaction(ctx, async (tx) => {
    const post = await repo.insertPost(tx.db, { officeId: office.id, designation, room: input.room ? normalizeLine(input.room) : null });
    await audit(tx, { entity: 'post', id: post.id, action: 'create', officeId: office.id, after: post });
    return post;
  });
}
