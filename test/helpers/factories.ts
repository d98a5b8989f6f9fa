// Factories for tests: charters, services and people as the importer would produce them, and office trees.
import type { Charter, Person, Service } from '../../src/charter/model.ts';
import { emptyPerson } from '../../src/charter/model.ts';
import type { Db } from '../../src/db/client.ts';
import { createOffice, type Office } from '../../src/modules/offices/offices.service.ts';
import type { Ctx } from '../../src/modules/shared/context.ts';
import type { Role } from '../../src/db/schema.ts';
import { addUser, createToken } from '../../src/modules/accounts/accounts.service.ts';

export function buildPerson(overrides: Partial<Person> = {}): Person {
  return { ...emptyPerson(), ...overrides };
}

export function buildService(overrides: Partial<Service> = {}): Service {
  return {
    category: 'citizen',
    serial: 1,
    name: 'আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান',
    channels: ['দাপ্তরিক ওয়েব সাইট', 'টেলিফোন'],
    documents: 'প্রযোজ্য ক্ষেত্রে আবেদনপত্র',
    remarks: '',
    fee: { kind: 'free', amountTaka: null, text: 'বিনামূল্যে', paymentMethod: null },
    timeLimit: { immediate: true, workingDays: 3, text: 'তাৎক্ষণিক/৩ কার্যদিবস' },
    responsible: buildPerson({
      name: 'মোঃ ইলিয়াজ হোসেন',
      designation: 'সহকারী প্রোগ্রামার',
      upazilaCode: '7734',
      phones: ['+8801751119073'],
    }),
    superior: null,
    alternate: null,
    ...overrides,
  };
}

export function buildCharter(overrides: Partial<Charter> = {}): Charter {
  return {
    office: { name: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়', level: 'upazila', districtCode: '77', upazilaCode: '7734', portal: 'doict.debiganj.panchagarh.gov.bd' },
    title: 'সিটিজেনস চার্টার',
    vision: 'জ্ঞানভিত্তিক অর্থনীতি',
    mission: 'সুশাসন প্রতিষ্ঠা',
    services: [buildService()],
    subordinateOffices: [],
    expectations: ['স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান'],
    grievanceSteps: [{ order: 1, when: 'সমাধান দিতে ব্যর্থ হলে', role: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', contact: null, contactText: '', workingDays: 30 }],
    signOff: { date: '2025-06-03', name: 'মোঃ ইলিয়াজ হোসেন', designation: 'উপজেলা আইসিটি অফিসার', office: null },
    findings: [],
    ...overrides,
  };
}

/** The command line's operator, who may do anything: for tests that are not about rights. */
export const operatorCtx = (db: Db, now = new Date('2025-06-05T04:00:00Z')): Ctx => ({ db, actor: { kind: 'operator', name: 'test' }, now });

export interface Tree {
  hq: Office;
  district: Office;
  upazila: Office;
}

/** Headquarters, Panchagarh district and Debiganj upazila, with the codes the seed charter prints. */
export async function buildTree(db: Db): Promise<Tree> {
  const hq = await createOffice(operatorCtx(db), {
    level: 'headquarters',
    nameBn: 'তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর',
    nameEn: 'Department of ICT',
    portal: 'doict.gov.bd',
  });
  const district = await createOffice(operatorCtx(db), {
    parentId: hq.id,
    level: 'district',
    nameBn: 'জেলা কার্যালয়, পঞ্চগড়',
    nameEn: 'District Office, Panchagarh',
    districtCode: '৭৭',
    portal: 'doict.panchagarh.gov.bd',
  });
  const upazila = await createOffice(operatorCtx(db), {
    parentId: district.id,
    level: 'upazila',
    nameBn: 'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়',
    nameEn: 'Upazila Office, Debiganj, Panchagarh',
    districtCode: '77',
    upazilaCode: '7734',
    portal: 'https://doict.debiganj.panchagarh.gov.bd/',
  });
  return { hq, district, upazila };
}

/** Users with one or more roles at offices, each with an API token: `{who: token}` (e-mail `who@test.gov.bd`). */
export async function usersWithTokens(db: Db, people: readonly (readonly [string, number, readonly Role[]])[]): Promise<Record<string, string>> {
  const ctx = operatorCtx(db);
  const tokens: Record<string, string> = {};
  for (const [who, officeId, roles] of people) {
    await addUser(ctx, { officeId, email: `${who}@test.gov.bd`, password: 'a-long-password', roles: [...roles] });
    tokens[who] = (await createToken(ctx, { email: `${who}@test.gov.bd` })).token;
  }
  return tokens;
}
