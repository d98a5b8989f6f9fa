// Checks the importer row by row against the two seed charters; the expected rows were written by reading the documents.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizeLine } from '../bangla/normalize.ts';
import { charterSchema, type Charter, type Person, type ServiceCategory } from '../charter/model.ts';
import { importText } from './text.ts';
import { said, where } from '../../test/helpers/findings.ts';

const seed = (file: string) => readFileSync(new URL(`../../../shared/seeds/${file}`, import.meta.url), 'utf8');
const n = normalizeLine;

interface P {
  name: string | null;
  designation: string | null;
  phones: string[];
  emails: string[];
  districtCode?: string | null;
  upazilaCode?: string | null;
  otherIncludes?: string;
}
type Fee = 'free' | 'policy' | 'amount' | 'text';
/** category, serial, name, fee kind, immediate, working days, responsible, column 8 */
type Row = [ServiceCategory, number, string, Fee, boolean, number | null, P | null, P | null];

function checkPerson(actual: Person | null, expected: P | null, where: string): void {
  if (expected === null) return assert.equal(actual, null, `${where}: no person`);
  assert.ok(actual !== null, `${where}: a person`);
  assert.equal(actual.name, expected.name === null ? null : n(expected.name), `${where}: name`);
  assert.equal(actual.designation, expected.designation === null ? null : n(expected.designation), `${where}: designation`);
  assert.deepEqual(actual.phones, expected.phones, `${where}: phones`);
  assert.deepEqual(actual.emails, expected.emails, `${where}: e-mails`);
  if (expected.districtCode !== undefined) assert.equal(actual.districtCode, expected.districtCode, `${where}: district code`);
  if (expected.upazilaCode !== undefined) assert.equal(actual.upazilaCode, expected.upazilaCode, `${where}: upazila code`);
  if (expected.otherIncludes !== undefined) assert.ok(actual.other?.includes(expected.otherIncludes), `${where}: other keeps ${expected.otherIncludes}`);
}

function checkRows(charter: Charter, rows: readonly Row[], column8: 'superior' | 'alternate'): void {
  assert.equal(charter.services.length, rows.length);
  for (const [category, serial, name, fee, immediate, days, responsible, eighth] of rows) {
    const where = `${category} ${serial}`;
    const s = charter.services.find((x) => x.category === category && x.serial === serial);
    assert.ok(s, `${where} exists`);
    assert.equal(s.name, n(name), `${where}: name`);
    assert.equal(s.fee.kind, fee, `${where}: fee`);
    assert.equal(s.timeLimit.immediate, immediate, `${where}: immediate`);
    assert.equal(s.timeLimit.workingDays, days, `${where}: working days`);
    checkPerson(s.responsible, responsible, `${where} responsible`);
    checkPerson(s[column8], eighth, `${where} ${column8}`);
    assert.equal(s[column8 === 'superior' ? 'alternate' : 'superior'], null, `${where}: only one column 8`);
  }
}

const count = (c: Charter, category: ServiceCategory) => c.services.filter((s) => s.category === category).length;
// Misspellings are counted word by word in src/charter/lint/seeds.test.ts.
const findingKeys = (c: Charter) =>
  c.findings
    .filter((f) => f.code !== 'spelling.misspelled')
    .map((f) => `${f.code} @ ${where(f)}`)
    .sort();

describe('Debiganj upazila charter', () => {
  const charter = importText(seed('charter-upazila-debiganj.txt'));
  const ILIAZ: P = {
    name: 'মোঃ ইলিয়াজ হোসেন',
    designation: 'সহকারী প্রোগ্রামার',
    upazilaCode: '7734',
    phones: ['+8801751119073'],
    emails: ['doict.debiganj.gov.bd@gmail.com'],
  };
  const ILIAZ_7704: P = { ...ILIAZ, upazilaCode: '7704', emails: [] };
  const ILIAZ_WRONG_EMAIL: P = { ...ILIAZ, emails: ['shakil7709@gmail.com'] };
  const EMAIL_ONLY: P = { name: null, designation: null, phones: [], emails: ['doict.debiganj.gov.bd@gmail.com'] };
  const PROG: P = { name: null, designation: 'প্রোগ্রামার', districtCode: '77', phones: ['+8801717447709'], emails: ['shakil7709@gmail.com'] };
  const rows: Row[] = [
    ['citizen', 1, 'আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান', 'free', true, 3, ILIAZ, PROG],
    ['citizen', 2, 'মাঠ পর্যায়ের সকল ধরনের আইসিটি সংশ্লিষ্ট পণ্য ও সেবার বিষয়ে পরামর্শ ও সহায়তা প্রদান', 'free', true, 3, null, PROG],
    ['citizen', 3, 'ইউনিয়ন ডিজিটাল সেন্টারগুলোকে সহায়তা প্রদান', 'free', true, 3, null, PROG],
    ['citizen', 4, 'সাইবার নিরাপত্তা বিষয়ে সচেতনতা বৃদ্ধির লক্ষ্যে প্রয়োজনীয় পরামর্শ প্রদান', 'free', true, 3, null, ILIAZ_WRONG_EMAIL],
    ['citizen', 5, 'মানব সম্পদ উন্নয়নে বেকার যুবক- যুবতীদের কর্মসংস্থানের লক্ষ্যে আউটসোর্সিং/ ICT বিষয়ক প্রশিক্ষণ আয়োজন', 'policy', false, null, EMAIL_ONLY, PROG],
    ['citizen', 6, 'কোভিড-১৯ ভ্যাক্সিন ম্যানেজমেন্ট সিস্টেম “সুরক্ষা”-তে তথ্য সংশোধন', 'free', true, 3, null, PROG],
    ['institutional', 1, 'বিভিন্ন প্রতিবেদন/ তথ্য প্রেরণ', 'free', false, 3, null, PROG],
    ['institutional', 2, 'ওয়ার্কশপ/ সেমিনার আয়োজন/ বিভিন্ন দিবস উদযাপন', 'policy', false, 7, ILIAZ_7704, PROG],
    [
      'institutional',
      3,
      'সরকারী বিভিন্ন দপ্তরের কর্মকর্তা ও কর্মচারীদের ICT / ই-নথি/ ওয়েব পোর্টাল/অন্যান্য বিষয়ক প্রশিক্ষণ প্রদান।',
      'policy',
      false,
      null,
      EMAIL_ONLY,
      PROG,
    ],
    [
      'institutional',
      4,
      'সরকারী/ আধাসরকারী বিভিন্ন দপ্তরের আয়োজিত বিভিন্ন ধরনের প্রশিক্ষণ কর্মশালায় আইসিটি সংশ্লিষ্ট প্রশিক্ষণ ও পরামর্শ প্রদান',
      'free',
      true,
      3,
      null,
      PROG,
    ],
    [
      'institutional',
      5,
      'মানব সম্পদ উন্নয়নে শেখ রাসেল ডিজিটাল ল্যাব ব্যবহারের মাধ্যমে ছাত্রছাত্রীদের আইসিটি/ প্রোগ্রামিং বিষয়ে প্রশিক্ষণ প্রদান',
      'free',
      true,
      7,
      null,
      PROG,
    ],
    ['institutional', 6, 'ই-নথি/ ওয়েব পোর্টাল/ ICT বিষয়ক পরামর্শ/ট্রাবলশ্যুটিং', 'free', true, 3, ILIAZ, PROG],
    ['institutional', 7, 'সরকারি ও আধা-সরকারি পর্যায়ে আইসিটি বিষয়ক কারিগরি সহায়তা প্রদান', 'free', true, 3, null, PROG],
    ['institutional', 8, 'সরকারি অফিস সমূহে বিভিন্ন অনলাইন ই-পদ্ধতি চালুকরণে সহায়তা প্রদান', 'free', true, 7, null, PROG],
    ['institutional', 9, 'বিভিন্ন সরকারি দপ্তরসমূহের আইসিটি পণ্য ক্রয়ের ক্ষেত্রে কারিগরি পরামর্শ প্রদান', 'free', true, 3, null, PROG],
    ['institutional', 10, 'শেখ রাসেল ডিজিটাল ল্যাব এর সক্ষমতা ও ব্যবহার উপযোগিতা বৃদ্ধির লক্ষ্যে ল্যাব পরিদর্শন ও প্রয়োজনীয় পরামর্শ প্রদান', 'free', false, 3, null, PROG],
    ['institutional', 11, 'আইসিটি শিল্পের উন্নয়ন কার্যক্রমকে গতিশীল রাখতে উপজেলা পর্যায়ে আইসিটি কমিটির মাসিক সভা আয়োজন', 'free', false, 3, null, PROG],
    ['internal', 1, 'প্রাতিষ্ঠানিক সক্ষমতা বৃদ্ধিতে কর্মকর্তা এবং কর্মচারীদের দক্ষতা বৃদ্ধির লক্ষ্যে বিভিন্ন বিষয়ক প্রশিক্ষণ প্রদান', 'free', true, 3, ILIAZ, PROG],
    ['internal', 2, 'বার্ষিক কর্মসম্পাদন চুক্তি ও জাতীয় শুদ্ধাচার কৌশল প্রণয়ন এবং বাস্তবায়ন', 'free', false, 15, null, PROG],
    ['internal', 3, 'উদ্ভাবনী/ ক্ষুদ্র উন্নয়ন উদ্যোগ বাস্তবায়ন', 'policy', false, 15, null, PROG],
    ['internal', 4, 'দাপ্তরিক ই-নথি বাস্তবায়ন/ ওয়েব পোর্টাল হালনাগাদ', 'free', false, 3, null, PROG],
  ];

  test('is valid against the charter schema', () => {
    charterSchema.parse(charter);
  });

  test('office, letterhead and title', () => {
    assert.deepEqual(charter.office, {
      name: n('উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়'),
      level: 'upazila',
      districtCode: '77',
      upazilaCode: '7734',
      portal: 'doict.debiganj.panchagarh.gov.bd',
      organisation: n('গণপ্রজাতন্ত্রী বাংলাদেশ সরকার') + '\n' + n('তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর'),
    });
    assert.equal(charter.title, n('সিটিজেনস চার্টার'));
  });

  test('vision and mission', () => {
    assert.equal(charter.vision, n('জ্ঞানভিত্তিক অর্থনীতি ও সুশাসন প্রতিষ্ঠা এবং টেকসই উন্নতি নিশ্চিতকরণের লক্ষ্যে তথ্য প্রযুক্তির ব্যবহারকে জনগণের দোরগোড়ায় পৌঁছে দেয়া।'));
    assert.equal(
      charter.mission,
      n('তথ্য প্রযুক্তি খাতের সর্বোত্তম ব্যবহার নিশ্চিত করে অবকাঠামো উন্নয়ন, দক্ষ মানব সম্পদ গঠন, শোভন কাজ সৃজন এবং ই-সার্ভিস প্রতিষ্ঠার মাধ্যমে সুশাসন প্রতিষ্ঠা।'),
    );
  });

  test('services: 6 citizen, 11 institutional, 4 internal', () => {
    assert.deepEqual([count(charter, 'citizen'), count(charter, 'institutional'), count(charter, 'internal')], [6, 11, 4]);
  });

  test('every service row: serial, name, fee, time limit, responsible and superior officer', () => {
    checkRows(charter, rows, 'superior');
  });

  test('channels are split on "/" and ","', () => {
    const s = (cat: ServiceCategory, serial: number) => charter.services.find((x) => x.category === cat && x.serial === serial);
    assert.deepEqual(s('citizen', 1)?.channels, ['দাপ্তরিক ওয়েব সাইট', 'টেলিফোন', 'ই-মেইল', 'সরাসরি'].map(n));
    assert.deepEqual(s('institutional', 2)?.channels, ['অধিযাচন এর মাধ্যমে', 'সরাসরি যোগাযোগের মাধ্যমে'].map(n));
  });

  test('no subordinate offices; five expectations', () => {
    assert.deepEqual(charter.subordinateOffices, []);
    assert.deepEqual(
      charter.expectations,
      [
        'স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান',
        'প্রয়োজনীয় ক্ষেত্রে যোগাযোগের জন্য ব্যক্তির নাম, ঠিকানা ও মোবাইল নম্বর আবেদনে উল্লেখ করা',
        'সাক্ষাতের জন্য নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা',
        'অন্যাবশ্যক ফোন / তদবির না করা',
        'প্রযোজ্য ক্ষেত্রে মোবাইল মেসেজ / ই-মেইলের নির্দেশনা অনুসরণ করা',
      ].map(n),
    );
  });

  test('grievance: two steps, 30 and 60 working days (section numbered with an ASCII 8)', () => {
    const steps = charter.grievanceSteps;
    assert.deepEqual(
      steps.map((s) => [s.order, s.role, s.workingDays]),
      [
        [1, n('আপিল কর্মকর্তা'), 30],
        [2, n('মন্ত্রি পরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল।'), 60],
      ],
    );
    assert.equal(steps[0]?.when, n('দায়িত্বপ্রাপ্ত কর্মকর্তা/অনিক সমাধান দিতে ব্যর্থ হলে'));
    checkPerson(
      steps[0]?.contact ?? null,
      { name: 'মোঃ শাকিল হোসেন', designation: 'প্রোগ্রামার', phones: ['+8801717447709'], emails: ['shakil7709@gmail.com'] },
      'step 1',
    );
    assert.deepEqual(steps[0]?.contact?.websites, ['www.doict.panchagarh.gov.bd']);
    assert.deepEqual(steps[1]?.contact?.websites, ['http://www.grs.gov.bd/']);
    assert.equal(steps[1]?.contactText, n('অভিযোগ গ্রহন কেন্দ্র ৫ নং গেইট, বাংলাদেশ সচিবালয়, ঢাকা ওয়েব: http://www.grs.gov.bd/'));
  });

  test('sign-off', () => {
    assert.deepEqual(charter.signOff, {
      date: '2025-06-03',
      name: n('মোঃ ইলিয়াজ হোসেন'),
      designation: n('উপজেলা আইসিটি অফিসার (সহকারী প্রোগ্রামার)'),
      office: `${n('তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর')}\n${n('উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়')}`,
    });
  });

  test('findings: empty officer cells, the e-mail with a space, two upazila codes, a shared e-mail, the grievance steps, old designations', () => {
    const missing = [
      ['2.1', [2, 3, 4, 6]],
      ['2.2', [1, 4, 5, 7, 8, 9, 10, 11]],
      ['2.3', [2, 3, 4]],
    ] as const;
    const iliaz = ['2.1 row 1 column 7', '2.1 row 4 column 8', '2.2 row 2 column 7', '2.2 row 6 column 7', '2.3 row 1 column 7'];
    const programmer = rows
      .filter(([c, serial]) => !(c === 'citizen' && serial === 4))
      .map(([c, serial]) => `${{ citizen: '2.1', institutional: '2.2', internal: '2.3' }[c]} row ${serial} column 8`);
    const expected = [
      ...missing.flatMap(([sub, serials]) => serials.map((r) => `officer.missing @ ${sub} row ${r} column 7`)),
      'email.space @ 2.1 row 1 column 7; 2.1 row 5 column 7; 2.2 row 3 column 7; 2.2 row 6 column 7',
      'officer.code-mismatch @ 2.2 row 2 column 7',
      'officer.shared-contact @ 2.1 row 4 column 8',
      // The lint's (commit 48c9b6d): the two cells that give the officer by e-mail only.
      'officer.no-designation @ 2.1 row 5 column 7',
      'officer.no-designation @ 2.2 row 3 column 7',
      'grievance.deadline-role @ grievance step 1 column 5',
      'grievance.step-missing @ grievance',
      ...[...iliaz, ...programmer, 'grievance step 1 column 4'].map((w) => `designation.renamed @ ${w}`),
    ].sort();
    assert.deepEqual(findingKeys(charter), expected);
    const mismatch = charter.findings.find((f) => f.code === 'officer.code-mismatch');
    assert.match(said(mismatch), /7704.*7734.* \/ .*৭৭০৪.*৭৭৩৪/u);
    const errors = new Set(charter.findings.filter((f) => f.severity === 'error').map((f) => f.code));
    assert.deepEqual([...errors].sort(), ['grievance.deadline-role', 'grievance.step-missing', 'officer.missing']);
  });
});

describe('Khulna district charter', () => {
  const charter = importText(seed('charter-district-khulna.txt'));
  const ALIM: P = { name: 'মোঃ আলীমুজ্জামান খান', designation: 'জেলা আইসিটি অফিসার', phones: ['+8802478845392'], emails: ['alimuzzaman.khan@doict.gov.bd'] };
  const SALMAN: P = { name: 'জি.এম. সালমান এ মেহবুব', designation: 'সহকারী নেটওয়ার্ক ইঞ্জিনিয়ার', phones: ['+8801737996867'], emails: ['salmanmehbub@gmail.com'] };
  const row = (c: ServiceCategory, serial: number, name: string, fee: Fee, immediate: boolean, days: number | null): Row => [
    c,
    serial,
    name,
    fee,
    immediate,
    days,
    ALIM,
    SALMAN,
  ];
  const rows: Row[] = [
    row('citizen', 1, 'কোভিড-১৯ ভ্যাক্সিন ম্যানেজমেন্ট সিস্টেম “সুরক্ষা”-তে তথ্য সংশোধন', 'free', true, null),
    row('citizen', 2, 'আইসিটি অধিদপ্তর সংক্রান্ত তথ্য প্রদান', 'free', true, null),
    row('citizen', 3, 'মাঠ পর্যায়ের সকল ধরনের আইসিটি সংশ্লিষ্ট পণ্য ও সেবার বিষয়ে পরামর্শ ও সহায়তা প্রদান', 'free', true, null),
    row('citizen', 4, 'শিক্ষা প্রতিষ্ঠান ও অন্যান্য স্থানে স্থাপিত কম্পিউটার ও ভাষা শিক্ষা ল্যাবের সেবা গ্রহণ, সহায়তা ও পরামর্শ প্রদান', 'free', true, null),
    row('citizen', 5, 'ইউনিয়ন ডিজিটাল সেন্টার গুলোকে সহায়তা প্রদান', 'free', true, null),
    row('citizen', 6, 'সাইবার নিরাপত্তা বিষয়ে সচেতনতা বৃদ্ধির লক্ষ্যে প্রয়োজনীয় পরামর্শ প্রদান', 'free', true, null),
    row('citizen', 7, 'মানব সম্পদ উন্নয়নে বেকার যুবক-যুবতীদের কর্মসংস্থানের লক্ষ্যে আউটসোর্সিং/ ICT বিষয়ক প্রশিক্ষণ আয়োজন', 'policy', false, null),
    row('institutional', 1, 'বিভিন্ন প্রতিবেদন/ তথ্য প্রেরণ', 'free', false, 5),
    row('institutional', 2, 'ওয়ার্কশপ/ সেমিনার আয়োজন/ বিভিন্ন দিবস উদযাপন', 'policy', true, null),
    row('institutional', 3, 'সরকারী বিভিন্ন দপ্তরের কর্মকর্তা ও কর্মচারীদের ICT / ই-নথি / ওয়েব পোর্টাল/ অন্যান্য বিষয়ক প্রশিক্ষণ প্রদান', 'policy', false, null),
    row('institutional', 4, 'সরকারী/ আধাসরকারী বিভিন্ন দপ্তরের আয়োজিত বিভিন্ন ধরনের প্রশিক্ষণ কর্মশালায় আইসিটি সংশ্লিষ্ট প্রশিক্ষণ ও পরামর্শ প্রদান', 'free', true, null),
    row('institutional', 5, 'মানব সম্পদ উন্নয়নে আইসিটি ডিজিটাল ল্যাব ব্যবহারের মাধ্যমে ছাত্র-ছাত্রীদের আইসিটি/ প্রোগ্রামিং বিষয়ে প্রশিক্ষণ প্রদান', 'free', true, null),
    row('institutional', 6, 'ই-নথি/ ওয়েব পোর্টাল/ ICT বিষয়ক পরামর্শ/ ট্রাবলশ্যুটিং', 'free', true, null),
    row('institutional', 7, 'সরকারি ও আধা- সরকারি পর্যায়ে আইসিটি বিষয়ক কারিগরি সহায়তা প্রদান', 'free', true, null),
    row('institutional', 8, 'সরকারি অফিস সমূহে বিভিন্ন অনলাইন ই- পদ্ধতি চালুকরণে সহায়তা প্রদান', 'free', false, 3),
    row('institutional', 9, 'বিভিন্ন সরকারি দপ্তরসমূহের আইসিটি পণ্য ক্রয়ের ক্ষেত্রে কারিগরি পরামর্শ প্রদান', 'free', true, null),
    row('institutional', 10, 'আইসিটিডি ডিজিটাল ল্যাব এর সক্ষমতা ও ব্যবহার উপযোগিতা বৃদ্ধির লক্ষ্যে ল্যাব পরিদর্শন ও প্রয়োজনীয় পরামর্শ প্রদান', 'free', true, null),
    row('institutional', 11, 'আইসিটি শিল্পের উন্নয়ন কার্যক্রমকে গতিশীল রাখতে জেলা পর্যায়ে আইসিটি কমিটির মাসিক সভা আয়োজন', 'free', true, null),
    row(
      'institutional',
      12,
      'সরকারি অফিস সমূহকে জাতীয় ব্যাকবোন নেটওয়ার্ক এর সাথে সার্বক্ষণিক সংযুক্ত রাখা এবং জেলা/উপজেলা পর্যায়ে নেটওয়ার্ক অবকাঠামো উন্নয়ন ও সংরক্ষন করা',
      'free',
      true,
      null,
    ),
    row('institutional', 13, 'সরকারের প্রশাসনিক কাজকে ত্বরান্বিত করতে ভিডিও/জুম কনফারেন্স এর আয়োজন/প্রয়োজনীয় সহযোগিতা প্রদান', 'free', true, null),
    row('internal', 1, 'প্রাতিষ্ঠানিক সক্ষমতা বৃদ্ধিতে কর্মকর্তা এবং কর্মচারীদের দক্ষতা বৃদ্ধির লক্ষ্যে বিভিন্ন বিষয়ক প্রশিক্ষণ প্রদান', 'free', true, null),
    row('internal', 2, 'বার্ষিক কর্ম সম্পাদন চুক্তি ও জাতীয় শুদ্ধাচার কৌশল প্রণয়ন এবং বাস্তবায়ন', 'free', false, 5),
    row('internal', 3, 'দাপ্তরিক কার্যক্রমের সক্ষমতা বৃদ্ধিতে উপজেলা কার্যালয় পরিদর্শন', 'free', true, null),
    row('internal', 4, 'উদ্ভাবনী/ ক্ষুদ্র উন্নয়ন উদ্যোগ বাস্তবায়ন', 'policy', false, 5),
    row('internal', 5, 'দাপ্তরিক ই-নথি বাস্তবায়ন/ ওয়েব পোর্টাল হালনাগাদ', 'free', false, 3),
    row('internal', 6, 'প্রকল্পের তথ্য প্রদান এবং প্রকল্পের সঠিক বাস্তবায়নে সহায়তা প্রদান', 'free', true, null),
  ];

  test('is valid against the charter schema', () => {
    charterSchema.parse(charter);
  });

  test('no letterhead: the office comes from the sign-off', () => {
    assert.deepEqual(charter.office, {
      name: n('জেলা কার্যালয়, খুলনা'),
      level: 'district',
      districtCode: null,
      upazilaCode: null,
      portal: null,
      organisation: null,
    });
    assert.equal(charter.title, "সেবা প্রদান প্রতিশ্রুতি (Citizen's Charter)".normalize('NFC'));
  });

  test('vision and mission', () => {
    assert.equal(charter.vision, n('জ্ঞানভিত্তিক অর্থনীতি ও সুশাসন প্রতিষ্ঠায় তথ্য প্রযুক্তির ব্যবহার।'));
    assert.equal(
      charter.mission,
      n('তথ্য প্রযুক্তি খাতের সর্বোত্তম ব্যবহার নিশ্চিত করে অবকাঠামো উন্নয়ন, দক্ষ মানব সম্পদ গঠন, শোভন কাজ সৃজন এবং ই-সার্ভিস প্রতিষ্ঠার মাধ্যমে সুশাসন প্রতিষ্ঠা।'),
    );
  });

  test('services: 7 citizen, 13 institutional, 6 internal', () => {
    assert.deepEqual([count(charter, 'citizen'), count(charter, 'institutional'), count(charter, 'internal')], [7, 13, 6]);
  });

  test('every service row: serial, name, fee, time limit, responsible and alternate officer', () => {
    checkRows(charter, rows, 'alternate');
  });

  test('channels: words broken by the PDF copy are rejoined where certain', () => {
    const s = (cat: ServiceCategory, serial: number) => charter.services.find((x) => x.category === cat && x.serial === serial);
    assert.deepEqual(s('citizen', 1)?.channels, ['সরাসরি', 'ই-মেইল', 'চাহিদা মোতাবেক'].map(n));
    assert.deepEqual(s('citizen', 3)?.channels, ['দাপ্তরিক ওয়েব সাইট', 'টেলিফোন', 'ই-মেইল', 'সরাসরি', 'চাহিদা মোতাবেক'].map(n));
    assert.deepEqual(s('institutional', 6)?.channels, ['দাপ্তরিক ওয়েব সাইট', 'টেলিফোন', 'ই-মেইল', 'ই-নথি', 'সরাসরি', 'চাহিদা মোতাবেক'].map(n));
    // "কর্ম পরিকল্পনা" is spaced the same way everywhere, so it is left as written.
    assert.deepEqual(s('citizen', 7)?.channels, ['উর্ধ্বতন কর্তৃপক্ষের নির্দেশনা মোতাবেক', 'অধিদপ্তরের বার্ষিক কর্ম পরিকল্পনা অনুযায়ী'].map(n));
  });

  test('nine subordinate offices with their portals', () => {
    const places = ['পাইকগাছা', 'ফুলতলা', 'দিঘলিয়া', 'রূপসা', 'তেরখাদা', 'ডুমুরিয়া', 'বটিয়াঘাটা', 'দাকোপ', 'কয়রা'];
    const hosts = ['paikgasa', 'fultola', 'digholia', 'rupsha', 'terokhada', 'dumuria', 'botiaghata', 'dakop', 'koyra'];
    assert.deepEqual(
      charter.subordinateOffices,
      places.map((p, i) => ({ name: n(`উপজেলা কার্যালয়, ${p}, খুলনা`), portal: `doict.${hosts[i]}.khulna.gov.bd` })),
    );
  });

  test('five expectations (section ৪ here, ৩ in Debiganj)', () => {
    assert.deepEqual(
      charter.expectations,
      [
        'স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান',
        'প্রয়োজনীয় ক্ষেত্রে যোগাযোগের জন্য ব্যক্তির নাম, ঠিকানা ও মোবাইল নম্বর আবেদনে উল্লেখ করা',
        'সাক্ষাতের জন্য নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা',
        'অন্যান্যবশ্যক ফোন/তদবিবর না করা',
        'প্রযোজ্য ক্ষেত্রে মোবাইল মেসেজ/ই-মেইলের নির্দেশনা অনুসরণ করা',
      ].map(n),
    );
  });

  test('grievance: three steps, 30, 20 and 60 working days', () => {
    const steps = charter.grievanceSteps;
    assert.deepEqual(
      steps.map((s) => [s.order, s.role, s.workingDays]),
      [
        [1, n('অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)'), 30],
        [2, n('আপিল কর্মকর্তা'), 20],
        [3, n('মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল'), 60],
      ],
    );
    checkPerson(steps[0]?.contact ?? null, ALIM, 'step 1');
    checkPerson(
      steps[1]?.contact ?? null,
      { name: null, designation: 'উপ-পরিচালক (প্রশাসন)', phones: ['+880241024070'], emails: ['ddadmin@doict.gov.bd'] },
      'step 2',
    );
    assert.equal(steps[1]?.contact?.other, n('তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর'));
    assert.deepEqual(steps[2]?.contact?.websites, ['www.grs.gov.bd']);
  });

  test('sign-off without a date', () => {
    assert.deepEqual(charter.signOff, {
      date: null,
      name: n('মোঃ আলীমুজ্জামান খান'),
      designation: n('প্রোগ্রামার'),
      office: `${n('তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর')}\n${n('জেলা কার্যালয়, খুলনা।')}`,
    });
  });

  test('findings: time limits without a number, the missing letterhead, the old designation of the sign-off', () => {
    const noNumber = [
      ['2.1', [1, 2, 3, 4, 5, 6]],
      ['2.2', [2, 4, 5, 6, 7, 9, 10, 11, 12, 13]],
      ['2.3', [1, 3, 6]],
    ] as const;
    const expected = [
      ...noNumber.flatMap(([sub, serials]) => serials.map((r) => `time-limit.no-number @ ${sub} row ${r} column 6`)),
      'office.from-sign-off @ header',
      'designation.renamed @ sign-off',
    ].sort();
    assert.deepEqual(findingKeys(charter), expected);
  });
});
