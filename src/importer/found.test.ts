// Finding the charter wherever it stands (issue 7): a bare table, a sub-heading alone, a grievance table alone,
// services as a list or prose, columns laid out with spaces or cells ending in " |", and what a refusal says.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { normalizeLine } from '../bangla/normalize.ts';
import type { Charter } from '../charter/model.ts';
import { ImportError } from './errors.ts';
import { importText } from './text.ts';

const n = normalizeLine;
const seed = (file: string) => readFileSync(new URL(`../../../shared/seeds/${file}`, import.meta.url), 'utf8').split('\n');
const services = (c: Charter) => c.services.map((s) => [s.category, s.serial, s.name, s.fee.kind, s.timeLimit.workingDays, s.responsible?.designation ?? null]);
const codes = (c: Charter) => c.findings.map((f) => f.code);

/** The lines from the first that starts with `from` up to (not including) the first after it that starts with `to`. */
function slice(lines: readonly string[], from: string, to: string): string {
  const a = lines.findIndex((l) => l.startsWith(from));
  const b = lines.findIndex((l, i) => i > a && l.startsWith(to));
  assert.ok(a >= 0 && b > a, `${from} … ${to}`);
  return lines.slice(a, b).join('\n');
}

describe("the seeds' own service tables pasted alone", () => {
  for (const [file, end] of [
    ['charter-upazila-debiganj.txt', '৩.'],
    ['charter-district-khulna.txt', '৩.'],
  ] as const) {
    const lines = seed(file);
    const whole = importText(lines.join('\n'));

    test(`${file}: the groups under their sub-headings alone, without "২. প্রতিশ্রুত সেবাসমূহ", give the same services`, () => {
      const alone = importText(slice(lines, '২.১)', end));
      assert.deepEqual(services(alone), services(whole));
    });

    test(`${file}: the first table alone, with nothing above it, gives the citizen services and says they were not grouped`, () => {
      const table = slice(lines, 'ক্রমিক নং', '২.২)');
      const alone = importText(table);
      assert.deepEqual(
        services(alone),
        services(whole).filter((s) => s[0] === 'citizen'),
      );
      assert.ok(codes(alone).includes('services.no-category'));
    });
  }
});

describe('a charter found by what it holds', () => {
  test('a table under a title that names no section', () => {
    const c = importText(
      [
        'উপজেলা ভূমি অফিস, শিবগঞ্জ, বগুড়া',
        'সিটিজেন চার্টার',
        'ক্রমিক নং\tসেবার ধরণ\tসেবা প্রদানের সময়সীমা\tসেবার মূল্য\tদায়িত্বপ্রাপ্ত কর্মকর্তা',
        '১\tনামজারি ও জমাভাগ\t২৮ কার্যদিবস\t১১৭০.০০\tসহকারী কমিশনার (ভূমি), মোবাইল নং০১৭৩৩৩৩৩৩৩৩',
        '২\tখতিয়ানের সইমোহরকৃত নকল\t৭ দিন\t৫০/-\tঐ',
      ].join('\n'),
    );
    assert.deepEqual(services(c), [
      ['citizen', 1, n('নামজারি ও জমাভাগ'), 'amount', 28, n('সহকারী কমিশনার (ভূমি)')],
      ['citizen', 2, n('খতিয়ানের সইমোহরকৃত নকল'), 'amount', null, n('সহকারী কমিশনার (ভূমি)')],
    ]);
    assert.equal(c.services[0]?.fee.amountTaka, 1170);
    assert.deepEqual(c.services[0]?.responsible?.phones, ['+8801733333333']);
    assert.equal(c.office.name, n('উপজেলা ভূমি অফিস, শিবগঞ্জ, বগুড়া'));
  });

  test('a group heading that uses a group word in another sense is still about citizens', () => {
    const c = importText(
      [
        'উপজেলা স্বাস্থ্য কমপ্লেক্স, ধুনট, বগুড়া',
        'অভ্যন্তরীণ রোগীদের সেবা:',
        'ক্রমিক নং\tসেবার নাম\tসময়সীমা\tসেবার মূল্য',
        '১\tভর্তি রোগীর চিকিৎসা\tতাৎক্ষণিক\tবিনামূল্যে',
        'প্রাতিষ্ঠানিক সেবাঃ',
        'ক্রমিক নং\tসেবার নাম\tসময়সীমা\tসেবার মূল্য',
        '১\tইপিআই টিকা সরবরাহ\t৩ কার্যদিবস\tবিনামূল্যে',
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => [s.category, s.name]),
      [
        ['citizen', n('ভর্তি রোগীর চিকিৎসা')],
        ['institutional', n('ইপিআই টিকা সরবরাহ')],
      ],
    );
  });

  test('a page with only the grievance table imports its steps and no services', () => {
    const c = importText(
      [
        'অনিক ও আপিল কর্মকর্তাগণ',
        'ক্রমিক নং\tকখন যোগাযোগ করবেন\tকার সঙ্গে যোগাযোগ করবেন\tযোগাযোগের ঠিকানা\tনিষ্পত্তির সময়সীমা',
        '১\tদায়িত্বপ্রাপ্ত কর্মকর্তা সমাধান দিতে ব্যর্থ হলে\tঅভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)\tনাম: মোঃ নাজমুল হক, পদবি: নির্বাহী প্রকৌশলী, ফোন: ০৭৩১-৬৬৪৫২\t৩০ কার্যদিবস',
        '২\tঅনিক সমাধান দিতে ব্যর্থ হলে\tআপিল কর্মকর্তা\tপদবি: তত্ত্বাবধায়ক প্রকৌশলী, মোবাইল: ০১৭৩০-০৮৮৫৪২\t২০ কার্যদিবস',
      ].join('\n'),
    );
    assert.equal(c.services.length, 0);
    assert.deepEqual(
      c.grievanceSteps.map((s) => [s.order, s.workingDays, s.contact?.designation, s.contact?.name]),
      [
        [1, 30, n('নির্বাহী প্রকৌশলী'), n('মোঃ নাজমুল হক')],
        [2, 20, n('তত্ত্বাবধায়ক প্রকৌশলী'), null],
      ],
    );
  });

  test('the grievance chain as prose: a title per step, labelled contact lines, the deadlines in one sentence', () => {
    const c = importText(
      [
        'অভিযোগ প্রতিকার ব্যবস্থা',
        '',
        'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)',
        'নাম: জনাব ফারহানা ইসলাম',
        'পদবি: উপজেলা নির্বাহী অফিসার, আদমদীঘি, বগুড়া',
        'মোবাইল: ০১৭৩৩-৩৭৪০১২',
        '',
        'আপিল কর্মকর্তা',
        'পদবি: জেলা প্রশাসক, বগুড়া',
        '',
        'অনিক অভিযোগ প্রাপ্তির ৩০ কার্যদিবসের মধ্যে এবং আপিল কর্মকর্তা আপিল প্রাপ্তির ২০ কার্যদিবসের মধ্যে নিষ্পত্তি করবেন।',
      ].join('\n'),
    );
    assert.deepEqual(
      c.grievanceSteps.map((s) => [s.order, s.workingDays, s.contact?.designation]),
      [
        [1, 30, n('উপজেলা নির্বাহী অফিসার')],
        [2, 20, n('জেলা প্রশাসক')],
      ],
    );
  });

  test('services as a numbered list: name before the colon, time and fee from the words, a bracketed contact', () => {
    const c = importText(
      [
        '৫ নং মাদলা ইউনিয়ন পরিষদ',
        'ইউনিয়ন পরিষদের সেবাসমূহ',
        '১. জন্ম নিবন্ধন সনদ প্রদান: ৭ কার্যদিবসের মধ্যে, ফি ৫০ টাকা (যোগাযোগ: ইউপি সচিব)',
        '২. নাগরিকত্ব সনদ প্রদান: তাৎক্ষণিক, বিনামূল্যে',
      ].join('\n'),
    );
    assert.deepEqual(services(c), [
      ['citizen', 1, n('জন্ম নিবন্ধন সনদ প্রদান'), 'amount', 7, n('ইউপি সচিব')],
      ['citizen', 2, n('নাগরিকত্ব সনদ প্রদান'), 'free', null, null],
    ]);
    assert.equal(c.services[1]?.timeLimit.immediate, true);
    assert.ok(codes(c).includes('services.from-list'));
  });

  test('services as an English list: "name – time, fee. Contact: …" bullets and "Service name: …; Time: …" items', () => {
    const c = importText(
      [
        'Office of the Upazila Engineer, LGED',
        'Our Services',
        '• Approval of building plans – within 15 working days, free of cost. Contact: Upazila Engineer, phone 01711-562340',
        '2. Service name: Release of security money; Time: 30 working days; Fee: Tk. 200; Contact: Upazila Accountant',
      ].join('\n'),
    );
    assert.deepEqual(services(c), [
      ['citizen', 1, 'Approval of building plans', 'free', 15, 'Upazila Engineer'],
      ['citizen', 2, 'Release of security money', 'amount', 30, 'Upazila Accountant'],
    ]);
    assert.deepEqual(c.services[0]?.responsible?.phones, ['+8801711562340']);
  });

  test('the grievance chain in an English paragraph: a sentence a step, its officer named after its role', () => {
    const c = importText(
      [
        'Office of the Deputy Commissioner',
        'Grievance Redress System (GRS)',
        'If you are not satisfied, contact the Grievance Redress Officer (GRO), the Additional Deputy Commissioner (General), who will settle it within 30 working days. If the GRO fails, appeal to the Appeal Officer, the Deputy Commissioner, within 20 working days.',
      ].join('\n'),
    );
    assert.deepEqual(
      c.grievanceSteps.map((s) => [s.order, s.workingDays, s.contact?.designation ?? null]),
      [
        [1, 30, 'Additional Deputy Commissioner (General)'],
        [2, 20, 'Deputy Commissioner'],
      ],
    );
  });

  test('services as prose: a title line, then a paragraph that says the time, the fee and who does it', () => {
    const c = importText(
      [
        'উপজেলা ভূমি অফিস, কাউনিয়া, রংপুর',
        'কী সেবা কীভাবে পাবেন',
        '',
        'নামজারি ও জমাখারিজ',
        'আবেদন অনলাইনে জমা দেওয়া যায়। আবেদনের ২৮ কার্যদিবসের মধ্যে সহকারী কমিশনার (ভূমি) আবেদন নিষ্পত্তি করেন। মোট ফি ১১৭০ টাকা।',
        '',
        'খাস জমি বন্দোবস্ত',
        'ভূমিহীন পরিবার নির্ধারিত ফরমে আবেদন করবেন। যাচাই শেষে ৯০ দিনের মধ্যে প্রস্তাব পাঠানো হয়। কোনো ফি লাগে না।',
      ].join('\n'),
    );
    assert.deepEqual(services(c), [
      ['citizen', 1, n('নামজারি ও জমাখারিজ'), 'amount', 28, n('সহকারী কমিশনার (ভূমি)')],
      ['citizen', 2, n('খাস জমি বন্দোবস্ত'), 'free', null, null],
    ]);
    assert.equal(c.services[0]?.fee.amountTaka, 1170);
  });

  test('columns laid out with spaces: each part under the title it starts below, an empty cell leaves no shift', () => {
    const c = importText(
      [
        'সিটিজেন চার্টার',
        'ক্রমিক নং    সেবার নাম                 সেবা প্রদানের সময়       সেবার মূল্য',
        '০১           উপবৃত্তি বিতরণ             ১০ কার্যদিবস            বিনামূল্যে',
        '০২           শিক্ষক বদলির সুপারিশ                               বিনামূল্যে',
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => [s.name, s.timeLimit.workingDays, s.fee.kind]),
      [
        [n('উপবৃত্তি বিতরণ'), 10, 'free'],
        [n('শিক্ষক বদলির সুপারিশ'), null, 'free'],
      ],
    );
  });

  test('crawled cells ending with " |", a wrapped title joined up to its bar, a row-spanned officer taken from above', () => {
    const c = importText(
      [
        'সিটিজেন চার্টার',
        'ক্রঃ |',
        'সেবার নাম |',
        'সেবা প্রদানের',
        'সময়সীমা |',
        'দায়িত্বপ্রাপ্ত কর্মকর্তা |',
        '১। |',
        'বয়স্ক ভাতা প্রদান |',
        '১৫ কার্যদিবস |',
        'উপজেলা সমাজসেবা অফিসার |',
        '২। |',
        'প্রতিবন্ধী ভাতা প্রদান |',
        '৩০ কার্যদিবস |',
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => [s.name, s.timeLimit.workingDays, s.responsible?.designation]),
      [
        [n('বয়স্ক ভাতা প্রদান'), 15, n('উপজেলা সমাজসেবা অফিসার')],
        [n('প্রতিবন্ধী ভাতা প্রদান'), 30, n('উপজেলা সমাজসেবা অফিসার')],
      ],
    );
    assert.ok(codes(c).includes('cell.spanned'));
  });

  test('a table of two columns, a serial and the services, copied one cell a line with its serial title over two lines', () => {
    const c = importText(
      ['উপজেলা যুব উন্নয়ন কার্যালয়, শ্রীমঙ্গল', 'সিটিজেন চার্টার সমূহ', 'ক্রমিক:', 'নং', 'সিটিজেন চার্টার সমূহ', '১', 'যুব ঋণ প্রদান', '২', 'যুব সংগঠনের নিবন্ধন'].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => [s.serial, s.name]),
      [
        [1, n('যুব ঋণ প্রদান')],
        [2, n('যুব সংগঠনের নিবন্ধন')],
      ],
    );
  });

  test('rows numbered 1, 2, 3 under titles that name nothing, or under none, are services when the page speaks of them', () => {
    const rows = ['১\tবেকার যুবদের প্রশিক্ষণে ভর্তি', '২\tযুব ঋণ প্রদান', '৩\tযুব সংগঠনের নিবন্ধন'];
    for (const header of [['ক্রমিক নং\tবিষয়'], []]) {
      const c = importText(['উপজেলা যুব উন্নয়ন কার্যালয়', 'সিটিজেন চার্টার', '', ...header, ...rows].join('\n'));
      assert.deepEqual(
        c.services.map((s) => s.name),
        ['বেকার যুবদের প্রশিক্ষণে ভর্তি', 'যুব ঋণ প্রদান', 'যুব সংগঠনের নিবন্ধন'].map(n),
        header.join(),
      );
    }
    // A table of something else, on a page that never speaks of services, is still refused.
    assert.throws(() => importText(['বার্ষিক সভার কার্যবিবরণী', '', ...rows].join('\n')), ImportError);
  });

  test('a fee written only under remarks is read from there, and said so', () => {
    const c = importText(
      [
        'উপজেলা প্রাণিসম্পদ দপ্তর, সিংড়া, নাটোর',
        'ক্রঃ নং\tসেবাসমূহ\tসেবা প্রদানকারী\tসময়সীমা\tমন্তব্য',
        '০১।\tগাভীর কৃত্রিম প্রজনন\tএআই টেকনিশিয়ান\tতাৎক্ষণিক\tসরকারী নির্ধারিত ৩০/= ফি',
      ].join('\n'),
    );
    assert.deepEqual([c.services[0]?.fee.kind, c.services[0]?.fee.amountTaka], ['amount', 30]);
    assert.ok(codes(c).includes('cell.from-other-column'));
  });
});

describe('a refusal says what was looked for and what was found', () => {
  test('a letter: no sections, no table, no list', () => {
    assert.throws(
      () => importText('এটি একটি সাধারণ চিঠি।\nকোনো সারণি নেই।'),
      (e: unknown) =>
        e instanceof ImportError &&
        e.code === 'import.not-charter' &&
        /Looked for section headings .* a services table .* a numbered list of services/.test(e.en) &&
        /Found instead: 2 lines of text; no table rows; no numbered lines; it begins "এটি একটি সাধারণ চিঠি।"/.test(e.en) &&
        /খোঁজা হয়েছে/.test(e.bn) &&
        /পাওয়া গেছে: ২টি লাইন/.test(e.bn),
    );
  });

  test('a table of something else: its first row is quoted', () => {
    assert.throws(
      () => importText('ক্রমিক\tনাম\tগ্রাম\n১\tরহিম\tকরিমপুর'),
      (e: unknown) => e instanceof ImportError && /2 table rows whose titles name no service column \(first: "ক্রমিক \| নাম \| গ্রাম"\)/.test(e.en),
    );
  });
});

describe('text the charter does not keep is checked too', () => {
  test('a misspelt column title and a damaged cell under no known column are reported where they are, without a fix', () => {
    const c = importText(
      [
        'উপজেলা শিক্ষা অফিস, ধুনট, বগুড়া',
        'ক্রমিক নং\tসেবার নাম\tসময়সীমা\tদায়িত্বপ্রাপ্ত কর্মকর্তা\tউর্দ্ধতন কর্মকর্তা\tবিবিধ',
        '১\tউপবৃত্তি বিতরণ\t১০ কার্যদিবস\tউপজেলা শিক্ষা অফিসার\tজেলা শিক্ষা অফিসার\tশিÿা প্রতিষ্ঠানের মাধ্যমে',
      ].join('\n'),
    );
    const title = c.findings.find((f) => f.code === 'spelling.misspelled');
    assert.deepEqual(title?.location, { section: '2.1', row: null, column: 5, line: 2 });
    assert.equal(title?.fix, undefined);
    const cell = c.findings.find((f) => f.code === 'bijoy.leftover');
    assert.deepEqual(cell?.location, { section: '2.1', row: null, column: 6, line: 3 });
    assert.ok(codes(c).includes('cell.unplaced'));
  });
});

describe('what a list, a table laid out with spaces and a heading must not swallow', () => {
  test('a contact line "ড. …" under a numbered list is no lettered item: the services stay', () => {
    const c = importText(
      [
        '৫ নং মাদলা ইউনিয়ন পরিষদ',
        'ইউনিয়ন পরিষদের সেবাসমূহ',
        '১. জন্ম নিবন্ধন: ৭ কার্যদিবস',
        '২. মৃত্যু নিবন্ধন: ৭ কার্যদিবস',
        '৩. ওয়ারিশ সনদ: ৩ কার্যদিবস',
        'ড. মোহাম্মদ আলী, উপজেলা নির্বাহী অফিসার',
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => s.name),
      [n('জন্ম নিবন্ধন'), n('মৃত্যু নিবন্ধন'), n('ওয়ারিশ সনদ')],
    );
  });

  test('a date inside a list item does not make the list the sign-off; the short date line at the end does', () => {
    const c = importText(
      [
        'ইউনিয়ন পরিষদ',
        'ইউনিয়ন পরিষদের সেবাসমূহ',
        '১. জন্ম নিবন্ধন (০১/০৭/২০২৪ থেকে কার্যকর): ৭ কার্যদিবস',
        '২. মৃত্যু নিবন্ধন: ৭ কার্যদিবস',
        '',
        '১২/০৮/২০২৫',
        'মোঃ করিম',
      ].join('\n'),
    );
    assert.equal(c.services.length, 2);
    assert.equal(c.signOff?.date, '2025-08-12');
  });

  test('a table laid out with spaces ends at a line at the margin that is no row: a sentence after it stays a sentence', () => {
    const c = importText(
      [
        'সিটিজেন চার্টার',
        'ক্রমিক নং    সেবার নাম              সেবা প্রদানের সময়       সেবার মূল্য',
        '০১           উপবৃত্তি বিতরণ          ১০ কার্যদিবস            বিনামূল্যে',
        'সেবা না পেলে উপজেলা নির্বাহী অফিসারকে জানান।  তিনি ৩০ কার্যদিবসে নিষ্পত্তি করবেন।',
      ].join('\n'),
    );
    assert.equal(c.services.length, 1);
    assert.ok(!c.findings.some((f) => f.code === 'table.no-header' || f.code === 'row.unplaced'));
  });

  test('a heading that names its group keeps it, though it also says department ("বিভাগ") or ward-like words', () => {
    const c = importText(
      [
        'জেলা প্রশাসকের কার্যালয়, বগুড়া',
        'প্রাতিষ্ঠানিক সেবা: সরকারি বিভাগ ও দপ্তরের জন্য',
        'ক্রমিক নং\tসেবার নাম\tসময়সীমা\tসেবার মূল্য',
        '১\tবাজেট প্রস্তাব সমন্বয়\t৭ কার্যদিবস\tবিনামূল্যে',
      ].join('\n'),
    );
    assert.deepEqual(
      c.services.map((s) => s.category),
      ['institutional'],
    );
  });
});
