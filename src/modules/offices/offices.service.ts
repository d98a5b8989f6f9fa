// Use cases for the office tree: create, find, search, and the tree a charter derives its subordinates from.
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { normalizeLine, searchKey } from '../../bangla/normalize.ts';
import { officeSearchText, searchTerms } from '../search/search-text.ts';
import { searchOffices as findOffices } from '../search/search.repo.ts';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { OFFICE_LEVELS } from '../../charter/model.ts';
import { portalHost } from '../../charter/portal.ts';
import { toE164 } from '../../charter/phone.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import type { MessageKey } from '../../i18n/messages.ts';
import { inTransaction, type Ctx } from '../shared/context.ts';
import { audit } from '../audit/audit.service.ts';
import { authorize } from '../accounts/policy.ts';
import * as repo from './offices.repo.ts';
import type { OfficeRow } from './offices.repo.ts';

export type Office = OfficeRow;

const code = (digits: number, message: MessageKey) =>
  z
    .string()
    .transform((s) => toAsciiDigits(s.trim()))
    .pipe(z.string().regex(new RegExp(`^\\d{${digits}}$`), message));

export const officeInputSchema = z.object({
  parentId: z.number().int().positive().nullable().default(null),
  level: z.enum(OFFICE_LEVELS),
  nameBn: z.string().trim().min(1, 'field.required').max(300, 'field.too-long'),
  nameEn: z.string().trim().min(1, 'field.required').max(300, 'field.too-long'),
  districtCode: code(2, 'field.district-code').nullable().default(null),
  upazilaCode: code(4, 'field.upazila-code').nullable().default(null),
  portal: z
    .string()
    .transform((s) => portalHost(s) ?? '')
    .pipe(z.string().min(1, 'field.web-address'))
    .nullable()
    .default(null),
  address: z.string().trim().max(500, 'field.too-long').nullable().default(null),
});
export type OfficeInput = z.input<typeof officeInputSchema>;

/**
 * Creates an office under its parent (an administrator of an office above, or the operator); names
 * normalised, codes in ASCII digits, portal as a bare host. A root office only the operator or the system makes.
 */
export async function createOffice(ctx: Ctx, input: OfficeInput): Promise<Office> {
  const { db } = ctx;
  const parsed = officeInputSchema.safeParse(input);
  if (!parsed.success) {
    throw new DomainError('office.invalid', {}, fieldProblems(parsed.error));
  }
  const v = parsed.data;
  const parent = v.parentId === null ? null : await repo.findOffice(db, v.parentId);
  if (v.parentId !== null && !parent) {
    throw new DomainError('office.parent-not-found', { id: v.parentId }, { parentId: { key: 'field.invalid' } });
  }
  if (parent) authorize(ctx, 'office.manage', parent);
  else if (ctx.actor.kind !== 'operator' && ctx.actor.kind !== 'system') throw new DomainError('auth.forbidden', { action: 'office.manage' });
  if (v.portal && (await repo.findOfficeByPortal(db, v.portal))) {
    throw new DomainError('office.portal-taken', { portal: v.portal }, { portal: { key: 'field.taken' } });
  }
  const nameBn = normalizeLine(v.nameBn);
  const nameEn = normalizeLine(v.nameEn);
  return inTransaction(ctx, async (tx) => {
    const office = await repo.insertOffice(tx.db, {
      ...v,
      nameBn,
      nameEn,
      address: v.address ? normalizeLine(v.address) : null,
      searchText: officeSearchText({ nameBn, nameEn }),
    });
    await audit(tx, { entity: 'office', id: office.id, action: 'create', officeId: office.id, after: office });
    return office;
  });
}

export async function getOffice(db: Db, id: number): Promise<Office> {
  const office = await repo.findOffice(db, id);
  if (!office) throw new DomainError('office.not-found', { office: id });
  return office;
}

/** The office named by an id or by its portal address (what a person types on the command line). */
export async function resolveOffice(db: Db, ref: string): Promise<Office> {
  const ascii = toAsciiDigits(ref.trim());
  if (/^\d+$/.test(ascii)) return getOffice(db, Number(ascii));
  const portal = portalHost(ascii);
  const office = portal ? await repo.findOfficeByPortal(db, portal) : null;
  if (!office) throw new DomainError('office.not-found', { office: ref });
  return office;
}

export const listOffices = (db: Db) => repo.listOffices(db);
export const listChildren = (db: Db, parentId: number) => repo.listChildren(db, parentId);

export interface OfficeNode {
  office: Office;
  /** it has a published charter */
  hasCharter: boolean;
  children: OfficeNode[];
}

/** The whole tree, roots first; one query, assembled in memory. */
export async function officeTree(db: Db): Promise<OfficeNode[]> {
  const [all, withCharter] = await Promise.all([repo.listOffices(db), repo.officesWithCharter(db)]);
  const nodes = new Map(all.map((o) => [o.id, { office: o, hasCharter: withCharter.has(o.id), children: [] as OfficeNode[] }]));
  const roots: OfficeNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.office.parentId === null ? undefined : nodes.get(node.office.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

/** The chain from the root down to the office, for breadcrumbs. */
export async function ancestors(db: Db, office: Office): Promise<Office[]> {
  const chain: Office[] = [];
  let parentId = office.parentId;
  while (parentId !== null && chain.length < 20) {
    const parent = await repo.findOffice(db, parentId);
    if (!parent) break;
    chain.unshift(parent);
    parentId = parent.parentId;
  }
  return chain;
}

/** Offices by name, forgiving spelling and Bangla typed in English letters, or by a piece of the portal address. */
export async function searchOffices(db: Db, query: string, limit = 50): Promise<Office[]> {
  const key = searchKey(query).slice(0, 100);
  if (!key) return [];
  return findOffices(db, searchTerms(key), key, limit);
}

/** The office a code printed in a charter refers to (upazila code first, then district code). */
export async function findOfficeByCodes(db: Db, codes: { districtCode: string | null; upazilaCode: string | null }): Promise<Office | null> {
  if (codes.upazilaCode) {
    const [o] = await repo.findOfficesByCode(db, { level: 'upazila', upazilaCode: codes.upazilaCode });
    if (o) return o;
  }
  if (codes.districtCode) {
    const [o] = await repo.findOfficesByCode(db, { level: 'district', districtCode: codes.districtCode });
    if (o) return o;
  }
  return null;
}

/** The office whose portal is this address, in any of its written forms. */
export async function findOfficeByPortal(db: Db, address: string): Promise<Office | null> {
  const portal = portalHost(address);
  return portal ? repo.findOfficeByPortal(db, portal) : null;
}

export const contactsSchema = z.object({
  phone: z.string().trim().max(100, 'field.too-long').nullable(),
  email: z.union([z.literal(''), z.email('field.email')]).nullable(),
  hours: z.string().trim().max(300, 'field.too-long').nullable(),
  address: z.string().trim().max(500, 'field.too-long').nullable(),
});

/** The office's own contacts (phone, e-mail, opening hours, address), kept in the officials directory. */
export async function updateOfficeContacts(ctx: Ctx, input: { officeId: number; contacts: z.input<typeof contactsSchema> }): Promise<Office> {
  const office = await getOffice(ctx.db, input.officeId);
  authorize(ctx, 'officials.edit', office);
  const parsed = contactsSchema.safeParse(input.contacts);
  if (!parsed.success) throw new DomainError('office.invalid', {}, fieldProblems(parsed.error));
  const clean = (v: string | null) => (v ? normalizeLine(v) : null);
  const written = clean(parsed.data.phone);
  // A number the phone rules know is kept in E.164 (one form to dial and to show); anything else as written.
  const values = {
    phone: written ? (toE164(written) ?? written) : null,
    email: parsed.data.email || null,
    hours: clean(parsed.data.hours),
    address: clean(parsed.data.address),
  };
  return inTransaction(ctx, async (tx) => {
    const updated = await repo.updateOffice(tx.db, office.id, values);
    await audit(tx, {
      entity: 'office',
      id: office.id,
      action: 'contacts',
      officeId: office.id,
      before: { phone: office.phone, email: office.email, hours: office.hours, address: office.address },
      after: values,
    });
    return updated;
  });
}
