// Shapes of real portal charters the importer once misread, each in a small invented text: what a careful
// reader takes from it is what comes out.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { normalizeLine } from '../bangla/normalize.ts';
import type { Charter } from '../charter/model.ts';
import { scoreTitle, SERVICE_COLUMNS } from './columns/columns.ts';
import { importText } from './text.ts';

const n = normalizeLine;
const tab = (...cells: string[]) => cells.join('\t');
const brief = (c: Charter) =>
  c.services.map((s) => ({
    name: s.name,
    fee: s.fee.kind === 'amount' ? s.fee.amountTaka : s.fee.kind,
    days: s.timeLimit.immediate ? 'immediate' : s.timeLimit.workingDays,
    officer: s.responsible?.designation ?? null,
  }));

describe('column titles', () => {
  test('a column titled "Service" alone is the name; "Cost of the service" stays the fee', () => {
    assert.equal(scoreTitle('Service', SERVICE_COLUMNS).get('name'), 3);
    assert.equal(scoreTitle('সেবা', SERVICE_COLUMNS).get('name'), 3);
    assert.equal(scoreTitle('Cost of the service', SERVICE_COLUMNS).get('name'), 1);
    assert.equal(scoreTitle('Service delivery period', SERVICE_COLUMNS).get('timeLimit'), 5);
  });

  test('a data row with a fee written "Tk. 500" and a duration is no second header, though its cells use title words', () => {
    const c = importText(
      [
        'Office of the Upazila Nirbahi Officer, Anytown',
        "Citizen's Charter",
        tab('Service', 'Legal basis', 'Papers required', 'Cost of the service', 'Service delivery period', 'Contact officer'),
        tab(
          'Licence for a saw mill',
          'Forest Act, 1927',
          'Application, receipt of the payment of land tax',
          'Tk. 1,500 and VAT',
          '30 days',
          'Upazila Forest Officer',
        ),
        tab('Permission for a rally', 'Police Act', 'Application', 'Free of charge', '3 working days', 'Upazila Nirbahi Officer'),
      ].join('\n'),
    );
    assert.deepEqual(
      brief(c).map((s) => s.name),
      ['Licence for a saw mill', 'Permission for a rally'],
    );
  });
});

describe('text that lost its table', () => {
  test('a time limit wrapped before its unit ("০৭ (সাত)" / "কার্যদিবস") is the time limit, not a bare fee', () => {
    const c = importText(
      [
        'উপজেলা নির্বাহী অফিসারের কার্যালয়, কোনো উপজেলা',
        'সেবা প্রদান প্রতিশ্রুতি',
        'ক্রমিক',
        'সেবার নাম',
        'সর্বোচ্চ সময়',
        'সেবার মূল্য',
        'দায়িত্বপ্রাপ্ত কর্মকর্তা',
        '১.',
        'প্রত্যয়নপত্র প্রদান',
        '০৭ (সাত)',
        'কার্যদিবস',
        'বিনামূল্যে',
        'উপজেলা নির্বাহী অফিসার',
        '২.',
        'ত্রাণ বিতরণ',
        '৪৮ (আটচল্লিশ)',
        'ঘণ্টা',
        '২০/- টাকা',
        'প্রকল্প বাস্তবায়ন কর্মকর্তা',
      ].join('\n'),
    );
    assert.deepEqual(brief(c), [
      { name: n('প্রত্যয়নপত্র প্রদান'), fee: 'free', days: 7, officer: n('উপজেলা নির্বাহী অফিসার') },
      { name: n('ত্রাণ বিতরণ'), fee: 20, days: null, officer: n('প্রকল্প বাস্তবায়ন কর্মকর্তা') },
    ]);
  });
});

describe('lists and prose', () => {
  test("a labelled officer line above a lettered list is every item's officer", () => {
    const c = importText(
      [
        'সিটিজেন চার্টার',
        'উপজেলা সমবায় কার্যালয়, কোনো উপজেলা',
        'দায়িত্বপ্রাপ্ত কর্মকর্তাঃ মোঃ আব্দুল করিম, উপজেলা সমবায় অফিসার, মোবাইলঃ ০১৭১১-২২৩৩৪৪',
        'সেবার বিষয়ঃ',
        '(ক) সমবায় সমিতির নিবন্ধন ১৫ কার্যদিবসের মধ্যে দেওয়া হয়।',
        '(খ) সমিতির বার্ষিক অডিট বিনামূল্যে করা হয়।',
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => [s.responsible?.name ?? null, s.responsible?.designation ?? null, s.responsible?.phones ?? []]),
      [
        [n('মোঃ আব্দুল করিম'), n('উপজেলা সমবায় অফিসার'), ['+8801711223344']],
        [n('মোঃ আব্দুল করিম'), n('উপজেলা সমবায় অফিসার'), ['+8801711223344']],
      ],
    );
  });

  test('a title whose first labelled line names no field is still a service; its other lines give the fields', () => {
    const c = importText(
      [
        'ইউনিয়ন পরিষদ, কোনো ইউনিয়ন',
        'নাগরিক সেবাসমূহ',
        '',
        'ওয়ারিশ সনদ',
        'আবেদন জমা: পরিষদ কার্যালয়ে',
        'সময়: ৫ কার্যদিবস',
        'খরচ: ১০০ টাকা',
        '',
        'নাগরিকত্ব সনদ',
        'সময়: সাথে সাথে',
        'খরচ: বিনামূল্যে',
      ].join('\n'),
    );
    assert.deepEqual(brief(c), [
      { name: n('ওয়ারিশ সনদ'), fee: 100, days: 5, officer: null },
      { name: n('নাগরিকত্ব সনদ'), fee: 'free', days: 'immediate', officer: null },
    ]);
  });

  test('in a table of a serial and names alone, a sentence is named without its danda and gives its fee and time', () => {
    const c = importText(
      [
        'উপজেলা স্বাস্থ্য কমপ্লেক্স, কোনো উপজেলা',
        'সিটিজেন চার্টার',
        tab('ক্রমিক নং', 'প্রদত্ত সেবাসমূহ'),
        tab('১', 'ইসিজি ১৫০ টাকায় করা হয়।'),
        tab('২', 'ভর্তি রোগীদের বিনামূল্যে খাবার দেওয়া হয়।'),
        tab('৩', 'সাপে কাটা রোগীকে তাৎক্ষণিক চিকিৎসা দেওয়া হয়।'),
      ].join('\n'),
    );
    assert.deepEqual(brief(c), [
      { name: n('ইসিজি ১৫০ টাকায় করা হয়'), fee: 150, days: null, officer: null },
      { name: n('ভর্তি রোগীদের বিনামূল্যে খাবার দেওয়া হয়'), fee: 'free', days: null, officer: null },
      { name: n('সাপে কাটা রোগীকে তাৎক্ষণিক চিকিৎসা দেওয়া হয়'), fee: 'text', days: 'immediate', officer: null },
    ]);
    assert.ok(c.findings.some((f) => f.code === 'services.from-list'));
  });

  test('English sentences: "Tk. 5,000" is five thousand, a year is no fee, "free of charge within 7 working days" gives both', () => {
    const c = importText(
      [
        'Office of the Upazila Engineer, Anytown',
        'Citizen Charter',
        'Our services:',
        '- Design support is given free of charge within 7 working days.',
        '- Enlistment of a contractor costs Tk. 5,000 in all.',
        '- Schedules are sold at the price fixed under the Public Procurement Rules, 2008.',
      ].join('\n'),
    );
    assert.deepEqual(
      brief(c).map((s) => [s.fee, s.days]),
      [
        ['free', 7],
        [5000, null],
        ['policy', null],
      ],
    );
  });

  test('a grievance paragraph: a complaint to an officer in calendar days, then an appeal in working days', () => {
    const c = importText(
      [
        'Office of the Upazila Engineer, Anytown',
        'Citizen Charter',
        'Our services:',
        '- Design support is given free of charge within 7 working days.',
        '- Road inspection is done within 3 working days.',
        'How to complain',
        'A citizen not served in time may complain in writing to the Upazila Engineer, Anytown (Phone: 0421-61234), who will settle it within 7 (seven) days. If not satisfied, he or she may appeal to the Executive Engineer, LGED, Jashore, who will decide within 15 working days.',
      ].join('\n'),
    );
    assert.deepEqual(
      c.grievanceSteps.map((g) => [g.order, g.contact?.designation ?? null, g.workingDays]),
      [
        [1, 'Upazila Engineer', null],
        [2, 'Executive Engineer', 15],
      ],
    );
  });
});

describe('officers', () => {
  test('the post first and the name after it; two posts joined by a slash', () => {
    const c = importText(
      [
        'পৌরসভা কার্যালয়, কোনো পৌরসভা',
        'সেবা তালিকা',
        tab('ক্রমিক', 'সেবার নাম', 'ফি', 'সময়', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'),
        tab('১', 'হোল্ডিং নম্বর', '১০০ টাকা', '৫ কার্যদিবস', 'কর নির্ধারক মোঃ রবিউল হক'),
        tab('২', 'নকশা অনুমোদন', '৫০০ টাকা', '২০ কার্যদিবস', 'সহকারী প্রকৌশলী জনাব আরিফ হোসেন, মোবাইল: ০১৭১১-৫৫৬৬৭৭'),
        tab('৩', 'পৌর কর আদায়', 'নির্ধারিত হারে', 'তাৎক্ষণিক', 'হিসাবরক্ষক/কর আদায়কারী'),
        tab('৪', 'সনদ প্রদান', 'বিনামূল্যে', '১ কার্যদিবস', 'উপজেলা নির্বাহী অফিসার, কোনো উপজেলা'),
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => [s.responsible?.designation ?? null, s.responsible?.name ?? null]),
      [
        [n('কর নির্ধারক'), n('মোঃ রবিউল হক')],
        [n('সহকারী প্রকৌশলী'), n('আরিফ হোসেন')],
        [n('হিসাবরক্ষক/কর আদায়কারী'), null],
        [n('উপজেলা নির্বাহী অফিসার'), null],
      ],
    );
  });
});

describe('grievance steps', () => {
  test('a numbered line whose words before the colon say when to go is the step its contact names', () => {
    const c = importText(
      [
        '১. ভিশন ও মিশন',
        'ভিশন: সেবা',
        'মিশন: সেবা',
        '২. প্রতিশ্রুত সেবাসমূহ',
        tab('ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য', 'সময়সীমা', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'),
        tab('১', 'পরামর্শ', 'বিনামূল্যে', '১ কার্যদিবস', 'উপজেলা কৃষি অফিসার'),
        '৩. অভিযোগ প্রতিকার ব্যবস্থা',
        '১) অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক): উপপরিচালক, ফোন: ০৯২১-৬১১১১; নিষ্পত্তির সময়সীমা: ৩০ কার্যদিবস',
        '২) আপিল কর্মকর্তা: অতিরিক্ত পরিচালক; নিষ্পত্তির সময়সীমা: ২০ কার্যদিবস',
        '৩) আপিল কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে না পারলে: মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল, www.grs.gov.bd; নিষ্পত্তির সময়সীমা: ৬০ কার্যদিবস',
      ].join('\n'),
    );
    assert.deepEqual(
      c.grievanceSteps.map((g) => [g.role, g.workingDays]),
      [
        [n('অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)'), 30],
        [n('আপিল কর্মকর্তা'), 20],
        [n('মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল'), 60],
      ],
    );
  });
});

test('a method column titled "কি ভাবে সেবা পাওয়া যায়" is the method, and a fee inside it is read', () => {
  const c = importText(
    [
      'উপজেলা নির্বাহী অফিসারের কার্যালয়, কোনো উপজেলা',
      'সেবা প্রদান প্রতিশ্রুতি',
      tab('সেবার নাম', 'কি ভাবে সেবা পাওয়া যায়', 'সেবা প্রদানের সময়', 'সেবা না পেলে প্রতিকার'),
      tab('প্রত্যয়ন প্রদান', 'আবেদনপত্র; প্রত্যয়ন ফি ১০০/- টাকা', '২ কার্যদিবস', 'জেলা প্রশাসক'),
      tab('চেক বিতরণ', 'সুপারিশসহ আবেদন', '৭ কার্যদিবস', '-ঐ-'),
    ].join('\n'),
  );
  assert.deepEqual(brief(c), [
    { name: n('প্রত্যয়ন প্রদান'), fee: 100, days: 2, officer: null },
    { name: n('চেক বিতরণ'), fee: 'text', days: 7, officer: null },
  ]);
  assert.ok((c.services[0]?.channels.length ?? 0) > 0);
});

test('one cell a line: a dash under the column before the fee is that column, not the fee', () => {
  const c = importText(
    [
      'উপজেলা নির্বাহী অফিসারের কার্যালয়, কোনো উপজেলা',
      'সেবা প্রদান প্রতিশ্রুতি',
      'ক্রমিক',
      'সেবার নাম',
      'সর্বোচ্চ সময়',
      'প্রয়োজনীয় কাগজপত্র',
      'প্রাপ্তিস্থান',
      'সেবার মূল্য',
      'দায়িত্বপ্রাপ্ত কর্মকর্তা',
      '১.',
      'অভিযোগ গ্রহণ',
      '৩ কার্যদিবস',
      'লিখিত অভিযোগ',
      '-',
      'প্রযোজ্য নয়',
      'উপজেলা নির্বাহী অফিসার',
      '২.',
      'সনদ প্রদান',
      '৫ কার্যদিবস',
      'আবেদনপত্র',
      'সাধারণ শাখা',
      '১০০ টাকা',
      'সহকারী কমিশনার (ভূমি)',
    ].join('\n'),
  );
  assert.deepEqual(brief(c), [
    { name: n('অভিযোগ গ্রহণ'), fee: 'free', days: 3, officer: n('উপজেলা নির্বাহী অফিসার') },
    { name: n('সনদ প্রদান'), fee: 100, days: 5, officer: n('সহকারী কমিশনার (ভূমি)') },
  ]);
});

test('cells ending " |": a bar alone is an empty cell that was there, not a row-span to fill from above', () => {
  const c = importText(
    [
      'উপজেলা ভূমি অফিস, কোনো উপজেলা',
      'সিটিজেন চার্টার',
      'ক্রমিক নং |',
      'সেবার নাম |',
      'সেবা প্রদানের সময়কাল |',
      'সেবার ফি |',
      'দায়িত্বপ্রাপ্ত কর্মকর্তা |',
      '১ |',
      'নামজারি |',
      '২৮ কার্যদিবস |',
      '১১৭০ টাকা |',
      'সহকারী কমিশনার (ভূমি) |',
      '২ |',
      'ভূমি উন্নয়ন কর |',
      '|',
      'বিনামুল্যে |',
      'ইউনিয়ন ভূমি সহকারী কর্মকর্তা |',
      '৩ |',
      'জাবেদা নকল |',
      '৭ কার্যদিবস |',
      '|',
      '|',
    ].join('\n'),
  );
  assert.deepEqual(brief(c), [
    { name: n('নামজারি'), fee: 1170, days: 28, officer: n('সহকারী কমিশনার (ভূমি)') },
    { name: n('ভূমি উন্নয়ন কর'), fee: 'free', days: null, officer: n('ইউনিয়ন ভূমি সহকারী কর্মকর্তা') },
    { name: n('জাবেদা নকল'), fee: 'text', days: 7, officer: null },
  ]);
  assert.equal(c.services[2]?.fee.text, '');
});

test('a place column beside a method column is kept in the remarks; alone it is the method', () => {
  const both = importText(
    [
      'উপজেলা ভূমি অফিস, কোনো উপজেলা',
      'সিটিজেন চার্টার',
      tab('ক্রমিক নং', 'সেবার নাম', 'সেবা প্রদানের সময়সীমা', 'সেবা প্রদানের পদ্ধতি', 'সেবা প্রদানের স্থান'),
      tab('১', 'নামজারি', '২৮ কার্যদিবস', 'অনলাইনে আবেদন, সরকারি ফি ১১৭০/ টাকা', 'উপজেলা ভূমি অফিস'),
    ].join('\n'),
  );
  const s = both.services[0];
  assert.equal(s?.fee.amountTaka, 1170);
  assert.ok(s?.remarks.includes(n('উপজেলা ভূমি অফিস')));
  assert.ok(!both.findings.some((f) => f.code === 'columns.ambiguous'));
  const alone = importText(
    [
      'উপজেলা ভূমি অফিস, কোনো উপজেলা',
      'সিটিজেন চার্টার',
      tab('ক্রমিক নং', 'সেবার নাম', 'সেবা প্রদানের সময়সীমা', 'সেবা প্রদানের স্থান'),
      tab('১', 'নামজারি', '২৮ কার্যদিবস', 'উপজেলা ভূমি অফিস'),
    ].join('\n'),
  );
  assert.ok((alone.services[0]?.channels.length ?? 0) > 0);
});

test('bullets copied from Word as "·" are a list; a visarga or colon inside a word is no label', () => {
  const c = importText(
    ['উপজেলা স্বাস্থ্য কমপ্লেক্স, কোনো উপজেলা', 'সিটিজেন চার্টার', '· বহি:বিভাগে টিকিট ফি ৩ টাকা', '· দুঃস্থ রোগীদের বিনামূল্যে ঔষধ দেওয়া হয়'].join('\n'),
  );
  assert.deepEqual(
    brief(c).map((s) => [s.name, s.fee]),
    [
      [n('বহি:বিভাগে টিকিট ফি ৩ টাকা'), 3],
      [n('দুঃস্থ রোগীদের বিনামূল্যে ঔষধ দেওয়া হয়'), 'free'],
    ],
  );
});

test('cells ending " |": a bar alone on the line after a wrapped cell closes that cell', () => {
  const c = importText(
    [
      'উপজেলা সমাজসেবা কার্যালয়, কোনো উপজেলা',
      'নাগরিক সনদ',
      'ক্রমিক |',
      'সেবার নাম |',
      'সময়সীমা |',
      'সেবামূল্য |',
      'দায়িত্বপ্রাপ্ত কর্মকর্তা |',
      'ঊর্ধ্বতন কর্মকর্তা |',
      '১ |',
      'ঋণ বিতরণ |',
      '২০ কার্যদিবস |',
      'বিনামূল্যে |',
      'উপজেলা সমাজসেবা অফিসার',
      '|',
      'উপপরিচালক',
      '|',
      '২ |',
      'ভাতা প্রদান |',
      '৩০ কার্যদিবস |',
      'বিনামূল্যে |',
      'উপজেলা সমাজসেবা অফিসার',
      '|',
      'উপপরিচালক',
      '|',
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => [s.responsible?.designation ?? null, s.superior?.designation ?? null]),
    [
      [n('উপজেলা সমাজসেবা অফিসার'), n('উপপরিচালক')],
      [n('উপজেলা সমাজসেবা অফিসার'), n('উপপরিচালক')],
    ],
  );
});

test('a label glued to its value after a long word ("কর্মকর্তাঃআতিকুল") is a label; a short one too ("নামঃমোঃ")', () => {
  const c = importText(
    [
      'সিটিজেন চার্টার',
      '১। দপ্তরের নামঃউপজেলা কৃষি অফিসারের কার্যালয়, কোনো উপজেলা।',
      '২। দায়িত্ব প্রাপ্ত কর্মকর্তাঃআতিকুর রহমান, উপজেলা কৃষি অফিসার।',
      '৩। সেবা প্রদানের বিষয়ঃ',
      '(ক) কৃষকদের পরামর্শ প্রদান করা।',
      '(খ) প্রশিক্ষণ প্রদান করা।',
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => [s.name, s.responsible?.designation ?? null, s.responsible?.name ?? null]),
    [
      [n('কৃষকদের পরামর্শ প্রদান করা'), n('উপজেলা কৃষি অফিসার'), n('আতিকুর রহমান')],
      [n('প্রশিক্ষণ প্রদান করা'), n('উপজেলা কৃষি অফিসার'), n('আতিকুর রহমান')],
    ],
  );
});

test('a page title in the header row as an extra first cell is dropped; an empty last column shifts nothing', () => {
  const titled = importText(
    [
      'উপজেলা নির্বাচন অফিস, কোনো উপজেলা',
      tab('সিটিজেন চার্টার', 'সেবার নাম', 'সেবা প্রদানের পদ্ধতি', 'সময়সীমা', 'সেবার মূল্য'),
      tab('ভোটার নিবন্ধন', 'আবেদন', '৭ কার্যদিবস', 'বিনামূল্যে'),
      tab('পরিচয়পত্র সংশোধন', 'অনলাইনে', '৩ কার্যদিবস', '২৩০ টাকা'),
    ].join('\n'),
  );
  assert.deepEqual(
    brief(titled).map((s) => [s.name, s.fee, s.days]),
    [
      [n('ভোটার নিবন্ধন'), 'free', 7],
      [n('পরিচয়পত্র সংশোধন'), 230, 3],
    ],
  );
  const remarks = importText(
    [
      'পৌরসভা কার্যালয়, কোনো পৌরসভা',
      'সিটিজেন চার্টার',
      tab('শাখা', 'সেবার নাম', 'সময়সীমা', 'সেবার মূল্য', 'মন্তব্য'),
      tab('প্রশাসন', 'নাগরিক সনদ', '১ কার্যদিবস', '২০ টাকা'),
      tab('প্রশাসন', 'ওয়ারিশ সনদ', '৩ কার্যদিবস', '১০০ টাকা'),
    ].join('\n'),
  );
  assert.deepEqual(
    brief(remarks).map((s) => [s.name, s.fee, s.days]),
    [
      [n('নাগরিক সনদ'), 20, 1],
      [n('ওয়ারিশ সনদ'), 100, 3],
    ],
  );
});

test('"name -time, ফি: fee" items: the time after the dash, the fee by its label; "ধার্যকৃত হারে" is set elsewhere', () => {
  const c = importText(
    [
      'উপজেলা যুব উন্নয়ন কার্যালয়, কোনো উপজেলা',
      'সিটিজেন চার্টার',
      '১। মৎস্য চাষ প্রশিক্ষণ -১০ কার্যদিবস, ফি: ৫০০ টাকা',
      '২। ঋণ বিতরণ -১৫ কার্যদিবস, ফি: ধার্যকৃত হারে সার্ভিস চার্জ',
    ].join('\n'),
  );
  assert.deepEqual(brief(c), [
    { name: n('মৎস্য চাষ প্রশিক্ষণ'), fee: 500, days: 10, officer: null },
    { name: n('ঋণ বিতরণ'), fee: 'policy', days: 15, officer: null },
  ]);
});

test('a contact under one label for name and post ("নাম ও পদবি: name, post") gives both', () => {
  const c = importText(
    [
      'অভিযোগ প্রতিকার ব্যবস্থা (GRS)',
      tab('ক্রমিক নং', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা'),
      tab('১', 'সমাধান দিতে না পারলে', 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', 'নাম ও পদবি: মোঃ রফিকুল ইসলাম, জেলা রেজিস্ট্রার', '৩০ কার্যদিবস'),
      tab('২', 'অনিক সমাধান দিতে না পারলে', 'আপিল কর্মকর্তা', 'নাম ও পদবী: নাসিমা বেগম, রেজিস্ট্রার', '২০ কার্যদিবস'),
    ].join('\n'),
  );
  assert.deepEqual(
    c.grievanceSteps.map((g) => [g.contact?.name ?? null, g.contact?.designation ?? null]),
    [
      [n('মোঃ রফিকুল ইসলাম'), n('জেলা রেজিস্ট্রার')],
      [n('নাসিমা বেগম'), n('রেজিস্ট্রার')],
    ],
  );
});

test("numbered services under lettered headings: the numbers are the services, a heading's bracketed fee is theirs", () => {
  const c = importText(
    [
      'উপজেলা যুব উন্নয়ন কার্যালয়, কোনো উপজেলা',
      'সিটিজেন চার্টার',
      'ক) প্রাতিষ্ঠানিক প্রশিক্ষণ (কোর্স ফি: ৩০০ টাকা)',
      '১. কম্পিউটার প্রশিক্ষণ',
      '২. সেলাই প্রশিক্ষণ',
      'খ) যুব ঋণ (বিনামূল্যে)',
      '১. ঋণ প্রদান, ১৫ কার্যদিবস',
    ].join('\n'),
  );
  assert.deepEqual(brief(c), [
    { name: n('কম্পিউটার প্রশিক্ষণ'), fee: 300, days: null, officer: null },
    { name: n('সেলাই প্রশিক্ষণ'), fee: 300, days: null, officer: null },
    { name: n('ঋণ প্রদান, ১৫ কার্যদিবস'), fee: 'free', days: 15, officer: null },
  ]);
  assert.ok(c.services.every((s) => s.category === 'citizen'));
});

test('a grievance page in paragraphs under a title no section list knows is read, not refused', () => {
  const c = importText(
    [
      'কোনো দপ্তর, কোনো জেলা',
      'অভিযোগ জানানোর নিয়ম',
      'সেবা না পেলে অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) উপজেলা নির্বাহী অফিসারের নিকট অভিযোগ দিন; তিনি ৩০ কার্যদিবসের মধ্যে নিষ্পত্তি করবেন।',
      'অনিক ব্যর্থ হলে আপিল কর্মকর্তা জেলা প্রশাসকের নিকট আপিল করুন; তিনি ২০ কার্যদিবসের মধ্যে নিষ্পত্তি করবেন।',
    ].join('\n'),
  );
  assert.deepEqual(c.services, []);
  assert.deepEqual(
    c.grievanceSteps.map((g) => [g.contact?.designation ?? null, g.workingDays]),
    [
      [n('উপজেলা নির্বাহী অফিসার'), 30],
      [n('জেলা প্রশাসক'), 20],
    ],
  );
});

test('one sentence naming the officer of every service gives each row without one its officer; contacts in brackets are read', () => {
  const c = importText(
    [
      'উপজেলা সমবায় কার্যালয়, কোনো উপজেলা',
      'সিটিজেন চার্টার',
      'এ দপ্তরের সকল সেবার দায়িত্বপ্রাপ্ত কর্মকর্তা উপজেলা সমবায় অফিসার (মোবাইল: ০১৭১১-২২৩৩৪৪)।',
      tab('ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য', 'সময়সীমা'),
      tab('১', 'সমিতির নিবন্ধন', '৩০০ টাকা', '৬০ কার্যদিবস'),
      tab('২', 'সমিতির অডিট', 'বিনামূল্যে', '৩০ কার্যদিবস'),
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => [s.responsible?.designation ?? null, s.responsible?.phones ?? []]),
    [
      [n('উপজেলা সমবায় অফিসার'), ['+8801711223344']],
      [n('উপজেলা সমবায় অফিসার'), ['+8801711223344']],
    ],
  );
  assert.ok(!c.findings.some((f) => f.code === 'line.unplaced'));
});

test('one cell a paragraph: lines with no blank line between them are one cell, and the rows after it are read', () => {
  const cells = [
    'ক্রমিক নং',
    'সেবার নাম',
    'প্রয়োজনীয় কাগজপত্র',
    'সেবার মূল্য',
    'সময়সীমা',
    'দায়িত্বপ্রাপ্ত কর্মকর্তা',
    '১',
    'পাঠদানের অনুমতি',
    '১. আবেদন\n২. দলিলের কপি\n৩. শিক্ষক তালিকা',
    'বিনামূল্যে',
    '১৫ কার্যদিবস',
    'উপজেলা মাধ্যমিক শিক্ষা অফিসার',
    '২',
    'এমপিও আবেদন অগ্রায়ন',
    'আবেদন ফরম',
    'বিনামূল্যে',
    '৭ কার্যদিবস',
    'একাডেমিক সুপারভাইজার',
  ];
  const c = importText(['উপজেলা মাধ্যমিক শিক্ষা অফিস, কোনো উপজেলা', 'সেবা প্রদান প্রতিশ্রুতি', '', ...cells.flatMap((x) => [x, ''])].join('\n'));
  assert.deepEqual(brief(c), [
    { name: n('পাঠদানের অনুমতি'), fee: 'free', days: 15, officer: n('উপজেলা মাধ্যমিক শিক্ষা অফিসার') },
    { name: n('এমপিও আবেদন অগ্রায়ন'), fee: 'free', days: 7, officer: n('একাডেমিক সুপারভাইজার') },
  ]);
  assert.equal(c.services[0]?.documents, n('১. আবেদন ২. দলিলের কপি ৩. শিক্ষক তালিকা'));
});

test('text laid out with spaces: an officer printed once for a merged cell reaches the blank rows below, said by cell.spanned', () => {
  const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i < widths.length ? c.padEnd(widths[i] ?? 0) : c)).join('');
  const w = [8, 26, 16, 14];
  const c = importText(
    [
      'উপজেলা মৎস্য দপ্তর, কোনো উপজেলা',
      'সেবা প্রদান প্রতিশ্রুতি',
      pad(['ক্রমিক', 'সেবার নাম', 'সময়সীমা', 'সেবার মূল্য', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'], w),
      pad(['১', 'পরামর্শ প্রদান', 'তাৎক্ষণিক', 'বিনামূল্যে', 'উপজেলা মৎস্য কর্মকর্তা'], w),
      pad(['২', 'পানি পরীক্ষা', '২ কার্যদিবস', 'বিনামূল্যে'], w).trimEnd(),
      pad(['৩', 'খামার নিবন্ধন', '১৫ কার্যদিবস', '১০০ টাকা'], w).trimEnd(),
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => s.responsible?.designation ?? null),
    [n('উপজেলা মৎস্য কর্মকর্তা'), n('উপজেলা মৎস্য কর্মকর্তা'), n('উপজেলা মৎস্য কর্মকর্তা')],
  );
  assert.equal(c.findings.filter((f) => f.code === 'cell.spanned').length, 2);
});

test('a grievance step titled on a bullet line with a dash is named without the bullet and the dash', () => {
  const c = importText(
    [
      'অভিযোগ প্রতিকার ব্যবস্থা',
      '• অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) –',
      'নাম: মোঃ করিম উদ্দিন',
      'পদবি: উপপরিচালক',
      '',
      '• আপিল কর্মকর্তা –',
      'নাম: নাসিমা খাতুন',
      'পদবি: পরিচালক',
      '',
      'অনিক ৩০ কার্যদিবসের মধ্যে এবং আপিল কর্মকর্তা ২০ কার্যদিবসের মধ্যে অভিযোগ নিষ্পত্তি করবেন।',
    ].join('\n'),
  );
  assert.deepEqual(
    c.grievanceSteps.map((g) => [g.role, g.workingDays]),
    [
      [n('অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)'), 30],
      [n('আপিল কর্মকর্তা'), 20],
    ],
  );
});

test('a page title in the header row is dropped though a row ends in an empty cell', () => {
  const c = importText(
    [
      'উপজেলা নির্বাচন অফিস, কোনো উপজেলা',
      tab('নাগরিক সনদ', 'সেবার নাম', 'সময়সীমা', 'সেবার মূল্য', 'প্রতিকারকারী কর্মকর্তা'),
      tab('ভোটার নিবন্ধন', '৭ কার্যদিবস', 'বিনামূল্যে', 'জেলা নির্বাচন অফিসার'),
      tab('পরিচয়পত্র সংশোধন', '৩ কার্যদিবস', '২৩০ টাকা', 'জেলা নির্বাচন অফিসার'),
      tab('তালিকার সিডি', '৫ কার্যদিবস', '৫০০ টাকা'),
    ].join('\n'),
  );
  assert.deepEqual(
    brief(c).map((s) => [s.name, s.fee, s.days]),
    [
      [n('ভোটার নিবন্ধন'), 'free', 7],
      [n('পরিচয়পত্র সংশোধন'), 230, 3],
      [n('তালিকার সিডি'), 500, 5],
    ],
  );
});
