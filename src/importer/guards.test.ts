// Ordinary charters the importer's broader readings must leave alone: each case is a misreading a reviewer found in
// a rule meant for something else (a merged cell, a closing note, a subject word, a fee in parts), kept fixed here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normalizeLine } from '../bangla/normalize.ts';
import { parseFee } from '../charter/fee.ts';
import { titleCountsWorkingDays } from '../charter/time-limit.ts';
import { parsePerson } from './cells/person.ts';
import { designationIn } from './cells/names.ts';
import { ImportError, importText } from './text.ts';

const n = normalizeLine;
const row = (...cells: string[]) => cells.join('\t');
const HEAD = ['উপজেলা কৃষি অফিস, কালিয়া, নড়াইল', 'সিটিজেন চার্টার', row('ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য', 'সময়সীমা', 'দায়িত্বপ্রাপ্ত কর্মকর্তা')];
const officers = (text: string) => importText(text).services.map((s) => s.responsible?.designation ?? null);

test('one blank officer cell among rows filled one by one stays blank; runs under an officer printed once are carried', () => {
  const one = [
    ...HEAD,
    row('১', 'মাটি পরীক্ষা', '১০০ টাকা', '৭ কার্যদিবস', 'উপজেলা কৃষি অফিসার'),
    row('২', 'বালাই দমন পরামর্শ', 'বিনামূল্যে', 'তাৎক্ষণিক', 'উপসহকারী উদ্ভিদ সংরক্ষণ কর্মকর্তা'),
    row('৩', 'কৃষি বাতায়নে তথ্য', 'বিনামূল্যে', 'তাৎক্ষণিক', ''),
    row('৪', 'বীজ প্রত্যয়ন', '৫০ টাকা', '১৫ কার্যদিবস', 'উপজেলা কৃষি অফিসার'),
  ].join('\n');
  assert.deepEqual(officers(one), [n('উপজেলা কৃষি অফিসার'), n('উপসহকারী উদ্ভিদ সংরক্ষণ কর্মকর্তা'), null, n('উপজেলা কৃষি অফিসার')]);
  const run = [
    ...HEAD,
    row('১', 'মাটি পরীক্ষা', '১০০ টাকা', '৭ কার্যদিবস', 'উপজেলা কৃষি অফিসার'),
    row('২', 'বালাই দমন পরামর্শ', 'বিনামূল্যে', 'তাৎক্ষণিক', ''),
    row('৩', 'কৃষি বাতায়নে তথ্য', 'বিনামূল্যে', 'তাৎক্ষণিক', ''),
    row('৪', 'বীজ প্রত্যয়ন', '৫০ টাকা', '১৫ কার্যদিবস', 'উপসহকারী কৃষি কর্মকর্তা'),
  ].join('\n');
  assert.deepEqual(officers(run), [n('উপজেলা কৃষি অফিসার'), n('উপজেলা কৃষি অফিসার'), n('উপজেলা কৃষি অফিসার'), n('উপসহকারী কৃষি কর্মকর্তা')]);
  // An HTML or Word table resolved its merged cells itself: an empty cell there is empty.
  const resolved = importText(run, undefined, { cellsResolved: true }).services.map((s) => s.responsible?.designation ?? null);
  assert.deepEqual(resolved, [n('উপজেলা কৃষি অফিসার'), null, null, n('উপসহকারী কৃষি কর্মকর্তা')]);
});

test("a signature or a note under a table is not the last row's officer", () => {
  const signed = importText(
    [
      ...HEAD,
      row('১', 'মাটি পরীক্ষা', '১০০ টাকা', '৭ কার্যদিবস', 'উপজেলা কৃষি অফিসার'),
      row('২', 'পরামর্শ প্রদান', 'বিনামূল্যে', 'তাৎক্ষণিক', 'উপসহকারী কৃষি কর্মকর্তা'),
      'মোঃ আব্দুল করিম, উপজেলা কৃষি অফিসার, মোবাইল: ০১৭১১-১২৩৪৫৬',
      'তারিখ: ০১/০৭/২০২৫',
    ].join('\n'),
  );
  assert.deepEqual(signed.services[1]?.responsible?.phones, []);
  assert.equal(signed.signOff?.name, n('মোঃ আব্দুল করিম'));
  const noted = importText(
    [
      ...HEAD,
      row('১', 'মাটি পরীক্ষা', '১০০ টাকা', '৭ কার্যদিবস', 'উপজেলা কৃষি অফিসার'),
      'বিঃদ্রঃ অনিবার্য কারণে উপসহকারী কৃষি কর্মকর্তা',
      row('২', 'পরামর্শ প্রদান', 'বিনামূল্যে', 'তাৎক্ষণিক', 'উপসহকারী কৃষি কর্মকর্তা'),
    ].join('\n'),
  );
  assert.equal(noted.services[0]?.responsible?.other ?? null, null);
  assert.ok(noted.findings.some((f) => f.code === 'line.unplaced'));
});

test('a nickname stays in the name; a subject word before a post is the post’s', () => {
  for (const [cell, name, post] of [
    ['মোঃ রফিকুল ইসলাম রাজু হিসাবরক্ষক', 'মোঃ রফিকুল ইসলাম রাজু', 'হিসাবরক্ষক'],
    ['মোঃ সাইফুল ইসলাম মিলন প্রধান শিক্ষক', 'মোঃ সাইফুল ইসলাম মিলন', 'প্রধান শিক্ষক'],
    ['মোঃ হাসিবুল হক শ্রম পরিদর্শক', 'মোঃ হাসিবুল হক', 'শ্রম পরিদর্শক'],
  ] as const) {
    const p = parsePerson(cell).person;
    assert.deepEqual([p?.name, p?.designation], [n(name), n(post)], cell);
  }
});

test('a place after an English post is no name; a name after it is', () => {
  assert.equal(parsePerson('District Election Officer, Chapai Nawabganj').person?.name, null);
  assert.equal(parsePerson('Upazila Nirbahi Officer, Kaliganj Gazipur').person?.name, null);
  assert.equal(parsePerson('Assistant Director, Farzana Akter').person?.name, 'Farzana Akter');
  assert.equal(designationIn('Please see the checklist'), null);
});

test('fees: who set a fee is no second part; "কোন চার্জ" without a "no" is no free; a bracketed note keeps the amount', () => {
  const kinds = (t: string) => [parseFee(t).kind, parseFee(t).amountTaka];
  assert.deepEqual(kinds('৫০০ টাকা, সরকার নির্ধারিত ফি'), ['amount', 500]);
  assert.deepEqual(kinds('Tk. 500, government rate'), ['amount', 500]);
  assert.deepEqual(kinds('যে কোন চার্জ ব্যাংকে জমা দিতে হবে'), ['text', null]);
  assert.deepEqual(kinds('১০০ টাকা (কোন সার্ভিস চার্জ নেই)'), ['amount', 100]);
  assert.notEqual(parseFee('নির্ধারিত সময়ের মধ্যে ফি জমা দিতে হবে').kind, 'policy');
});

test('a time limit "চাহিদা অনুযায়ী" gives no fee; a fee for applying for a loan is a fee', () => {
  const c = importText(
    [
      'সিটিজেন চার্টার',
      row('ক্রমিক নং', 'সেবার নাম', 'সেবা প্রদান পদ্ধতি', 'সেবা প্রদানের সময়সীমা', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'),
      row('১', 'মাসিক প্রতিবেদন প্রেরণ', 'ই-মেইল', 'চাহিদা অনুযায়ী', 'উপজেলা কৃষি অফিসার'),
      row('২', 'তথ্য প্রদান', 'সরাসরি', '৩ কার্যদিবস', 'উপজেলা কৃষি অফিসার'),
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => s.fee.text),
    ['', ''],
  );
  const loan = importText(
    [
      'উপজেলা সমবায় অফিস, কালিয়া',
      'সেবাসমূহ',
      '১. সমবায় সমিতির ঋণ আবেদন: ঋণ আবেদন ফি ১০০ টাকা, ১৫ কার্যদিবস।',
      '২. বয়স্ক ভাতার আবেদন: আবেদন ফি ৫০ টাকা, ৭ কার্যদিবস।',
    ].join('\n'),
  );
  assert.deepEqual(
    loan.services.map((s) => s.fee.amountTaka),
    [100, 50],
  );
});

test('a list item that starts "সকল সেবা …" is a service, not a note for every service', () => {
  const c = importText(
    [
      'উপজেলা তথ্য অফিস, কালিয়া',
      'সিটিজেন চার্টার',
      'সেবাসমূহ',
      '• সরকারি প্রচার মাইকিং: ১০০ টাকা, ৩ কার্যদিবস।',
      '• সকল সেবা সম্পর্কিত তথ্য প্রদান: বিনামূল্যে, তাৎক্ষণিক।',
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => s.name),
    [n('সরকারি প্রচার মাইকিং'), n('সকল সেবা সম্পর্কিত তথ্য প্রদান')],
  );
});

test('lettered section headings are headings; a grievance chain in a list’s last lines keeps its first step', () => {
  const c = importText(
    [
      'উপজেলা ভূমি অফিস, কালিয়া, নড়াইল',
      'ক) ভিশন ও মিশন',
      'ভিশন: দক্ষ ভূমি ব্যবস্থাপনা।',
      'মিশন: দ্রুত সেবা প্রদান।',
      'খ) প্রতিশ্রুত সেবাসমূহ',
      row('ক্রমিক নং', 'সেবার নাম', 'সেবার মূল্য', 'সময়সীমা', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'),
      row('১', 'নামজারি', '১১৭০ টাকা', '২৮ কার্যদিবস', 'সহকারী কমিশনার (ভূমি)'),
      'গ) আপনার কাছে আমাদের প্রত্যাশা',
      '১. সম্পূর্ণ আবেদন জমা দিন',
    ].join('\n'),
  );
  assert.notEqual(c.vision, '');
  assert.equal(c.expectations.length, 1);
  const chain = importText(
    [
      'উপজেলা পরিসংখ্যান অফিস, ধুনট, বগুড়া',
      'সিটিজেন চার্টার',
      'সেবাসমূহ',
      '১. পরিসংখ্যান তথ্য সরবরাহ: ৩ কার্যদিবস, বিনামূল্যে।',
      '২. জনশুমারির তথ্য প্রদান: তাৎক্ষণিক, বিনামূল্যে।',
      'সেবা পেতে ব্যর্থ হলে অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) উপজেলা পরিসংখ্যান কর্মকর্তার নিকট অভিযোগ করা যাবে, যিনি ৩০ কার্যদিবসের মধ্যে নিষ্পত্তি করবেন।',
      'অনিক সমাধান দিতে না পারলে আপিল কর্মকর্তা উপপরিচালকের নিকট আপিল করা যাবে, যিনি ২০ কার্যদিবসের মধ্যে নিষ্পত্তি করবেন।',
      'আপিল কর্মকর্তা সমাধান দিতে না পারলে মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেলে অভিযোগ করা যাবে, যা ৬০ কার্যদিবসের মধ্যে নিষ্পত্তি হবে।',
    ].join('\n'),
  );
  assert.deepEqual(
    chain.grievanceSteps.map((s) => s.workingDays),
    [30, 20, 60],
  );
});

test('a numbered step "role - officer: contact" keeps its officer and phone', () => {
  const c = importText(
    [
      'উপজেলা ভূমি অফিস, কালিয়া, নড়াইল',
      '৪. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
      '১. অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) - উপজেলা নির্বাহী অফিসার, কালিয়া: ফোন ০১৭১১-০০০০০০, ৩০ কার্যদিবস',
      '২. আপিল কর্মকর্তা - জেলা প্রশাসক, নড়াইল: ফোন ০১৭১১-১১১১১১, ২০ কার্যদিবস',
    ].join('\n'),
  );
  assert.deepEqual(
    c.grievanceSteps.map((s) => [s.contact?.designation, s.contact?.phones, s.workingDays]),
    [
      [n('উপজেলা নির্বাহী অফিসার'), ['+8801711000000'], 30],
      [n('জেলা প্রশাসক'), ['+8801711111111'], 20],
    ],
  );
});

test('a title in hours or working days does not count bare numbers as working days', () => {
  assert.equal(titleCountsWorkingDays('সময়সীমা (কার্যদিবস)'), true);
  assert.equal(titleCountsWorkingDays('সময়সীমা (ঘণ্টা/কার্যদিবস)'), false);
});

test('"প্রধান কার্যালয়" is the head office, no post; a branch named before a post is where the officer sits, "শাখা ব্যবস্থাপক" a post', () => {
  assert.equal(parsePerson('প্রধান কার্যালয়, ঢাকা').person?.designation ?? null, null);
  assert.equal(parsePerson('সাধারণ শাখা প্রশাসনিক কর্মকর্তা').person?.designation, n('প্রশাসনিক কর্মকর্তা'));
  assert.equal(parsePerson('শাখা ব্যবস্থাপক, জনাব প্রদীপ কুমার সাহা').person?.designation, n('শাখা ব্যবস্থাপক'));
});

test('labelled lines of a letterhead are no paragraphs of services', () => {
  const c = importText(
    [
      'উপজেলা তথ্য অফিস, কালিয়া',
      'ভিশন: সবার জন্য তথ্য, সময়মতো ও নির্ভুলভাবে। তথ্যই উন্নয়নের চাবিকাঠি।',
      'মিশন: সরকারের উন্নয়ন কার্যক্রমের তথ্য জনগণের কাছে পৌঁছে দেওয়া। প্রচার ও প্রকাশনা।',
      'সেবাসমূহ',
      '১. সরকারি প্রচার মাইকিং: ১০০ টাকা, ৩ কার্যদিবস।',
      '২. চলচ্চিত্র প্রদর্শনী: ৫০০ টাকা, ৭ কার্যদিবস।',
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => s.name),
    [n('সরকারি প্রচার মাইকিং'), n('চলচ্চিত্র প্রদর্শনী')],
  );
});

test('"প্রধান" and "সুপার" are posts only as a post’s last word; "name: sentence" lines of a letterhead are no services', () => {
  assert.equal(parsePerson('উপজেলা নির্বাহী অফিসার, প্রধান সড়ক, কালিয়া').person?.designation, n('উপজেলা নির্বাহী অফিসার'));
  assert.equal(parsePerson('ব্যবস্থাপক, নিউ সুপার মার্কেট শাখা, খুলনা').person?.designation, n('ব্যবস্থাপক'));
  assert.equal(parsePerson('জেল সুপার').person?.designation, n('জেল সুপার'));
  assert.throws(
    () =>
      importText(
        [
          'সমাজসেবা কার্যালয়, কালিয়া',
          'লক্ষ্য: সমাজের পিছিয়ে পড়া মানুষের কল্যাণ নিশ্চিত করা। সবার জন্য সামাজিক সুরক্ষা।',
          'অফিসের অবস্থান: উপজেলা পরিষদ চত্বর, কালিয়া। সকাল ৯টা থেকে খোলা থাকে।',
          'সতর্কতা: কোনো দালালের মাধ্যমে আবেদন করবেন না। প্রতারিত হলে জানান।',
        ].join('\n'),
      ),
    (e: unknown) => e instanceof ImportError && e.code === 'import.not-charter',
  );
});

test('a name a courtesy title opens after the post and its office is the officer’s; "পুলিশ সুপার" is one post', () => {
  const p = parsePerson('সচিব, কালিয়া পৌরসভা, জনাব মোঃ আনিসুর রহমান, মোবাইল: ০১৭১১-২২৩৩৪৪').person;
  assert.deepEqual([p?.designation, p?.name], [n('সচিব'), n('মোঃ আনিসুর রহমান')]);
  assert.equal(designationIn('সমাধান না পেলে পুলিশ সুপার, নড়াইল বরাবর আপিল করা যাবে'), n('পুলিশ সুপার'));
  assert.equal(parseFee('ওজনভেদে নির্ধারিত মাশুল').kind, 'policy');
});
