// Demo data: on first start with an empty database, the seed offices, their charters (published as they
// were, with their known problems and a reason) and demo users for a whole review chain.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { offices as officesTable } from '../../db/schema.ts';
import { importText } from '../../importer/text.ts';
import type { Actor, Ctx } from '../shared/context.ts';
import { createOffice, findOfficeByPortal } from '../offices/offices.service.ts';
import { importDraft } from '../charters/charters.service.ts';
import { publishEdition } from '../charters/review.service.ts';
import { addUser } from '../accounts/accounts.service.ts';
import { DEMO_PASSWORD, DEMO_USERS, HEADQUARTERS, SEED_CHARTERS, type Seed } from './demo.data.ts';

/** The demo loader acts as the system. */
export const DEMO_ACTOR: Actor = { kind: 'system', name: 'demo' };

/** Why the demo publishes seed charters with their errors: they are shown as the offices published them. */
export const DEMO_OVERRIDE = 'ডেমো: দপ্তরের প্রকাশিত প্রতিশ্রুতি যেমন ছিল তেমনই / Demo: the charter as the office published it';

async function createTree(ctx: Ctx, seed: Seed, parentId: number | null, level: number): Promise<number> {
  const { key: _key, children, ...input } = seed;
  const levels = ['headquarters', 'district', 'upazila'] as const;
  const office = await createOffice(ctx, { ...input, parentId, level: levels[level] ?? 'other' });
  let count = 1;
  for (const child of children ?? []) count += await createTree(ctx, child, office.id, level + 1);
  return count;
}

export interface DemoResult {
  created: boolean;
  offices: number;
  users: number;
  charters: { file: string; officeId: number; editionId: number; services: number; findings: number }[];
}

/** Loads the demo only into an empty database, so a restart never duplicates or overwrites anything. */
export async function loadDemo(ctx: Ctx, seedsDir: string): Promise<DemoResult> {
  const [existing] = await ctx.db.select({ id: officesTable.id }).from(officesTable).limit(1);
  if (existing) return { created: false, offices: 0, users: 0, charters: [] };
  const count = await createTree(ctx, HEADQUARTERS, null, 0);
  const charters: DemoResult['charters'] = [];
  for (const seed of SEED_CHARTERS) {
    const office = await findOfficeByPortal(ctx.db, seed.portal);
    if (!office) throw new Error(`demo office ${seed.portal} missing`);
    const source = await readFile(join(seedsDir, seed.file), 'utf8');
    const charter = importText(source);
    const { editionId, findings } = await importDraft(ctx, { officeId: office.id, charter, sourceName: seed.file, source });
    await publishEdition(ctx, { editionId, override: DEMO_OVERRIDE });
    charters.push({ file: seed.file, officeId: office.id, editionId, services: charter.services.length, findings: findings.length });
  }
  for (const u of DEMO_USERS) {
    const office = await findOfficeByPortal(ctx.db, u.portal);
    if (!office) throw new Error(`demo office ${u.portal} missing`);
    await addUser(ctx, { officeId: office.id, email: u.email, password: DEMO_PASSWORD, name: u.name, roles: u.roles });
  }
  return { created: true, offices: count, users: DEMO_USERS.length, charters };
}
