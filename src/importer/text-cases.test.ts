// Small made-up charters for what the seeds do not show: page breaks, continuation rows, 7 columns, ASCII digits, bad rows.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { normalizeLine } from '../bangla/normalize.ts';
import { charterSchema, type Charter } from '../charter/model.ts';
import { ImportError, importText } from './text.ts';
import { said, where } from '../../test/helpers/findings.ts';

const n = normalizeLine;
const row = (...cells: string[]) => cells.join('\t');
const HEADER_8 = row(
  'ক্রমিক নং',
  'সেবার নাম',
  'সেবা প্রদান পদ্ধতি',
  'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
  'সেবার মূল্য ও পরিশোধ পদ্ধতি',
  'সেবা প্রদানের সময়সীমা',
  'দায়িত্বপ্রাপ্ত কর্মকর্তা',
  'ঊর্ধ্বতন কর্মকর্তা',
);
const NUMBERS_8 = row('(১)', '(২)', '(৩)', '(৪)', '(৫)', '(৬)', '(৭)', '(৮)');
const OFFICER = 'মোঃ করিম উদ্দিন সহকারী প্রোগ্রামার মোবাইলঃ ০১৭১৫-১২৩৪৫৬ karim@example.com';
const SUPERIOR = 'প্রোগ্রামার জেলা কোডঃ ৭৭ টেলিফোন: ০১৭১৭৪৪৭৭০৯';
const service = (serial: string, name: string, time = '৩ কার্যদিবস', officer = OFFICER) =>
  row(serial, name, 'সরাসরি/ ই-মেইল', 'আবেদনপত্র', 'বিনামূল্যে', time, officer, SUPERIOR);

/** A grievance section by the national rule, so that only what a test is about is reported. */
const GRS = [
  '৪. অভিযোগ প্রতিকার ব্যবস্থা (GRS)',
  row('ক্রমিক নং', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা'),
  row('১', 'দায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে ব্যর্থ হলে', 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', 'উপজেলা নির্বাহী অফিসার', '৩০ কার্যদিবস'),
  row('২', 'অনিক নির্দিষ্ট সময়ে সমাধান দিতে ব্যর্থ হলে', 'আপিল কর্মকর্তা', 'জেলা প্রশাসক', '২০ কার্যদিবস'),
  row('৩', 'আপিল কর্মকর্তা নির্দিষ্ট সময়ে সমাধান দিতে ব্যর্থ হলে', 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', 'www.grs.gov.bd', '৬০ কার্যদিবস'),
];

function doc(...serviceLines: string[]): string {
  return [
    'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়',
    '১. ভিশন ও মিশন',
    'ভিশন: ভিশনের লেখা।',
    'মিশন: মিশনের লেখা।',
    '২. প্রতিশ্রুত সেবাসমূহ',
    '২.১) নাগরিক সেবা',
    ...serviceLines,
    '৩. আপনার কাছে আমাদের প্রত্যাশা',
    row('ক্রমিক নং', 'করণীয়'),
    row('১', 'স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান'),
    ...GRS,
  ].join('\n');
}

const codes = (c: Charter) => c.findings.map((f) => f.code);

describe('tables', () => {
  test('a header repeated after a page break is skipped and the table goes on', () => {
    const c = importText(doc(HEADER_8, NUMBERS_8, service('১', 'প্রথম সেবা'), service('২', 'দ্বিতীয় সেবা'), '', HEADER_8, NUMBERS_8, service('৩', 'তৃতীয় সেবা')));
    charterSchema.parse(c);
    assert.deepEqual(
      c.services.map((s) => [s.serial, s.name]),
      [
        [1, n('প্রথম সেবা')],
        [2, n('দ্বিতীয় সেবা')],
        [3, n('তৃতীয় সেবা')],
      ],
    );
    assert.deepEqual(codes(c), []);
  });

  test('a row with an empty serial continues the row above it', () => {
    const c = importText(doc(HEADER_8, service('১', 'সেবার নামের প্রথম অংশ', 'তাৎক্ষণিক/'), row('', 'দ্বিতীয় অংশ', '/ টেলিফোন', '', '', '৩ কার্যদিবস', '', '')));
    assert.equal(c.services.length, 1);
    const s = c.services[0];
    assert.equal(s?.name, n('সেবার নামের প্রথম অংশ দ্বিতীয় অংশ'));
    assert.deepEqual(s?.channels, ['সরাসরি', 'ই-মেইল', 'টেলিফোন'].map(n));
    assert.deepEqual([s?.timeLimit.immediate, s?.timeLimit.workingDays], [true, 3]);
  });

  test('a 7-column table has no superior or alternate; header words decide the columns, split words included', () => {
    const header = row(
      'ক্রমিক কনং',
      'সেবার নাম',
      'সেবা প্রদান পদ্ধতি',
      'প্রয়োজনীয় কাগজ পত্র ও প্রাপ্তি স্থান',
      'সেবার মূল্য ও পরিশোধপদ্ধ তি',
      'সেবা প্রদানের সময় সীমা',
      'দায়িত্বপ্রাপ্ত কর্মকর্তা (নাম, পদবি, ফোন নম্বর ও ই-মেইল)',
    );
    const c = importText(doc(header, row('১', 'সেবা', 'সরাসরি', 'আবেদন', '১০০ টাকা', '০৫ (পাঁচ) কার্যদিবস', OFFICER)));
    const s = c.services[0];
    assert.equal(s?.fee.kind, 'amount');
    assert.equal(s?.fee.amountTaka, 100);
    assert.equal(s?.timeLimit.workingDays, 5);
    assert.equal(s?.responsible?.name, n('মোঃ করিম উদ্দিন'));
    assert.equal(s?.superior, null);
    assert.equal(s?.alternate, null);
  });

  test('column 8 titled বিকল্প is the alternate officer', () => {
    const header = HEADER_8.replace('ঊর্ধ্বতন কর্মকর্তা', 'বিকল্প দায়িত্বপ্রাপ্ত কর্মকর্তা');
    const s = importText(doc(header, service('১', 'সেবা'))).services[0];
    assert.equal(s?.superior, null);
    assert.equal(s?.alternate?.designation, n('প্রোগ্রামার'));
  });

  test('columns in another order are read by their titles', () => {
    const header = row('ক্রমিক নং', 'সেবার নাম', 'সেবা প্রদানের সময়সীমা', 'সেবার মূল্য', 'সেবা প্রদান পদ্ধতি', 'প্রয়োজনীয় কাগজপত্র', 'দায়িত্বপ্রাপ্ত কর্মকর্তা');
    const s = importText(doc(header, row('১', 'সেবা', '৭ কার্যদিবস', 'বিনামূল্যে', 'সরাসরি', 'আবেদন', OFFICER))).services[0];
    assert.deepEqual([s?.timeLimit.workingDays, s?.fee.kind, s?.channels, s?.documents], [7, 'free', ['সরাসরি'], 'আবেদন']);
  });

  test('a row whose serial is not a number is reported with its text, not imported', () => {
    const c = importText(doc(HEADER_8, service('১', 'সেবা'), service('ক', 'রহস্যময় সারি')));
    assert.equal(c.services.length, 1);
    const f = c.findings.find((x) => x.code === 'row.unplaced');
    assert.equal(f?.severity, 'error');
    assert.match(said(f), /রহস্যময় সারি/u);
    assert.match(where(f), /^2\.1 line \d+$/);
  });

  test('a table without a header is read by position, with a warning', () => {
    const c = importText(doc(service('১', 'সেবা')));
    assert.equal(c.services[0]?.superior?.designation, n('প্রোগ্রামার'));
    assert.ok(codes(c).includes('table.no-header'));
  });

  test('a cell beyond the known columns is reported', () => {
    const c = importText(doc(HEADER_8, `${service('১', 'সেবা')}\tবাড়তি ঘর`));
    const f = c.findings.find((x) => x.code === 'cell.unplaced');
    assert.match(said(f), /বাড়তি ঘর/u);
  });
});

describe('digits, sections and findings', () => {
  test('ASCII digits everywhere', () => {
    const text = [
      'উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড়',
      '1. ভিশন ও মিশন',
      'ভিশন: ক',
      'মিশন: খ',
      '2. প্রতিশ্রুত সেবাসমূহ',
      '2.1) নাগরিক সেবা',
      HEADER_8,
      row('(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'),
      row('1', 'সেবা', 'সরাসরি', 'আবেদন', '50/-', '3 কার্যদিবস', 'মোঃ করিম সহকারী প্রোগ্রামার উপজেলা কোডঃ 7734 Mobile: 01715-123456', SUPERIOR),
      '4. অভিযোগ প্রতিকার ব্যবস্থা (GRS)',
      row('ক্রমিক নং', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা'),
      row('1', 'সমাধান না পেলে', 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', 'প্রোগ্রামার', '30 কার্যদিবস'),
      '',
      '(03/06/2025)',
      'মোঃ করিম',
      'সহকারী প্রোগ্রামার',
    ].join('\n');
    const c = importText(text);
    const s = c.services[0];
    assert.deepEqual(
      [s?.serial, s?.fee.amountTaka, s?.timeLimit.workingDays, s?.responsible?.upazilaCode, s?.responsible?.phones],
      [1, 50, 3, '7734', ['+8801715123456']],
    );
    assert.equal(c.grievanceSteps[0]?.workingDays, 30);
    assert.equal(c.signOff?.date, '2025-06-03');
    // The document is cut short: no expectations, and only the first grievance step.
    assert.deepEqual(codes(c), ['expectations.missing', 'grievance.step-missing', 'grievance.step-missing']);
  });

  test('sections are found by title whatever their number', () => {
    const text = ['৭. আপনার কাছে আমাদের প্রত্যাশা', '১. সময়মতো আসা', '২. আবেদন পূর্ণ করা', '৩. ভিশন ও মিশন', 'ভিশন:', 'ভিশনের লেখা'].join('\n');
    const c = importText(text);
    assert.deepEqual(c.expectations, ['সময়মতো আসা', 'আবেদন পূর্ণ করা'].map(n));
    assert.equal(c.vision, n('ভিশনের লেখা'));
    assert.ok(codes(c).includes('mission.missing'));
    assert.ok(codes(c).includes('office.missing'));
  });

  test('numbered mission lines are items, and the next numbered title still opens its section', () => {
    const item = '১. নাগরিকের প্রত্যাশা অনুযায়ী দ্রুত, স্বচ্ছ ও জবাবদিহিমূলক সেবা প্রদানের মাধ্যমে আস্থা অর্জন করা';
    const c = importText(['১. ভিশন ও মিশন', 'ভিশন: ক', 'মিশন:', item, '২. প্রতিশ্রুত সেবাসমূহ', '২.১) নাগরিক সেবা', HEADER_8, service('১', 'সেবা')].join('\n'));
    assert.equal(c.mission, n(item));
    assert.deepEqual(c.expectations, []);
    assert.equal(c.services.length, 1);
  });

  test('an unknown section is reported and its lines kept in findings', () => {
    const c = importText(`${doc(HEADER_8, service('১', 'সেবা'))}\n৫. বিবিধ তথ্য\nএকটি অজানা লাইন`);
    assert.ok(codes(c).includes('section.unknown'));
    const line = c.findings.find((f) => f.code === 'line.unplaced');
    assert.match(said(line), /একটি অজানা লাইন/u);
  });

  test('a grievance deadline other than 30, 20 or 60 is reported', () => {
    const c = importText(
      [
        'জেলা কার্যালয়, খুলনা',
        '১. অভিযোগ প্রতিকার ব্যবস্থাপনা (GRS)',
        row('ক্রমিক নং', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা'),
        row('১', 'সমাধান না পেলে', 'আপিল কর্মকর্তা', 'ঠিকানা', '৪৫ কার্যদিবস'),
      ].join('\n'),
    );
    assert.equal(c.grievanceSteps[0]?.workingDays, 45);
    const deadlines = c.findings.filter((f) => f.code.startsWith('grievance.deadline'));
    assert.deepEqual(
      deadlines.map((f) => `${f.code} @ ${where(f)}`),
      ['grievance.deadline @ grievance step 1 column 5'],
    );
  });

  test('an empty responsible cell and a number-less time limit are errors at their cell', () => {
    const c = importText(doc(HEADER_8, service('১', 'সেবা', 'তাৎক্ষণিক/ কার্যদিবস', '')));
    assert.equal(c.services[0]?.responsible, null);
    assert.deepEqual(
      c.findings.map((f) => `${f.severity} ${f.code} @ ${where(f)}`),
      ['error time-limit.no-number @ 2.1 row 1 column 6', 'error officer.missing @ 2.1 row 1 column 7'],
    );
  });
});

describe('ImportError', () => {
  const cases: ReadonlyArray<readonly [string, string, string]> = [
    ['empty', '  \n\t\n', 'import.empty'],
    ['binary', 'PK\u0003\u0004\u0000\u0000binary', 'import.binary'],
    ['Bijoy', '‡Rjv cÖkvm‡Ki Kvh©vjq ‡mev cÖ`vb cÖwZkÖæwZ', 'import.bijoy'],
    ['no section', 'এটি একটি সাধারণ চিঠি।\nকোনো সারণি নেই।', 'import.not-charter'],
  ];
  for (const [what, input, code] of cases) {
    test(`${what} input is not a charter`, () => {
      assert.throws(
        () => importText(input),
        (err: unknown) => err instanceof ImportError && err.code === code && err.name === 'ImportError' && / \/ /.test(err.message),
      );
    });
  }
});

test('an office with no subordinate offices may say so ("প্রযোজ্য নয়", "নেই", "—"); other text there is still reported', () => {
  const clean = readFileSync(new URL('../../test/corpus/lint/clean.txt', import.meta.url), 'utf8');
  const withSubordinates = (text: string) =>
    importText(
      clean
        .replace('৩. আপনার কাছে আমাদের প্রত্যাশা', `৩. আওতাধীন দপ্তরসমূহ\n\n${text}\n\n৪. আপনার কাছে আমাদের প্রত্যাশা`)
        .replace('৪. অভিযোগ প্রতিকার', '৫. অভিযোগ প্রতিকার'),
    );
  for (const none of ['প্রযোজ্য নয়', 'প্রযোজ্য নহে।', 'নেই', 'কোনো আওতাধীন দপ্তর নেই', '—', 'N/A']) {
    const c = withSubordinates(none);
    assert.deepEqual(c.subordinateOffices, [], none);
    assert.deepEqual(
      c.findings.map((f) => f.code),
      [],
      none,
    );
  }
  assert.deepEqual(
    withSubordinates('জেলা কার্যালয়ের অধীনে').findings.map((f) => f.code),
    ['line.unplaced'],
  );
});

describe('an officer cell copied from Word over bare lines under its row', () => {
  const table = [
    'জেলা তথ্য অফিস, নওগাঁ',
    'সেবা তালিকা',
    row('ক্রম', 'সেবার নাম', 'সময়সীমা', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'),
    row('১', 'সরকারি প্রচার মাইকিং', '৩ কার্যদিবস', 'জেলা তথ্য অফিসার'),
    '(ফোকাল পয়েন্ট) মোঃ সাইফুল ইসলাম',
    'মোবাইল: ০১৭১১-৪৪৫৫৬৬',
    row('২', 'চলচ্চিত্র প্রদর্শনী', '৭ কার্যদিবস', 'সহকারী তথ্য অফিসার'),
    'মোবাইল: ০১৭২৮-৬৫১০৪৯',
    'aio.naogaon@example.gov.bd',
  ];

  test('the lines continue the cell, in a middle row and in the last one; the duty note is no part of the name', () => {
    const c = importText([...table, '', 'তারিখ: ০১/০৭/২০২৫'].join('\n'));
    assert.deepEqual(
      c.services.map((s) => [s.responsible?.designation, s.responsible?.name, s.responsible?.phones, s.responsible?.emails]),
      [
        [n('জেলা তথ্য অফিসার'), n('মোঃ সাইফুল ইসলাম'), ['+8801711445566'], []],
        [n('সহকারী তথ্য অফিসার'), null, ['+8801728651049'], ['aio.naogaon@example.gov.bd']],
      ],
    );
    assert.equal(c.findings.filter((f) => f.code === 'line.unplaced').length, 0);
  });

  test("the office's own contact under the table is no officer's", () => {
    const c = importText([...table.slice(0, 7), 'যোগাযোগ: জেলা তথ্য অফিস, নওগাঁ। ফোন: ০৭৪১-৬২৫৩১', 'ফোন: ০৭৪১-৬২৫৩২ (অফিস)'].join('\n'));
    assert.deepEqual(c.services[1]?.responsible?.phones, []);
  });
});

test('a grievance step written "ধাপ ৩ — …" in markdown: the dash is no part of its role', () => {
  const c = importText(
    [
      '# উপজেলা পরিসংখ্যান অফিস, ধুনট',
      '## সেবাসমূহ',
      '1. পরিসংখ্যান তথ্য সরবরাহ: ৩ কার্যদিবস, বিনামূল্যে',
      '2. জনশুমারির তথ্য প্রদান: তাৎক্ষণিক, বিনামূল্যে',
      '## অভিযোগ প্রতিকার ব্যবস্থা',
      '* **ধাপ ১ — অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক):** উপজেলা পরিসংখ্যান কর্মকর্তা — নিষ্পত্তি ৩০ কার্যদিবস',
      '* **ধাপ ২ — আপিল কর্মকর্তা:** উপপরিচালক, জেলা পরিসংখ্যান কার্যালয় — নিষ্পত্তি ২০ কার্যদিবস',
      '* **ধাপ ৩ — মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল:** www.grs.gov.bd — নিষ্পত্তি ৬০ কার্যদিবস',
    ].join('\n'),
  );
  assert.deepEqual(
    c.grievanceSteps.map((s) => [s.role, s.workingDays]),
    [
      [n('অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)'), 30],
      [n('আপিল কর্মকর্তা'), 20],
      [n('মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল'), 60],
    ],
  );
});
