// The edition diff: which services are added, removed, moved or changed, and which charter fields differ.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildCharter, buildPerson, buildService } from '../../test/helpers/factories.ts';
import { diffCharters, diffIsEmpty, summary, type CharterDiff, type FieldChange } from './diff.ts';
import type { Charter, Service } from './model.ts';

const BIRTH = 'জন্ম নিবন্ধন সনদ প্রদান';
const TRADE = 'ট্রেড লাইসেন্স নবায়ন';
const HEIR = 'ওয়ারিশ সনদ প্রদান';
const LAND = 'ভূমি উন্নয়ন কর আদায়';

const svc = (name: string, serial: number, more: Partial<Service> = {}): Service => buildService({ ...more, name, serial });
const TRADE_FEE: Partial<Service> = { fee: { kind: 'amount', amountTaka: 300, text: '৩০০ টাকা', paymentMethod: null } };
const base = (): Service[] => [svc(BIRTH, 1), svc(TRADE, 2, TRADE_FEE), svc(HEIR, 3)];
const edition = (services: Service[], more: Partial<Charter> = {}): Charter => buildCharter({ services, ...more });
/** The base services with the one at `i` changed. */
const withService = (i: number, change: (s: Service) => Service): Service[] => base().map((s, k) => (k === i ? change(s) : s));

/** The diff in a form a case can state in full: names, and moves as "name: group serial -> group serial". */
function compact(d: CharterDiff) {
  const at = (p: { category: string; serial: number }) => `${p.category} ${p.serial}`;
  return {
    fields: d.fields,
    added: d.services.added.map((s) => s.name),
    removed: d.services.removed.map((s) => s.name),
    moved: d.services.moved.map((m) => `${m.service.name}: ${at(m.from)} -> ${at(m.to)}`),
    changed: d.services.changed.map((c) => ({ name: c.service.name, fields: c.fields })),
    unchanged: d.unchanged,
  };
}

type Expected = Partial<ReturnType<typeof compact>>;
const none = { fields: [], added: [], removed: [], moved: [], changed: [] };
const change = (path: string, before: FieldChange['before'], after: FieldChange['after']): FieldChange => ({ path, before, after });

const cases: ReadonlyArray<{ name: string; a: Charter; b: Charter; expected: Expected }> = [
  { name: 'identical editions', a: edition(base()), b: edition(base()), expected: { unchanged: 3 } },
  {
    name: 'text that differs only in spacing or NFC',
    a: edition(base(), { vision: 'জ্ঞানভিত্তিক অর্থনীতি' }),
    b: edition(
      withService(0, (s) => ({ ...s, name: ` জন্ম  নিবন্ধন সনদ\u00A0প্রদান` })),
      { vision: 'জ্ঞানভিত্তিক  অর্থনীতি\u200B' },
    ),
    expected: { unchanged: 3 },
  },
  {
    name: "one service's fee",
    a: edition(base()),
    b: edition(withService(1, (s) => ({ ...s, fee: { ...s.fee, amountTaka: 500 } }))),
    expected: { changed: [{ name: TRADE, fields: [change('fee.amountTaka', 300, 500)] }], unchanged: 2 },
  },
  {
    name: 'a service added at the end',
    a: edition(base()),
    b: edition([...base(), svc(LAND, 4)]),
    expected: { added: [LAND], unchanged: 3 },
  },
  {
    name: 'a service added at the top renumbers the rest without moving them',
    a: edition(base()),
    b: edition([svc(LAND, 1), ...base().map((s) => ({ ...s, serial: s.serial + 1 }))]),
    expected: { added: [LAND], unchanged: 3 },
  },
  {
    name: 'a service removed',
    a: edition(base()),
    b: edition([svc(BIRTH, 1), svc(HEIR, 2)]),
    expected: { removed: [TRADE], unchanged: 2 },
  },
  {
    name: 'a service replaced at its serial by an unrelated one is removed and added',
    a: edition(base()),
    b: edition(withService(2, (s) => ({ ...s, name: LAND }))),
    expected: { added: [LAND], removed: [HEIR], unchanged: 2 },
  },
  {
    name: 'a service moved to another group',
    a: edition(base()),
    b: edition([svc(BIRTH, 1), svc(TRADE, 2, TRADE_FEE), svc(HEIR, 1, { category: 'institutional' })]),
    expected: { moved: [`${HEIR}: citizen 3 -> institutional 1`], unchanged: 2 },
  },
  {
    name: 'the first service moved to the end is one move',
    a: edition(base()),
    b: edition([svc(TRADE, 1, TRADE_FEE), svc(HEIR, 2), svc(BIRTH, 3)]),
    expected: { moved: [`${BIRTH}: citizen 1 -> citizen 3`], unchanged: 2 },
  },
  {
    name: 'two services swapped are two moves and no changes',
    a: edition(base()),
    b: edition([svc(TRADE, 1, TRADE_FEE), svc(BIRTH, 2), svc(HEIR, 3)]),
    expected: { moved: [`${TRADE}: citizen 2 -> citizen 1`, `${BIRTH}: citizen 1 -> citizen 2`], unchanged: 1 },
  },
  {
    name: 'a name edited a little is a changed name',
    a: edition(base()),
    b: edition(withService(1, (s) => ({ ...s, name: `${TRADE} করণ` }))),
    expected: { changed: [{ name: `${TRADE} করণ`, fields: [change('name', TRADE, `${TRADE} করণ`)] }], unchanged: 2 },
  },
  {
    name: 'a name edited more, at the same serial, is still a changed name',
    a: edition(base()),
    b: edition(withService(2, (s) => ({ ...s, name: 'ওয়ারিশ সনদ বিতরণ' }))),
    expected: { changed: [{ name: 'ওয়ারিশ সনদ বিতরণ', fields: [change('name', HEIR, 'ওয়ারিশ সনদ বিতরণ')] }], unchanged: 2 },
  },
  {
    name: 'the same edit elsewhere is not similar enough',
    a: edition(base()),
    b: edition([svc('ওয়ারিশ সনদ বিতরণ', 1), svc(BIRTH, 2), svc(TRADE, 3, TRADE_FEE)]),
    expected: { added: ['ওয়ারিশ সনদ বিতরণ'], removed: [HEIR], unchanged: 2 },
  },
  {
    name: 'a name edited a little and moved is changed and moved',
    a: edition(base()),
    b: edition([svc(`${TRADE} করণ`, 1, TRADE_FEE), svc(BIRTH, 2), svc(HEIR, 3)]),
    expected: {
      moved: [`${TRADE} করণ: citizen 2 -> citizen 1`, `${BIRTH}: citizen 1 -> citizen 2`],
      changed: [{ name: `${TRADE} করণ`, fields: [change('name', TRADE, `${TRADE} করণ`)] }],
      unchanged: 1,
    },
  },
  {
    name: 'a name spelled another way is the same service with a changed name',
    a: edition([svc('দায়ীত্ব প্রদান', 1)]),
    b: edition([svc('দায়িত্ব প্রদান', 1)]),
    expected: { changed: [{ name: 'দায়িত্ব প্রদান', fields: [change('name', 'দায়ীত্ব প্রদান', 'দায়িত্ব প্রদান')] }], unchanged: 0 },
  },
  {
    // Unfolded, these two names share too few bigrams to match anywhere but at the same serial.
    name: 'a name spelled another way, at another serial, is the same service',
    a: edition([svc(BIRTH, 1), svc('সীল মোহর', 2)]),
    b: edition([svc('সিল মোহর', 1), svc(BIRTH, 2)]),
    expected: {
      moved: ['সিল মোহর: citizen 2 -> citizen 1', `${BIRTH}: citizen 1 -> citizen 2`],
      changed: [{ name: 'সিল মোহর', fields: [change('name', 'সীল মোহর', 'সিল মোহর')] }],
      unchanged: 0,
    },
  },
  {
    name: 'the same name in two groups is matched within its group',
    a: edition([svc(BIRTH, 1), svc(BIRTH, 1, { category: 'internal' })]),
    b: edition([svc(BIRTH, 1, { category: 'internal' }), svc(BIRTH, 1)]),
    expected: { unchanged: 2 },
  },
  {
    name: 'one service in a, the same name twice in b: matched once',
    a: edition([svc(BIRTH, 1)]),
    b: edition([svc(BIRTH, 1), svc(BIRTH, 2)]),
    expected: { added: [BIRTH], unchanged: 1 },
  },
  {
    name: 'a new holder of the responsible post',
    a: edition(base()),
    b: edition(withService(0, (s) => ({ ...s, responsible: s.responsible && { ...s.responsible, name: 'ফারহানা ইয়াসমিন' } }))),
    expected: { changed: [{ name: BIRTH, fields: [change('responsible.name', 'মোঃ ইলিয়াজ হোসেন', 'ফারহানা ইয়াসমিন')] }], unchanged: 2 },
  },
  {
    name: 'a superior named where there was none is the whole slot',
    a: edition(base()),
    b: edition(withService(0, (s) => ({ ...s, superior: buildPerson({ designation: 'উপজেলা নির্বাহী অফিসার' }) }))),
    expected: { changed: [{ name: BIRTH, fields: [change('superior', null, buildPerson({ designation: 'উপজেলা নির্বাহী অফিসার' }))] }], unchanged: 2 },
  },
  {
    name: 'phones listed in another order are no change',
    a: edition([svc(BIRTH, 1, { responsible: buildPerson({ name: 'ক', phones: ['+8801711000002', '+8801711000001'] }) })]),
    b: edition([svc(BIRTH, 1, { responsible: buildPerson({ name: 'ক', phones: ['+8801711000001', '+8801711000002'] }) })]),
    expected: { unchanged: 1 },
  },
  {
    name: 'a phone added to the responsible officer',
    a: edition([svc(BIRTH, 1, { responsible: buildPerson({ name: 'ক', phones: ['+8801711000001'] }) })]),
    b: edition([svc(BIRTH, 1, { responsible: buildPerson({ name: 'ক', phones: ['+8801711000001', '+8801711000002'] }) })]),
    expected: { changed: [{ name: BIRTH, fields: [change('responsible.phones', ['+8801711000001'], ['+8801711000001', '+8801711000002'])] }], unchanged: 0 },
  },
  {
    name: 'the responsible officer left out',
    a: edition([svc(BIRTH, 1)]),
    b: edition([svc(BIRTH, 1, { responsible: null })]),
    expected: { changed: [{ name: BIRTH, fields: [change('responsible', buildService().responsible, null)] }], unchanged: 0 },
  },
  {
    name: 'vision and expectations',
    a: edition(base(), { expectations: ['পূর্ণাঙ্গ আবেদন জমা', 'নির্ধারিত ফি পরিশোধ'] }),
    b: edition(base(), { vision: 'স্মার্ট বাংলাদেশ', expectations: ['নির্ধারিত ফি পরিশোধ', 'সাক্ষাতের সময় নেওয়া'] }),
    expected: {
      fields: [
        change('vision', 'জ্ঞানভিত্তিক অর্থনীতি', 'স্মার্ট বাংলাদেশ'),
        change('expectations', null, 'সাক্ষাতের সময় নেওয়া'),
        change('expectations', 'পূর্ণাঙ্গ আবেদন জমা', null),
      ],
      unchanged: 3,
    },
  },
  {
    name: "a grievance step's working days, and a step added",
    a: edition(base()),
    b: edition(base(), {
      grievanceSteps: [
        { order: 1, when: 'সমাধান দিতে ব্যর্থ হলে', role: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', contact: null, contactText: '', workingDays: 20 },
        { order: 2, when: 'অনিক সমাধান দিতে না পারলে', role: 'আপিল কর্মকর্তা', contact: null, contactText: '', workingDays: 20 },
      ],
    }),
    expected: {
      fields: [
        change('grievanceSteps.1.workingDays', 30, 20),
        change('grievanceSteps.2', null, {
          order: 2,
          when: 'অনিক সমাধান দিতে না পারলে',
          role: 'আপিল কর্মকর্তা',
          contact: null,
          contactText: '',
          workingDays: 20,
        }),
      ],
      unchanged: 3,
    },
  },
  {
    name: 'the sign-off date and the title',
    a: edition(base()),
    b: edition(base(), {
      title: 'সেবা প্রদান প্রতিশ্রুতি',
      signOff: { date: '2025-09-01', name: 'মোঃ ইলিয়াজ হোসেন', designation: 'উপজেলা আইসিটি অফিসার', office: null },
    }),
    expected: { fields: [change('title', 'সিটিজেনস চার্টার', 'সেবা প্রদান প্রতিশ্রুতি'), change('signOff.date', '2025-06-03', '2025-09-01')], unchanged: 3 },
  },
];

for (const c of cases) {
  test(`diffCharters: ${c.name}`, () => {
    const d = diffCharters(c.a, c.b);
    assert.deepEqual(compact(d), { ...none, ...c.expected });
    assert.equal(
      diffIsEmpty(d),
      Object.keys(c.expected).every((k) => k === 'unchanged'),
    );
  });
}

test('diffCharters carries the ids given by index into each place', () => {
  const a = edition(base());
  const b = edition([svc(TRADE, 1, TRADE_FEE), svc(BIRTH, 2), svc(LAND, 3)]);
  const d = diffCharters(a, b, { a: [11, 12, 13], b: [21, 22, null] });
  assert.deepEqual(d.services.added, [{ name: LAND, a: null, b: { id: null, category: 'citizen', serial: 3, index: 2 } }]);
  assert.deepEqual(d.services.removed, [{ name: HEIR, a: { id: 13, category: 'citizen', serial: 3, index: 2 }, b: null }]);
  assert.deepEqual(
    d.services.moved.map((m) => [m.from.id, m.to.id, m.service.a?.id, m.service.b?.id]),
    [
      [12, 21, 12, 21],
      [11, 22, 11, 22],
    ],
  );
  assert.deepEqual(diffCharters(a, b).services.removed[0]?.a?.id, null);
});

test('summary counts each kind, and a service both moved and changed is counted in each', () => {
  const a = edition(base());
  const b = edition([svc(`${TRADE} করণ`, 1, TRADE_FEE), svc(BIRTH, 2), svc(LAND, 3)]);
  assert.deepEqual(summary(diffCharters(a, b)), { fields: 0, added: 1, removed: 1, moved: 2, changed: 1, unchanged: 0 });
  assert.deepEqual(summary(diffCharters(a, a)), { fields: 0, added: 0, removed: 0, moved: 0, changed: 0, unchanged: 3 });
});

test('diffCharters does not change its inputs', () => {
  const a = edition(base());
  const b = edition([svc(LAND, 1), ...base()]);
  const before = JSON.stringify([a, b]);
  diffCharters(a, b);
  assert.equal(JSON.stringify([a, b]), before);
});
