// Column titles read by meaning: the 7- and 8-column forms, older 4-5 column forms, misspellings, English,
// titles over two header rows, and what is reported when a title is unclear or a column is missing.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Charter } from '../../charter/model.ts';
import { mapTitles, SERVICE_COLUMNS, SERVICE_FORMS, scoreTitle } from './columns.ts';
import { importText } from '../text.ts';
import { said, where } from '../../../test/helpers/findings.ts';

const n = normalizeLine;
const corpus = (file: string) => importText(readFileSync(new URL(`../../../test/corpus/text/${file}`, import.meta.url), 'utf8'));
const COLUMN_CODES = new Set([
  'columns.ambiguous',
  'columns.missing',
  'columns.non-standard',
  'cell.unplaced',
  'cell.run-together',
  'table.no-header',
  'line.unplaced',
  'row.unplaced',
]);
const columnCodes = (c: Charter) =>
  c.findings
    .filter((f) => COLUMN_CODES.has(f.code))
    .map((f) => f.code)
    .sort();
const map = (titles: string[]) => mapTitles(titles, SERVICE_COLUMNS, SERVICE_FORMS);

const RAFIQ = n('মোঃ রফিকুল ইসলাম');
const NASRIN = n('নাসরিন আক্তার');
const row = (c: Charter, i: number) => {
  const s = c.services[i];
  assert.ok(s);
  return [s.serial, s.name, s.fee.kind, s.timeLimit.workingDays, s.responsible?.name ?? null, s.superior?.name ?? null];
};

describe('the standard forms', () => {
  test('8 columns, the field form: time limit third, documents and where to get them in two columns joined', () => {
    const c = corpus('columns-8-field.txt');
    assert.deepEqual(row(c, 0), [1, n('ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান'), 'free', 3, RAFIQ, NASRIN]);
    assert.deepEqual(row(c, 1), [2, n('সরকারি দপ্তরে ই-নথি বিষয়ে সহায়তা প্রদান'), 'amount', 7, RAFIQ, NASRIN]);
    assert.equal(c.services[0]?.documents, n('আবেদনপত্র, উপজেলা কার্যালয়; প্রাপ্তিস্থান: উপজেলা কার্যালয়ের অভ্যর্থনা কক্ষ'));
    assert.equal(c.services[2]?.documents, n('প্রযোজ্য ক্ষেত্রে আবেদনপত্র'));
    assert.deepEqual(c.services[0]?.channels, []);
    assert.deepEqual(columnCodes(c), []);
  });

  test('misspelt titles, extra spaces, zero-width joiners and non-joiners, words split by a space', () => {
    for (const file of ['columns-spelling.txt', 'columns-spelling-2.txt']) {
      const c = corpus(file);
      assert.deepEqual(row(c, 0), [1, n('ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান'), 'free', 3, RAFIQ, NASRIN], file);
      assert.deepEqual(c.services[0]?.channels, ['সরাসরি', 'টেলিফোন', 'ই-মেইল'].map(n));
      assert.equal(c.services[0]?.documents, n('আবেদনপত্র, উপজেলা কার্যালয়'));
      assert.deepEqual(columnCodes(c), [], file);
    }
  });

  test('English titles', () => {
    const c = corpus('columns-english.txt');
    assert.deepEqual(row(c, 1), [2, n('সরকারি দপ্তরে ই-নথি বিষয়ে সহায়তা প্রদান'), 'amount', 7, RAFIQ, NASRIN]);
    assert.deepEqual(c.services[1]?.channels, ['সরাসরি', 'ই-নথি'].map(n));
    assert.equal(c.services[1]?.documents, n('চাহিদাপত্র'));
    assert.deepEqual(columnCodes(c), []);
  });

  test('titles over two header rows', () => {
    const c = corpus('columns-two-rows.txt');
    assert.deepEqual(row(c, 0), [1, n('ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান'), 'free', 3, RAFIQ, null]);
    assert.deepEqual(c.services[1]?.channels, ['সরাসরি', 'ই-নথি'].map(n));
    assert.deepEqual(columnCodes(c), []);
  });

  test('a title split over two header cells, the header one cell wider than its rows: the two are one title', () => {
    const c = corpus('columns-split-title.txt');
    assert.deepEqual(row(c, 0), [1, n('ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান'), 'free', 3, RAFIQ, NASRIN]);
    assert.deepEqual(row(c, 1), [2, n('সরকারি দপ্তরে ই-নথি বিষয়ে সহায়তা প্রদান'), 'amount', 7, RAFIQ, NASRIN]);
    assert.deepEqual(columnCodes(c), []);
  });

  test('each seed title and its variants map to its field', () => {
    const cases: Array<[string, string]> = [
      ['ক্রমিক কনং', 'serial'],
      ['ক্র.নং', 'serial'],
      ['Sl. No.', 'serial'],
      ['S/N', 'serial'],
      ['সেবার নাম', 'name'],
      ['Name of Service', 'name'],
      ['সেবার বিবরণ', 'name'],
      ['সেবা প্রদান পদ্ধতি', 'channels'],
      ['Service Delivery Method', 'channels'],
      ['প্রয়োজনীয় কাগজ পত্র ও প্রাপ্তি স্থান', 'documents'],
      ['Required Documents', 'documents'],
      ['সেবার মূল্য ও পরিশোধপদ্ধ তি', 'fee'],
      ['Fee', 'fee'],
      ['সেবার ফি', 'fee'],
      // The form's price, though "আবেদন ফরম" alone is a document.
      ['সেবা/আবেদন ফরমের মূল্য', 'fee'],
      ['ফর্মের মূল্য', 'fee'],
      ['আবেদন ফরম', 'documents'],
      ['সেবা প্রদানের সময় সীমা', 'timeLimit'],
      ['সেবা প্রদানের সর্বোচ্চ সময়', 'timeLimit'],
      ['Time Limit', 'timeLimit'],
      ['Delivery Time', 'timeLimit'],
      ['দায়িত্বপ্রাপ্ত কর্মকর্তার পদবি, রুম নম্বর, উপজেলা কোড, অফিসিয়াল টেলিফোন ও ইমেইল', 'responsible'],
      ['দ্বায়িত্বপ্রাপ্ত কর্মকর্তা', 'responsible'],
      ['Responsible Officer', 'responsible'],
      ['উর্ধ্বতন কর্মকর্তার পদবি, রুম নম্বর, জেলা কোড', 'superior'],
      ['ঊর্ধ্বতন কর্মকর্তা', 'superior'],
      ['উর্ধতন কর্মকর্তা', 'superior'],
      ['উর্দ্ধতন কর্মকর্তা', 'superior'],
      ['Superior Officer', 'superior'],
      ['বিকল্প দায়িত্বপ্রাপ্ত কর্মকর্তা (পদবি, ফোন নম্বর ও ই-মেইল)', 'alternate'],
      ['সেবা না পেলে প্রতিকার', 'remedy'],
      ['মন্তব্য', 'remarks'],
      ['Remarks', 'remarks'],
      // English titles whose words also name another field: the phrase decides.
      ['Time Limit for Service Delivery', 'timeLimit'],
      ['Service providing time', 'timeLimit'],
      ['Service Fee and Payment Procedure', 'fee'],
      ['Officer in charge of the service', 'responsible'],
      ['Service providing officer', 'responsible'],
    ];
    for (const [title, field] of cases) assert.deepEqual(map([title]).map, [field], title);
    // ফি inside অফিসিয়াল is not a fee.
    assert.equal(scoreTitle('অফিসিয়াল টেলিফোন', SERVICE_COLUMNS).get('fee'), undefined);
  });
});

describe('other forms, reported', () => {
  test('5 columns (serial, service, time limit, remedy, remarks): non-standard, no officer column, remedy and remarks kept in the service', () => {
    const c = corpus('columns-old-5.txt');
    assert.deepEqual(row(c, 1), [2, n('আইসিটি প্রশিক্ষণ আয়োজন'), 'text', 15, null, null]);
    // No fee and no officer column: one finding for each column, none for each row.
    assert.deepEqual(columnCodes(c), ['columns.missing', 'columns.missing', 'columns.non-standard']);
    const missing = c.findings.filter((f) => f.code === 'columns.missing').map((f) => said(f));
    assert.match(missing[0] ?? '', /fee/);
    assert.match(missing[1] ?? '', /responsible officer/);
    assert.deepEqual(
      c.findings.filter((f) => f.code === 'fee.empty' || f.code === 'officer.missing'),
      [],
    );
    assert.equal(c.services[0]?.remarks, n('সেবা না পেলে প্রতিকার: উপজেলা নির্বাহী অফিসারের নিকট অভিযোগ'));
    assert.equal(c.services[1]?.remarks, n('সেবা না পেলে প্রতিকার: জেলা প্রশাসকের নিকট আপিল; বছরে দুইবার'));
  });

  test('4 columns with misspellings (ক্রঃ নং, সময় সীমা, দ্বায়িত্বপ্রাপ্ত): read, and non-standard', () => {
    const c = corpus('columns-old-4.txt');
    assert.deepEqual(row(c, 0), [1, n('ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান'), 'text', 3, RAFIQ, null]);
    assert.deepEqual(columnCodes(c), ['columns.missing', 'columns.non-standard']);
    assert.equal(c.findings.filter((f) => f.code === 'fee.empty').length, 0);
  });

  test('English with a Remarks column: 9 columns, the remark kept', () => {
    const c = corpus('columns-english-remarks.txt');
    assert.deepEqual(row(c, 0), [1, n('ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান'), 'free', 3, RAFIQ, NASRIN]);
    assert.deepEqual(columnCodes(c), ['columns.non-standard']);
    assert.deepEqual(
      c.services.map((s) => s.remarks),
      [n('শুধু কর্মদিবসে'), ''],
    );
  });

  test('no service name column: columns.missing names it', () => {
    const c = corpus('columns-missing.txt');
    const missing = c.findings.filter((f) => f.code === 'columns.missing').map((f) => said(f));
    assert.equal(missing.length, 2);
    assert.match(missing[0] ?? '', /service name/);
    assert.ok(c.findings.some((f) => f.code === 'columns.non-standard'));
  });

  test('a title naming both fee and time: read as the time limit, the fee found in its cells; two columns with one title: ambiguous, left unread, their cells kept', () => {
    const c = corpus('columns-ambiguous.txt');
    const ambiguous = c.findings.filter((f) => f.code === 'columns.ambiguous');
    assert.deepEqual(
      ambiguous.map((f) => where(f)),
      ['2.1 column 6 line 9', '2.1 column 7 line 9'],
    );
    assert.ok(ambiguous.every((f) => f.severity === 'warning'));
    assert.match(said(ambiguous[0]), /Column 6 "দায়িত্বপ্রাপ্ত কর্মকর্তা" claims responsible officer/u);
    const s = c.services[0];
    assert.deepEqual(
      [s?.fee.kind, s?.fee.text, s?.timeLimit.workingDays, s?.timeLimit.text, s?.responsible],
      ['free', n('বিনামূল্যে'), 3, n('বিনামূল্যে, ৩ কার্যদিবস'), null],
    );
    // The fee was read from the time limit's column, and the finding says so.
    assert.ok(c.findings.some((f) => f.code === 'cell.from-other-column'));
    const kept = c.findings.filter((f) => f.code === 'cell.unplaced').map((f) => said(f));
    assert.ok(kept.some((m) => m.includes('nasrin.bogura@example.com')));
  });

  test('a title naming two fields beside a column that plainly holds one of them is the other', () => {
    const c = importText(
      [
        'সিটিজেন চার্টার',
        'ক্রম\tসেবার নাম\tফি\tফি পরিশোধের পর সেবা প্রদানের সময়',
        '১\tপুকুর লিজ নবায়ন\t৫০০/-\tপাঁচ কার্য দিবস',
        '২\tপোনা বিক্রয় লাইসেন্স\t২০০/-\t০৭ (সাত) কার্য দিবস',
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => [s.fee.amountTaka, s.timeLimit.workingDays]),
      [
        [500, 5],
        [200, 7],
      ],
    );
    assert.equal(c.findings.filter((f) => f.code === 'columns.ambiguous').length, 0);
  });

  test('fee and payment method in two columns: one fee, the method kept as written; not a standard form', () => {
    const c = corpus('columns-fee-payment.txt');
    const fee = c.services[0]?.fee;
    assert.deepEqual(
      [fee?.kind, fee?.amountTaka, fee?.paymentMethod, fee?.text],
      ['amount', 100, n('ট্রেজারি চালান'), n('১০০ টাকা; পরিশোধ পদ্ধতি: ট্রেজারি চালান')],
    );
    assert.deepEqual([c.services[1]?.fee.kind, c.services[1]?.fee.text, c.services[1]?.timeLimit.immediate], ['free', n('বিনামূল্যে'), true]);
    assert.deepEqual(columnCodes(c), ['columns.non-standard']);
  });

  test('scores: a sub-field alone is its field; beside it, its own column', () => {
    assert.deepEqual(map(['ক্রমিক নং', 'সেবার নাম', 'কাগজপত্র ও প্রাপ্তিস্থান']).map, ['serial', 'name', 'documents']);
    assert.deepEqual(map(['ক্রমিক নং', 'সেবার নাম', 'কাগজপত্র', 'প্রাপ্তিস্থান']).map, ['serial', 'name', 'documents', 'documentsSource']);
    assert.deepEqual(map(['সেবার মূল্য', 'পরিশোধ পদ্ধতি']).map, ['fee', 'paymentMethod']);
  });
});

describe('the name column decided by its cells', () => {
  const table = (header: string[], ...rows: string[][]) =>
    importText(['উপজেলা কৃষি অফিস, শিবগঞ্জ, বগুড়া', 'সিটিজেন চার্টার', '', header.join('\t'), ...rows.map((r) => r.join('\t'))].join('\n'));

  test('two titles that could be the name: the column holding names, not durations, is the name, with a warning', () => {
    const c = table(
      ['ক্রমিক নং', 'সেবার সময়', 'সেবার ধরন', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'],
      ['১', '৭ কার্যদিবস', 'মাটি পরীক্ষা', 'উপজেলা কৃষি অফিসার'],
      ['২', 'তাৎক্ষণিক', 'কৃষি পরামর্শ', 'উপসহকারী কৃষি কর্মকর্তা'],
    );
    assert.deepEqual(
      c.services.map((s) => [s.name, s.timeLimit.workingDays]),
      [
        [n('মাটি পরীক্ষা'), 7],
        [n('কৃষি পরামর্শ'), null],
      ],
    );
    assert.deepEqual(
      c.findings.filter((f) => f.code === 'columns.by-content' || f.code === 'service.no-name').map((f) => f.code),
      [],
      'titled clearly enough: no decision needed',
    );
  });

  test('two columns claim the name: the one whose cells are names wins, and columns.by-content says so', () => {
    const c = table(
      ['ক্রমিক নং', 'সেবার বিবরণ', 'সেবার ধরন', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'],
      ['১', '৭ কার্যদিবস', 'মাটি পরীক্ষা', 'উপজেলা কৃষি অফিসার'],
      ['২', '৩ কার্যদিবস', 'কৃষি পরামর্শ', 'উপসহকারী কৃষি কর্মকর্তা'],
    );
    assert.deepEqual(
      c.services.map((s) => s.name),
      [n('মাটি পরীক্ষা'), n('কৃষি পরামর্শ')],
    );
    const decided = c.findings.find((f) => f.code === 'columns.by-content');
    assert.match(said(decided), /Column 3/);
    assert.equal(c.findings.filter((f) => f.code === 'service.no-name').length, 0);
  });

  test('no title names the service: an untitled column of names is the name, never every row without one', () => {
    const c = table(['ক্রমিক নং', 'বিষয়', 'সময়সীমা', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'], ['১', 'মাটি পরীক্ষা', '৭ কার্যদিবস', 'উপজেলা কৃষি অফিসার']);
    assert.deepEqual(
      c.services.map((s) => s.name),
      [n('মাটি পরীক্ষা')],
    );
    assert.ok(c.findings.some((f) => f.code === 'columns.by-content'));
  });
});

test('a table with no serial column: a data row that shares words with titles ("Free of charge", "3 working days") is a row, not a header', () => {
  const c = importText(
    [
      'Office of the Deputy Commissioner, Rangpur',
      'Citizen Charter',
      'Name of service\tNecessary papers\tFees for service\tTime of service\tFocal point',
      'Certificate of a small ethnic community\tApplication with the chairman’s recommendation\tFree of charge\t3 working days\tSenior Assistant Commissioner (General)',
      'Licence of a brick kiln\tApplication form and trade licence\tAs per government rate\t30 working days\tAssistant Commissioner (Trade)',
    ].join('\n'),
  );
  assert.deepEqual(
    c.services.map((s) => [s.serial, s.name, s.fee.kind, s.timeLimit.workingDays]),
    [
      [1, 'Certificate of a small ethnic community', 'free', 3],
      [2, 'Licence of a brick kiln', 'policy', 30],
    ],
  );
});

test('a note in brackets after a title that names its column does not make it another column; a remedy title that speaks of time is the remedy', () => {
  const note = 'দায়িত্বপ্রাপ্ত কর্মকর্তার পদবি, মোবাইল নম্বর ও ই-মেইল (প্রয়োজনে অফিস চলাকালীন সময়ে যোগাযোগ করুন)';
  assert.deepEqual(mapTitles(['ক্রমিক নং', 'সেবার নাম', note], SERVICE_COLUMNS).map, ['serial', 'name', 'responsible']);
  const remedy = 'নির্দিষ্ট সময়ে সেবা না পেলে প্রতিকার ব্যবস্থা';
  assert.deepEqual(mapTitles(['সেবার নাম', 'সেবা প্রদানের সময়', remedy], SERVICE_COLUMNS).map, ['name', 'timeLimit', 'remedy']);
});
