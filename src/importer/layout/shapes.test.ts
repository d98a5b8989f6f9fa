// Every shape copying gives a table (pipes, one cell a line, page numbers between rows, cells run together),
// read from the small documents in test/corpus/text/, and the seeds passing through unchanged.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Charter, Fee } from '../../charter/model.ts';
import { splitFeeTime } from '../cells/fee-time.ts';
import { isPageNumber } from './page-lines.ts';
import { reshape } from './shapes.ts';
import { importText } from '../text.ts';
import { said, where } from '../../../test/helpers/findings.ts';

const n = normalizeLine;
const corpus = (file: string) => readFileSync(new URL(`../../../test/corpus/text/${file}`, import.meta.url), 'utf8');
const seed = (file: string) => readFileSync(new URL(`../../../../shared/seeds/${file}`, import.meta.url), 'utf8');
const NEW_CODES = ['cell.run-together', 'columns.ambiguous', 'columns.missing', 'columns.non-standard'];
/** What the importer itself says about the shape; the lint's findings on the content are not these tests' business. */
const SHAPE_CODES = new Set([
  ...NEW_CODES,
  'line.unplaced',
  'row.unplaced',
  'cell.unplaced',
  'table.no-header',
  'row.serial-sequence',
  'service.no-name',
  'section.unknown',
]);
const shapeCodes = (c: Charter) => c.findings.filter((f) => SHAPE_CODES.has(f.code)).map((f) => f.code);

type Row = [serial: number, name: string, fee: Fee['kind'], days: number | null, responsible: string | null];
const RAFIQ = 'মোঃ রফিকুল ইসলাম';
/** The three rows every shape of the corpus carries. */
const ROWS: Row[] = [
  [1, 'ডিজিটাল সেন্টার সংক্রান্ত তথ্য প্রদান', 'free', 3, RAFIQ],
  [2, 'সরকারি দপ্তরে ই-নথি বিষয়ে সহায়তা প্রদান', 'amount', 7, RAFIQ],
  [3, 'আইসিটি প্রশিক্ষণ আয়োজন', 'policy', 15, RAFIQ],
];

function checkRows(c: Charter, rows: readonly Row[]): void {
  assert.deepEqual(
    c.services.map((s) => [s.serial, s.name, s.fee.kind, s.timeLimit.workingDays, s.responsible?.name ?? null]),
    rows.map(([serial, name, fee, days, person]) => [serial, n(name), fee, days, person === null ? null : n(person)]),
  );
  for (const s of c.services) assert.equal(s.category, 'citizen');
}

describe('tab-separated text', () => {
  test('the 7-column corpus document: three rows, no finding about the shape', () => {
    const c = importText(corpus('tab-7col.txt'));
    checkRows(c, ROWS);
    assert.deepEqual(shapeCodes(c), []);
  });

  test('a portal menu above the charter (section names without numbers) is not taken for its sections', () => {
    const c = importText(corpus('portal-menu.txt'));
    checkRows(c, ROWS);
    const plain = importText(corpus('tab-7col.txt'));
    assert.deepEqual(
      c.findings.map((f) => f.code),
      plain.findings.map((f) => f.code),
    );
    assert.deepEqual(c.expectations, plain.expectations);
  });

  test('the seeds pass through reshape line for line, with no finding', () => {
    for (const file of ['charter-upazila-debiganj.txt', 'charter-district-khulna.txt']) {
      const text = seed(file);
      const shaped = reshape(text);
      assert.deepEqual(shaped.findings, []);
      assert.deepEqual(
        shaped.lines.map((l) => l.text),
        text.replace(/\r\n?/g, '\n').split('\n'),
      );
      assert.deepEqual(
        shaped.lines.map((l) => l.no),
        shaped.lines.map((_, i) => i + 1),
      );
    }
  });

  test('no new finding code fires on the clean seed rows', () => {
    for (const file of ['charter-upazila-debiganj.txt', 'charter-district-khulna.txt']) {
      const codes = importText(seed(file)).findings.map((f) => f.code);
      assert.deepEqual(
        codes.filter((c) => NEW_CODES.includes(c)),
        [],
        file,
      );
    }
  });
});

describe('pipe tables', () => {
  test('framed rows with a |---| separator, 8 columns: both officers read', () => {
    const c = importText(corpus('pipe-framed.txt'));
    checkRows(c, ROWS);
    assert.deepEqual(
      c.services.map((s) => s.superior?.name),
      ROWS.map(() => n('নাসরিন আক্তার')),
    );
    assert.deepEqual(c.services[1]?.channels, ['সরাসরি', 'ই-নথি'].map(n));
    assert.deepEqual(shapeCodes(c), []);
  });

  test('bare " |" separators, a column-number row, a row broken across a page with its page number between', () => {
    const c = importText(corpus('pipe-bare.txt'));
    checkRows(c, ROWS);
    const s = c.services[1];
    assert.deepEqual(s?.channels, ['সরাসরি', 'ই-নথি'].map(n));
    assert.deepEqual(s?.responsible?.emails, ['rafiq.shibganj@example.com']);
    assert.deepEqual(shapeCodes(c), []);
  });

  test('bars without spaces or frame, a lone page number and the header repeated between rows', () => {
    const c = importText(corpus('pipe-tight.txt'));
    checkRows(c, ROWS);
    assert.deepEqual(
      c.services.map((s) => s.superior?.name),
      ROWS.map(() => n('নাসরিন আক্তার')),
    );
    assert.deepEqual(shapeCodes(c), []);
  });

  test('dandas typed as bars are not cells; bars with a space beside them are', () => {
    const shaped = reshape('উপজেলা কার্যালয় |\n| ক | খ |\nজ্ঞানভিত্তিক অর্থনীতি| সুশাসন প্রতিষ্ঠা|\nক |খ | গ |\nক|খ|গ');
    assert.deepEqual(
      shaped.lines.map((l) => l.text),
      ['উপজেলা কার্যালয় |', 'ক\tখ', 'জ্ঞানভিত্তিক অর্থনীতি| সুশাসন প্রতিষ্ঠা|', 'ক\tখ\tগ', 'ক\tখ\tগ'],
    );
  });
});

describe('one cell a line', () => {
  test('column titles copied over two lines each ("সেবা প্রদান" / "পদ্ধতি", "সেবার মূল্য ও" / "পরিশোধ পদ্ধতি") are joined again', () => {
    const c = importText(corpus('vertical-split-titles.txt'));
    checkRows(c, ROWS);
    assert.deepEqual(shapeCodes(c), []);
    assert.deepEqual(c.services[0]?.channels, [n('সরাসরি'), n('টেলিফোন'), n('ই-মেইল')]);
    assert.equal(c.services[0]?.documents, n('আবেদনপত্র, উপজেলা কার্যালয়'));
    const header = reshape(corpus('vertical-split-titles.txt')).lines.find((l) => l.text.startsWith('ক্রমিক নং\t'));
    assert.equal(header?.text.split('\t').length, 7);
  });

  test('a PDF copy: officer blocks over five lines, a time limit over two, a page break with page number, running header and repeated header inside row 2', () => {
    const c = importText(corpus('vertical-7col.txt'));
    checkRows(c, ROWS);
    const s = c.services[1];
    assert.equal(s?.timeLimit.text, n('৭ কার্যদিবস (প্রযোজ্য ক্ষেত্রে)'));
    assert.equal(s?.fee.amountTaka, 500);
    assert.deepEqual(s?.responsible?.phones, ['+8801711223344']);
    assert.deepEqual(s?.responsible?.emails, ['rafiq.shibganj@example.com']);
    assert.equal(c.services[0]?.documents, n('আবেদনপত্র, উপজেলা কার্যালয়'));
    // Nothing of the page break (the header repeated, the running header) is left in an officer's block.
    assert.deepEqual(
      c.services.map((x) => x.responsible?.other ?? null),
      [null, null, null],
    );
    assert.deepEqual(shapeCodes(c), []);
    const shaped = reshape(corpus('vertical-7col.txt'));
    const header = shaped.lines.find((l) => l.text.startsWith('ক্রমিক নং\t'));
    assert.equal(header?.text.split('\t').length, 7);
    assert.equal(header?.no, 10);
    assert.deepEqual(
      shaped.lines.filter((l) => /^[১২৩]\t/u.test(l.text) && l.no < 60).map((l) => [l.no, l.text.split('\t').length]),
      [
        [19, 7],
        [30, 7],
        [52, 7],
      ],
    );
    // The running header is dropped at the page break but kept at the top, where it is the title.
    assert.ok(!c.findings.some((f) => said(f).includes('- ১ -')));
  });

  test('8 columns from a web page: two officer blocks split; a lone page number between rows dropped; a missing cell and a missing block are reported, not guessed silently', () => {
    const c = importText(corpus('vertical-8col.txt'));
    checkRows(c, ROWS);
    assert.equal(c.services[0]?.superior?.name, n('নাসরিন আক্তার'));
    assert.equal(c.services[0]?.superior?.districtCode, '10');
    // Row 2 has no documents line: read in order, the documents cell left empty.
    assert.equal(c.services[1]?.documents, '');
    // Row 3 has one officer block for two columns: it goes to the first, and the finding says so.
    assert.equal(c.services[2]?.superior, null);
    const run = c.findings.filter((f) => f.code === 'cell.run-together');
    assert.deepEqual(
      run.map((f) => where(f)),
      ['line 33', 'line 49'],
    );
    assert.match(said(run[1]), /Row 3: too few lines for columns 7, 8/);
    assert.match(said(run[1]), /rafiq\.shibganj@example\.com/);
  });

  test('a fee and time limit on one line are split', () => {
    const c = importText(corpus('vertical-run-together.txt'));
    assert.deepEqual(
      c.services.map((s) => [s.fee.kind, s.fee.text, s.timeLimit.workingDays]),
      [
        ['free', n('বিনামূল্যে'), 7],
        ['amount', n('১০০ টাকা'), 3],
      ],
    );
    assert.deepEqual(
      c.findings.filter((f) => f.code === 'cell.run-together').map((f) => where(f)),
      ['line 16'],
    );
  });
});

describe('one cell a line, every section', () => {
  test('services, expectations and grievance tables one cell a line; the sign-off after the last table stays the sign-off', () => {
    const c = importText(corpus('vertical-sections.txt'));
    assert.deepEqual(
      c.services.map((s) => [s.serial, s.name, s.fee.kind, s.timeLimit.workingDays, s.responsible?.designation]),
      [[1, n('তথ্য প্রদান'), 'free', 3, n('সহকারী প্রোগ্রামার')]],
    );
    assert.deepEqual(c.expectations, [n('স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান'), n('সাক্ষাতের জন্য নির্ধারিত সময়ের পূর্বেই উপস্থিত থাকা')]);
    assert.deepEqual(
      c.grievanceSteps.map((g) => [g.order, g.role, g.contactText, g.workingDays]),
      [
        [1, n('অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)'), n('উপজেলা নির্বাহী অফিসার'), 30],
        [2, n('আপিল কর্মকর্তা'), n('জেলা প্রশাসক'), 20],
      ],
    );
    assert.deepEqual([c.signOff?.date, c.signOff?.name], ['2025-05-12', n('মোঃ রফিকুল ইসলাম')]);
    assert.deepEqual(shapeCodes(c), []);
  });
});

describe('a modern charter one cell a line, each cell ending " |"', () => {
  const bar = (lines: string[]) => lines.map((l) => (l.includes('\n') ? l : `${l} |`)).join('\n');
  const header = ['ক্রমিক নং', 'সেবার নাম', 'সেবা প্রদান পদ্ধতি', 'প্রয়োজনীয় কাগজপত্র', 'সেবার মূল্য', 'সেবা প্রদানের সময়সীমা (কার্যদিবস)', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'];
  const text = [
    '২. প্রতিশ্রুত নাগরিক সেবাসমূহ:',
    bar([...header, '১', 'খামার নিবন্ধন', 'আবেদন', 'প্রযোজ্য নয়', 'বিনামূল্যে', '০৫']),
    'নাসরিন আক্তার\nউপজেলা প্রাণিসম্পদ কর্মকর্তা\nমোবাইল: ০১৭১১-২২৩৩৪৪ |',
    bar(['২', 'প্রশিক্ষণ', 'কর্মসূচি অনুযায়ী', 'প্রযোজ্য নয়', 'বিনামূল্যে', 'কর্মসূচি অনুযায়ী', 'ভেটেরিনারি সার্জন']),
    '২.২ প্রাতিষ্ঠানিক সেবা:',
    bar([...header, '১', 'প্রতিবেদন প্রেরণ', 'ই-মেইল', 'চাহিদাপত্র', 'প্রযোজ্য নয়', '০৩', 'উপজেলা প্রাণিসম্পদ কর্মকর্তা']),
    'আপনার কাছে আমাদের প্রত্যাশা',
    bar(['ক্রমিক নং', 'করণীয়', '১', 'সম্পূর্ণ আবেদন জমা দিন']),
  ].join('\n');

  test('headings with no bar stay headings; the table before ২.২ is the citizens\'; bare numbers under "(কার্যদিবস)" are days', () => {
    const c = importText(text);
    assert.deepEqual(
      c.services.map((s) => [s.category, s.name, s.fee.kind, s.timeLimit.workingDays, s.responsible?.designation ?? null, s.responsible?.name ?? null]),
      [
        ['citizen', n('খামার নিবন্ধন'), 'free', 5, n('উপজেলা প্রাণিসম্পদ কর্মকর্তা'), n('নাসরিন আক্তার')],
        ['citizen', n('প্রশিক্ষণ'), 'free', null, n('ভেটেরিনারি সার্জন'), null],
        ['institutional', n('প্রতিবেদন প্রেরণ'), 'free', 3, n('উপজেলা প্রাণিসম্পদ কর্মকর্তা'), null],
      ],
    );
    assert.deepEqual(c.expectations, [n('সম্পূর্ণ আবেদন জমা দিন')]);
  });
});

describe('an officer cell merged down a tab-separated table', () => {
  const header = 'ক্রমিক নং\tসেবার নাম\tসেবার মূল্য\tসময়সীমা\tদায়িত্বপ্রাপ্ত কর্মকর্তা';
  const rows = ['১\tখামার নিবন্ধন\tবিনামূল্যে\t৭ কার্যদিবস\tউপজেলা প্রাণিসম্পদ কর্মকর্তা', '২\tটিকা প্রদান\tবিনামূল্যে\tতাৎক্ষণিক\t', '৩\tপরামর্শ\tবিনামূল্যে\tতাৎক্ষণিক'];
  test('is carried into the empty cells under it, and cell.spanned says so', () => {
    const shaped = reshape([header, ...rows].join('\n'));
    assert.deepEqual(
      shaped.lines.slice(1).map((l) => l.text.split('\t')[4]),
      ['উপজেলা প্রাণিসম্পদ কর্মকর্তা', 'উপজেলা প্রাণিসম্পদ কর্মকর্তা', 'উপজেলা প্রাণিসম্পদ কর্মকর্তা'],
    );
    assert.deepEqual(
      shaped.findings.map((f) => f.code),
      ['cell.spanned', 'cell.spanned'],
    );
  });
  test('is not carried in markdown, nor beside a superior written in every row', () => {
    assert.equal(reshape([header, ...rows].join('\n'), false).lines[2]?.text, rows[1]);
    const typed = [`${header}\tঊর্ধ্বতন কর্মকর্তা`, ...rows.map((r) => `${r}${r.split('\t').length === 4 ? '\t' : ''}\tজেলা প্রাণিসম্পদ কর্মকর্তা`)];
    assert.deepEqual(
      reshape(typed.join('\n')).lines.map((l) => l.text),
      typed,
    );
  });
});

describe('page numbers and running headers', () => {
  test('"Page 2", "- ৩ -", "পৃষ্ঠা ৫ of ৫", a lone number between rows and a running header are dropped; the continuation row still joins', () => {
    const c = importText(corpus('tab-page-artefacts.txt'));
    checkRows(
      c,
      ROWS.map((r) => (r[0] === 2 ? [2, `${r[1]} ও প্রশিক্ষণ`, r[2], r[3], r[4]] : r)),
    );
    assert.deepEqual(shapeCodes(c), []);
  });

  test('what is a page number', () => {
    for (const yes of ['পৃষ্ঠা ২ of ৫', 'পৃষ্ঠা-৩', 'Page 3', 'page 3 of 12', '- 4 -', '– ১২ –', '২/৫', 'পাতা ৭']) assert.ok(isPageNumber(yes), yes);
    for (const no of ['৩ কার্যদিবস', '২০২৫', 'পৃষ্ঠাসমূহ', '১২/০৫/২০২৫', 'সেবা ১']) assert.ok(!isPageNumber(no), no);
  });
});

describe('cells run together', () => {
  test('a tab row one cell short: split where certain, kept and reported where not', () => {
    const c = importText(corpus('tab-run-together.txt'));
    assert.deepEqual(
      c.services.map((s) => [s.fee.kind, s.fee.text, s.timeLimit.text, s.responsible?.name]),
      [
        ['free', n('বিনামূল্যে'), n('৭ কার্যদিবস'), n(RAFIQ)],
        ['free', n('বিনামূল্যে'), n('৩ দিন'), n(RAFIQ)],
        // Free, and 100 Taka when urgent: two amounts by case, kept as text rather than one misleading kind.
        ['text', n('বিনামূল্যে ৭ কার্যদিবস (জরুরি ক্ষেত্রে ১০০ টাকা ৩ কার্যদিবস)'), '', n(RAFIQ)],
      ],
    );
    const run = c.findings.filter((f) => f.code === 'cell.run-together');
    assert.equal(run.length, 3);
    assert.ok(run.every((f) => f.severity === 'warning'));
    assert.match(said(run[2]), /not certain/);
  });

  test('splitFeeTime', () => {
    assert.deepEqual(splitFeeTime(n('বিনামূল্যে৭ কার্যদিবস'), true), { kind: 'split', left: n('বিনামূল্যে'), right: n('৭ কার্যদিবস') });
    assert.deepEqual(splitFeeTime(n('১০০ টাকা তাৎক্ষণিক'), true), { kind: 'split', left: n('১০০ টাকা'), right: n('তাৎক্ষণিক') });
    assert.deepEqual(splitFeeTime(n('৩ কার্যদিবস বিনামূল্যে'), false), { kind: 'split', left: n('৩ কার্যদিবস'), right: n('বিনামূল্যে') });
    assert.deepEqual(splitFeeTime(n('বিনামূল্যে/ তাৎক্ষণিক/৩ কার্যদিবস'), true), { kind: 'split', left: n('বিনামূল্যে'), right: n('তাৎক্ষণিক/৩ কার্যদিবস') });
    assert.equal(splitFeeTime(n('বিনামূল্যে'), true), null);
    assert.equal(splitFeeTime(n('৩ কার্যদিবস'), true), null);
  });
});
