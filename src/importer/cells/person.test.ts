import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeLine } from '../../bangla/normalize.ts';
import { personSchema, type Person } from '../../charter/model.ts';
import { parsePerson } from './person.ts';
import { designationIn } from './names.ts';

type Expected = Partial<Person> & { issues?: string[]; otherIncludes?: string };

const n = (s: string | null) => (s === null ? null : normalizeLine(s));

const cases: ReadonlyArray<{ cell: string; expected: Expected }> = [
  // Posts by their endings ("-গ্রাফার", "-িস্ট"), an instructor's post, a deed writer's, a forest conservator's.
  { cell: 'সনোগ্রাফার\nমোছাঃ লাইলা আরজুমান্দ', expected: { name: 'মোছাঃ লাইলা আরজুমান্দ', designation: 'সনোগ্রাফার' } },
  { cell: 'ডেন্টিস্ট, ০১৯১১-৩৪৫৬৭৮', expected: { name: null, designation: 'ডেন্টিস্ট', phones: ['+8801911345678'] } },
  { cell: 'চীফ ইনস্ট্রাক্টর (ইলেকট্রিক্যাল)\nমোঃ জসিম উদ্দিন', expected: { name: 'মোঃ জসিম উদ্দিন', designation: 'চীফ ইনস্ট্রাক্টর (ইলেকট্রিক্যাল)' } },
  { cell: 'সনদপ্রাপ্ত দলিল লেখক', expected: { name: null, designation: 'সনদপ্রাপ্ত দলিল লেখক' } },
  { cell: 'বিভাগীয় বন সংরক্ষক, সামাজিক বন বিভাগ', expected: { name: null, designation: 'বিভাগীয় বন সংরক্ষক', otherIncludes: 'সামাজিক বন বিভাগ' } },
  // A role with its rank written on, as one word.
  { cell: 'মোঃ আনোয়ার হোসেন\nউপমহাব্যবস্থাপক\n০৭৪১-৬২১০৯', expected: { name: 'মোঃ আনোয়ার হোসেন', designation: 'উপমহাব্যবস্থাপক', phones: ['+88074162109'] } },
  // A bracket the designation opens is closed by it, however many words it holds.
  { cell: 'চেয়ারম্যান (জেলা ও দায়রা জজ)', expected: { name: null, designation: 'চেয়ারম্যান (জেলা ও দায়রা জজ)' } },
  // English posts of more than one word; a place after the post is not part of it.
  {
    cell: 'Md. Rezaul Karim, Assistant Station Master, Santahar Junction',
    expected: { name: 'Md. Rezaul Karim', designation: 'Assistant Station Master', otherIncludes: 'Santahar' },
  },
  { cell: 'Deputy General Manager, Janata Bank PLC, Rajshahi', expected: { name: null, designation: 'Deputy General Manager', otherIncludes: 'Janata Bank' } },
  // A note of the duty held, before or after the name, is no part of the name.
  { cell: '(ফোকাল পয়েন্ট) মোসাঃ রুমানা ইয়াসমিন, পরিদর্শক', expected: { name: 'মোসাঃ রুমানা ইয়াসমিন', designation: 'পরিদর্শক', otherIncludes: 'ফোকাল পয়েন্ট' } },
  { cell: 'মোঃ হাবিবুর রহমান (ভারপ্রাপ্ত), সহকারী পরিচালক', expected: { name: 'মোঃ হাবিবুর রহমান', designation: 'সহকারী পরিচালক', otherIncludes: 'ভারপ্রাপ্ত' } },
  // "Mr." ends with a full stop: still a courtesy title, and an English name ends at the designation's first word.
  {
    cell: 'Mr. Kamrul Hasan Additional Deputy Commissioner (General) Phone: +88-0951-61203',
    expected: { name: 'Kamrul Hasan', designation: 'Additional Deputy Commissioner (General)', phones: ['+88095161203'] },
  },
  {
    cell: 'Mrs. Shahnaz Parvin Senior Assistant Commissioner (General Certificate)',
    expected: { name: 'Shahnaz Parvin', designation: 'Senior Assistant Commissioner (General Certificate)' },
  },
  // A post written by its initials in Bangla letters, with a bracketed unit that is part of it.
  {
    cell: 'এসপি (ডিএসবি) মোবাইল: ০১৩২০-১১৮৪৭১',
    expected: { name: null, designation: 'এসপি (ডিএসবি)', phones: ['+8801320118471'] },
  },
  // A branch before the post, with or without a comma, is where the officer sits, not part of the post.
  {
    cell: 'হিসাব শাখা উপজেলা হিসাবরক্ষণ কর্মকর্তা ফোন: ০৭৪২২-৫৬১৩০',
    expected: { name: null, designation: 'উপজেলা হিসাবরক্ষণ কর্মকর্তা', phones: ['+880742256130'], otherIncludes: 'হিসাব শাখা' },
  },
  // English titles in Bangla letters are designations: the name before them ends where they start.
  {
    cell: 'ডাঃ নাসরিন আক্তার ডেপুটি সিভিল সার্জন মোবাইল: ০১৭৩০-৩২৪৫১৮',
    expected: { name: 'ডাঃ নাসরিন আক্তার', designation: 'ডেপুটি সিভিল সার্জন', phones: ['+8801730324518'], other: null },
  },
  { cell: 'ডেপুটি সিভিল সার্জন', expected: { name: null, designation: 'ডেপুটি সিভিল সার্জন', other: null } },
  { cell: 'ডাঃ তানজিলা রহমান জুনিয়র কনসালটেন্ট (শিশু)', expected: { name: 'ডাঃ তানজিলা রহমান', designation: 'জুনিয়র কনসালটেন্ট (শিশু)' } },
  { cell: 'মোছাঃ রেহানা পারভীন, হেলথ এডুকেটর', expected: { name: 'মোছাঃ রেহানা পারভীন', designation: 'হেলথ এডুকেটর' } },
  { cell: 'ডিস্ট্রিক্ট কো-অর্ডিনেটর (ইপিআই)', expected: { name: null, designation: 'ডিস্ট্রিক্ট কো-অর্ডিনেটর (ইপিআই)' } },
  {
    cell: 'মোঃ ইলিয়াজ হোসেন সহকারী প্রোগ্রামার উপজেলা কোডঃ ৭৭৩৪ মোবাইলঃ ০১৭৫১-১১৯০৭৩ doict.debiganj.gov.bd @gmail.com',
    expected: {
      name: 'মোঃ ইলিয়াজ হোসেন',
      designation: 'সহকারী প্রোগ্রামার',
      upazilaCode: '7734',
      districtCode: null,
      phones: ['+8801751119073'],
      emails: ['doict.debiganj.gov.bd@gmail.com'],
      other: null,
      issues: ['email.space'],
    },
  },
  {
    cell: 'প্রোগ্রামার জেলা কোডঃ ৭৭ টেলিফোন: ০১৭১৭৪৪৭৭০৯ shakil7709@gmail.com',
    expected: { name: null, designation: 'প্রোগ্রামার', districtCode: '77', phones: ['+8801717447709'], emails: ['shakil7709@gmail.com'], issues: [] },
  },
  {
    cell: 'doict.debiganj.gov.bd @gmail.com',
    expected: { name: null, designation: null, phones: [], emails: ['doict.debiganj.gov.bd@gmail.com'], websites: [], other: null, issues: ['email.space'] },
  },
  {
    cell: 'জনাব মোঃ আলীমুজ্জামান খান জেলা আইসিটি অফিসার ফোন: ০২৪৭৮৮৪৫৩৯২ alimuzzaman.khan@doict.gov.bd http://doict.khulna.gov.bd',
    expected: {
      name: 'মোঃ আলীমুজ্জামান খান',
      designation: 'জেলা আইসিটি অফিসার',
      // 02 + nine digits: a 2021 BTCL land line (Khulna 02-47…), which libphonenumber does not know yet
      phones: ['+8802478845392'],
      emails: ['alimuzzaman.khan@doict.gov.bd'],
      websites: ['http://doict.khulna.gov.bd'],
      other: null,
      issues: [],
    },
  },
  {
    cell: 'জনাব জি.এম. সালমান এ মেহবুব সহকারী নেটওয়ার্ক ইঞ্জিনিয়ার মোবাইল: ০১৭৩৭৯৯৬৮৬৭ salmanmehbub@gmail.com http://doict.khulna.gov.bd',
    expected: {
      name: 'জি.এম. সালমান এ মেহবুব',
      designation: 'সহকারী নেটওয়ার্ক ইঞ্জিনিয়ার',
      phones: ['+8801737996867'],
      emails: ['salmanmehbub@gmail.com'],
      issues: [],
    },
  },
  {
    cell: 'উপ-পরিচালক (প্রশাসন) তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর ফোনঃ +৮৮০ ২৪১ ০২৪০৭০ ই-মেইলঃ ddadmin@doict.gov.bd ওয়েবঃ www.doict.gov.bd',
    expected: {
      name: null,
      designation: 'উপ-পরিচালক (প্রশাসন)',
      phones: ['+880241024070'],
      emails: ['ddadmin@doict.gov.bd'],
      websites: ['www.doict.gov.bd'],
      other: 'তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর',
      issues: [],
    },
  },
  {
    cell: 'অভিযোগ গ্রহন কেন্দ্র ৫ নং গেইট, বাংলাদেশ সচিবালয়, ঢাকা ওয়েব: http://www.grs.gov.bd/',
    expected: {
      name: null,
      designation: null,
      phones: [],
      websites: ['http://www.grs.gov.bd/'],
      other: 'অভিযোগ গ্রহন কেন্দ্র ৫ নং গেইট, বাংলাদেশ সচিবালয়, ঢাকা',
      issues: [],
    },
  },
  {
    cell: 'রহিম উদ্দিন, কম্পিউটার অপারেটর, রুম নং- ২০৫, Mobile: 01715-123456, 01819-123456',
    expected: { name: 'রহিম উদ্দিন', designation: 'কম্পিউটার অপারেটর', room: '২০৫', phones: ['+8801715123456', '+8801819123456'], issues: [] },
  },
  {
    cell: 'মোঃ করিম সহকারী প্রোগ্রামার মোবাইল: ০১৭১৭৭৪৪৭৭০৯',
    expected: { name: 'মোঃ করিম', designation: 'সহকারী প্রোগ্রামার', phones: [], otherIncludes: '০১৭১৭৭৪৪৭৭০৯', issues: [] }, // phone.invalid is the lint's
  },
  {
    cell: 'প্রোগ্রামার doict. debiganj@gmail.com',
    expected: { designation: 'প্রোগ্রামার', emails: [], other: 'doict. debiganj@gmail.com', issues: [] }, // email.space is the lint's
  },
  {
    cell: 'সহকারী প্রোগ্রামার উপজেলা কোডঃ ৭৭৩৪ উপজেলা কোডঃ ৭৭০৪',
    expected: { upazilaCode: '7734', otherIncludes: '৭৭০৪', issues: ['officer.code-mismatch'] },
  },
];

for (const c of cases) {
  test(`parsePerson(${JSON.stringify(c.cell.slice(0, 40))}…)`, () => {
    const { person, issues } = parsePerson(c.cell);
    assert.ok(person !== null);
    personSchema.parse(person);
    const { issues: codes, otherIncludes, ...fields } = c.expected;
    for (const [key, value] of Object.entries(fields) as [keyof Person, Person[keyof Person]][]) {
      const want = typeof value === 'string' ? n(value) : value;
      assert.deepEqual(person[key], want, `${key} of ${c.cell}`);
    }
    if (otherIncludes !== undefined) assert.ok(person.other?.includes(otherIncludes), `other "${person.other}" keeps ${otherIncludes}`);
    if (codes !== undefined)
      assert.deepEqual(
        issues.map((i) => i.code),
        codes,
      );
  });
}

test('an empty cell is no person', () => {
  assert.deepEqual(parsePerson('  '), { person: null, issues: [] });
});

test('an invalid phone never reaches phones; it is kept in other, where the lint reports it', () => {
  const { person, issues } = parsePerson('ফোন: ০২১৪৭৮৮৪৫৩৯');
  assert.deepEqual(person?.phones, []);
  assert.ok(person?.other?.includes('০২১৪৭৮৮৪৫৩৯'));
  assert.deepEqual(issues, []);
});

test('a cell that says nobody is named ("প্রযোজ্য নয়", "কেউ নির্ধারিত নেই", "—") is no person, like an empty one', () => {
  for (const cell of ['প্রযোজ্য নয়', 'প্রযোজ্য নহে।', 'কেউ নির্ধারিত নেই', 'নেই', '—', 'N/A']) {
    assert.deepEqual(parsePerson(cell), { person: null, issues: [] }, cell);
  }
  assert.notEqual(parsePerson('নেই কোনো ফোন 01711223344').person, null);
});

test('a designation named in a sentence keeps no bracket it does not close', () => {
  // As the grievance paragraph leaves it once the step's role is taken out: "… the Grievance Redress Officer (…)".
  assert.equal(designationIn('contact the (Senior Upazila Livestock Officer, Sherpur), who will settle it'), 'Senior Upazila Livestock Officer');
});
