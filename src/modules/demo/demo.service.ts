// Demo data: on first start with an empty database, the seed offices and their charters, published.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Db } from '../../db/client.ts';
import { offices as officesTable } from '../../db/schema.ts';
import { importText } from '../../importer/text.ts';
import { createOffice, findOfficeByPortal } from '../offices/offices.service.ts';
import { importDraft, publishEdition } from '../charters/charters.service.ts';
import { HEADQUARTERS, SEED_CHARTERS, type Seed } from './demo.data.ts';

const ACTOR = 'system:demo';

async function createTree(db: Db, seed: Seed, parentId: number | null, level: number): Promise<number> {
  const { key: _key, children, ...input } = seed;
  const levels = ['headquarters', 'district', 'upazila'] as const;
  const office = await createOffice(db, { ...input, parentId, level: levels[level] ?? 'other' }, ACTOR);
  let count = 1;
  for (const child of children ?? []) count += await createTree(db, child, office.id, level + 1);
  return count;
}

export interface DemoResult {
  created: boolean;
  offices: number;
  charters: { file: string; officeId: number; editionId: number; services: number; findings: number }[];
}

/** Loads the demo only into an empty database, so a restart never duplicates or overwrites anything. */
export async function loadDemo(db: Db, seedsDir: string, now: Date): Promise<DemoResult> {
  const [existing] = await db.select({ id: officesTable.id }).from(officesTable).limit(1);
  if (existing) return { created: false, offices: 0, charters: [] };
  const count = await createTree(db, HEADQUARTERS, null, 0);
  const charters: DemoResult['charters'] = [];
  for (const seed of SEED_CHARTERS) {
    const office = await findOfficeByPortal(db, seed.portal);
    if (!office) throw new Error(`demo office ${seed.portal} missing`);
    const charter = importText(await readFile(join(seedsDir, seed.file), 'utf8'));
    const { editionId, findings } = await importDraft(db, charter, { officeId: office.id, sourceName: seed.file, actor: ACTOR, now });
    await publishEdition(db, editionId, ACTOR, now);
    charters.push({ file: seed.file, officeId: office.id, editionId, services: charter.services.length, findings: findings.length });
  }
  return { created: true, offices: count, charters };
}
