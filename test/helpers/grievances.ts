// A tree of offices with published charters and the people who handle grievances: for grievance tests.
import type { Db } from '../../src/db/client.ts';
import type { Actor, Ctx } from '../../src/modules/shared/context.ts';
import type { Role } from '../../src/db/schema.ts';
import { importDraft } from '../../src/modules/charters/charters.service.ts';
import { publishEdition } from '../../src/modules/charters/review.service.ts';
import { addUser } from '../../src/modules/accounts/accounts.service.ts';
import { createOffice } from '../../src/modules/offices/offices.service.ts';
import { servicesOf } from '../../src/modules/charters/charters.repo.ts';
import type { GrievanceInput } from '../../src/modules/grievances/file.service.ts';
import { DomainError } from '../../src/modules/shared/domain-error.ts';
import { buildCharter, buildService, buildTree, operatorCtx, type Tree } from './factories.ts';

export interface GrievanceWorld extends Tree {
  /** the upazila's published service rows by serial */
  serviceIds: number[];
  people: Record<string, Actor>;
  as: (who: string, now?: Date) => Ctx;
}

/**
 * Debiganj's charter with two grievance steps (appeal officer 30, the cell 60), as the seed has; Panchagarh's
 * with the three. People: the upazila's grievance officer, head and editor, the district's appeal officer and
 * reviewer, another upazila's grievance officer, the headquarters' admin.
 */
export async function grievanceWorld(db: Db, now: Date): Promise<GrievanceWorld> {
  const op = operatorCtx(db, now);
  const tree = await buildTree(db);
  const other = await createOffice(op, {
    parentId: tree.district.id,
    level: 'upazila',
    nameBn: 'উপজেলা কার্যালয়, বোদা',
    nameEn: 'Upazila Office, Boda',
    districtCode: '77',
    upazilaCode: '7712',
  });
  const upazilaCharter = buildCharter({
    services: [buildService({ serial: 1, name: 'ডিজিটাল সেন্টার বিষয়ক সেবা' }), buildService({ serial: 2, name: 'আইসিটি প্রশিক্ষণ' })],
    grievanceSteps: [
      { order: 1, when: 'অনিক সমাধান দিতে ব্যর্থ হলে', role: 'আপিল কর্মকর্তা', contact: null, contactText: 'প্রোগ্রামার, জেলা কার্যালয়, পঞ্চগড়', workingDays: 30 },
      {
        order: 2,
        when: 'আপিল কর্মকর্তা ব্যর্থ হলে',
        role: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল',
        contact: null,
        contactText: 'www.grs.gov.bd',
        workingDays: 60,
      },
    ],
  });
  const { editionId } = await importDraft(op, { officeId: tree.upazila.id, charter: upazilaCharter, sourceName: 'debiganj.txt' });
  await publishEdition(op, { editionId, override: 'test' });
  const serviceIds = (await servicesOf(db, editionId)).map((s) => s.id);
  const districtCharter = buildCharter({
    office: { name: 'জেলা কার্যালয়, পঞ্চগড়', level: 'district', districtCode: '77', upazilaCode: null, portal: 'doict.panchagarh.gov.bd' },
    grievanceSteps: [
      { order: 1, when: '', role: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', contact: null, contactText: '', workingDays: 30 },
      { order: 2, when: '', role: 'আপিল কর্মকর্তা', contact: null, contactText: '', workingDays: 20 },
      { order: 3, when: '', role: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', contact: null, contactText: '', workingDays: 60 },
    ],
  });
  const district = await importDraft(op, { officeId: tree.district.id, charter: districtCharter, sourceName: 'panchagarh.txt' });
  await publishEdition(op, { editionId: district.editionId, override: 'test' });

  const roster: [string, number, Role[]][] = [
    ['gro', tree.upazila.id, ['grievance-officer']],
    ['head', tree.upazila.id, ['head']],
    ['editor', tree.upazila.id, ['editor']],
    ['appeal', tree.district.id, ['appeal-officer']],
    ['reviewer', tree.district.id, ['reviewer']],
    ['district-gro', tree.district.id, ['grievance-officer']],
    ['other-gro', other.id, ['grievance-officer']],
    ['admin', tree.hq.id, ['admin']],
  ];
  const people: Record<string, Actor> = {};
  for (const [who, officeId, roles] of roster) {
    const user = await addUser(op, { officeId, email: `${who}@test.gov.bd`, password: 'a-long-password', roles });
    const office = [tree.hq, tree.district, tree.upazila, other].find((o) => o.id === officeId);
    people[who] = { kind: 'user', userId: user.id, email: user.email, officeId, officePath: office?.path ?? '', roles, via: 'session' };
  }
  const as = (who: string, at = now): Ctx => {
    const actor = people[who];
    if (!actor) throw new Error(`no ${who}`);
    return { db, actor, now: at };
  };
  return { ...tree, serviceIds, people, as };
}

let mobiles = 0;

/** A grievance about Debiganj's second service, each from a mobile of its own (the per-mobile limit never bites). */
export const grievanceInput = (w: GrievanceWorld, more: Partial<GrievanceInput> = {}): GrievanceInput => ({
  officeId: w.upazila.id,
  serviceId: w.serviceIds[1] ?? null,
  name: 'রহিমা খাতুন',
  mobile: `017${String(10_000_000 + mobiles++).padStart(8, '0')}`,
  email: 'rahima@example.com',
  address: 'দেবীগঞ্জ, পঞ্চগড়',
  description: 'প্রশিক্ষণের জন্য আবেদন করেছিলাম, তিন সপ্তাহ পরও কোনো উত্তর পাইনি। আমার নম্বর ০১৭১১-২২৩৩৪৪।',
  remedy: 'প্রশিক্ষণে ভর্তি',
  ...more,
});

/** What a use case ended with: 'ok', or its error code (anything else thrown is shown as such). */
export const outcome = (fn: () => Promise<unknown>): Promise<string> =>
  fn().then(
    () => 'ok',
    (e: unknown) => (e instanceof DomainError ? e.code : `thrown: ${String(e)}`),
  );
