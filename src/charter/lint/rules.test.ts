// Every rule on its own small charter (test/corpus/lint: one defect each), and on cases text cannot produce.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importText } from '../../importer/text.ts';
import type { Charter, Finding, Person } from '../model.ts';
import { applyFix } from './fix.ts';
import { lintCharter } from './index.ts';
import { said, where } from '../../../test/helpers/findings.ts';
import { fixLabelOf } from './render.ts';

const CORPUS = new URL('../../../test/corpus/lint/', import.meta.url);
const load = (name: string) => importText(readFileSync(new URL(`${name}.txt`, CORPUS), 'utf8'));

interface Expected {
  code: string;
  where: string;
  location: { section: string | null; row: number | null; column: number | null; line: number | null };
  fix?: { path: (string | number)[]; value: string | string[] };
}

const at = (section: string, row: number | null = null, column: number | null = null) => ({ section, row, column, line: null });

/** file -> the one finding it must give (the whole import, importer and lint together). */
const CASES: Record<string, Expected> = {
  'phone-invalid': { code: 'phone.invalid', where: '2.1 row 2 column 7', location: at('2.1', 2, 7) },
  'officer-phone-mismatch': {
    code: 'officer.contact-mismatch',
    where: '2.2 row 1 column 7',
    location: at('2.2', 1, 7),
    fix: { path: ['services', 2, 'responsible', 'phones', 0], value: '+8801711223344' },
  },
  'officer-email-mismatch': {
    code: 'officer.contact-mismatch',
    where: '2.3 row 1 column 7',
    location: at('2.3', 1, 7),
    fix: { path: ['services', 3, 'responsible', 'emails', 0], value: 'rafiq.ict@example.gov.bd' },
  },
  'officer-code-mismatch': {
    code: 'officer.code-mismatch',
    where: '2.1 row 2 column 7',
    location: at('2.1', 2, 7),
    fix: { path: ['services', 1, 'responsible', 'upazilaCode'], value: '5015' },
  },
  'officer-shared-contact': { code: 'officer.shared-contact', where: '2.1 row 1 column 7', location: at('2.1', 1, 7) },
  'email-space': { code: 'email.space', where: '2.2 row 1 column 7', location: at('2.2', 1, 7) },
  'email-no-at': { code: 'email.invalid', where: '2.1 row 1 column 7', location: at('2.1', 1, 7) },
  'email-at-word': {
    code: 'email.invalid',
    where: '2.1 row 1 column 7',
    location: at('2.1', 1, 7),
    fix: { path: ['services', 0, 'responsible', 'emails'], value: ['rafiq.ict@example.gov.bd'] },
  },
  'email-domain-only': { code: 'email.invalid', where: '2.2 row 1 column 7', location: at('2.2', 1, 7) },
  'officer-no-designation': { code: 'officer.no-designation', where: '2.1 row 2 column 7', location: at('2.1', 2, 7) },
  'officer-missing': { code: 'officer.missing', where: '2.1 row 2 column 7', location: at('2.1', 2, 7) },
  'wrong-column-documents': { code: 'cell.wrong-column', where: '2.1 row 1 column 4', location: at('2.1', 1, 4) },
  'wrong-column-fee': { code: 'cell.wrong-column', where: '2.2 row 1 column 5', location: at('2.2', 1, 5) },
  'wrong-column-time': { code: 'cell.wrong-column', where: '2.1 row 1 column 6', location: at('2.1', 1, 6) },
  'wrong-column-name': { code: 'cell.wrong-column', where: '2.1 row 2 column 2', location: at('2.1', 2, 2) },
  'time-no-number': { code: 'time-limit.no-number', where: '2.1 row 1 column 6', location: at('2.1', 1, 6) },
  'time-not-duration': { code: 'time-limit.not-duration', where: '2.2 row 1 column 6', location: at('2.2', 1, 6) },
  'time-calendar-days': { code: 'time-limit.calendar-days', where: '2.3 row 1 column 6', location: at('2.3', 1, 6) },
  'time-empty': { code: 'time-limit.empty', where: '2.1 row 2 column 6', location: at('2.1', 2, 6) },
  'fee-unclear': { code: 'fee.unclear', where: '2.2 row 1 column 5', location: at('2.2', 1, 5) },
  'fee-empty': { code: 'fee.empty', where: '2.3 row 1 column 5', location: at('2.3', 1, 5) },
  'grievance-deadline': { code: 'grievance.deadline', where: 'grievance step 2 column 5', location: at('5', 2, 5) },
  'grievance-deadline-role': { code: 'grievance.deadline-role', where: 'grievance step 1 column 5', location: at('5', 1, 5) },
  'grievance-step-missing': { code: 'grievance.step-missing', where: 'grievance', location: at('5') },
  'grievance-missing': { code: 'grievance.missing', where: 'grievance', location: at('5') },
  misspelled: {
    code: 'spelling.misspelled',
    where: '2.1 row 2 column 4',
    location: at('2.1', 2, 4),
    fix: { path: ['services', 1, 'documents'], value: 'প্রযোজ্য ক্ষেত্রে আবেদনপত্র'.normalize('NFC') },
  },
  placeholder: { code: 'placeholder.unfilled', where: '2.1 row 1 column 4', location: at('2.1', 1, 4) },
  'bijoy-leftover': {
    code: 'bijoy.leftover',
    where: '2.3 row 1 column 2',
    location: at('2.3', 1, 2),
    fix: { path: ['services', 3, 'name'], value: 'কর্মচারীদের দক্ষতা উন্নয়নে আইসিটি প্রশিক্ষণ'.normalize('NFC') },
  },
  'broken-conjunct': {
    code: 'bijoy.broken-conjunct',
    where: '2.2 row 1 column 4',
    location: at('2.2', 1, 4),
    fix: { path: ['services', 2, 'documents'], value: 'প্রস্তাব ও প্রাপ্ত পত্র অনুযায়ী'.normalize('NFC') },
  },
  'broken-conjunct-nt': {
    code: 'bijoy.broken-conjunct',
    where: '2.3 row 1 column 4',
    location: at('2.3', 1, 4),
    fix: { path: ['services', 3, 'documents'], value: 'মন্ত্রণালয়ের অফিস আদেশ'.normalize('NFC') },
  },
  'bijoy-list-marker': {
    code: 'bijoy.leftover',
    where: 'expectations row 1 column 2',
    location: at('4', 1, 2),
    fix: { path: ['expectations', 0], value: 'স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান'.normalize('NFC') },
  },
  'designation-renamed': {
    code: 'designation.renamed',
    where: 'sign-off',
    location: at('sign-off'),
    fix: { path: ['signOff', 'designation'], value: 'উপজেলা আইসিটি অফিসার' },
  },
  'duplicate-service': { code: 'service.duplicate', where: '2.1 row 2 column 2', location: at('2.1', 2, 2) },
  'missing-vision': { code: 'vision.missing', where: 'vision and mission', location: at('1') },
  'missing-mission': { code: 'mission.missing', where: 'vision and mission', location: at('1') },
  'missing-expectations': { code: 'expectations.missing', where: 'expectations', location: at('4') },
  'no-services': { code: 'services.missing', where: 'services', location: at('2') },
};

describe('the corpus: one defect, one finding', () => {
  test('the clean charter gives no finding at all', () => {
    assert.deepEqual(load('clean').findings, []);
  });

  test('every corpus file has its case here', () => {
    const files = readdirSync(CORPUS)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => f.replace(/\.txt$/, ''));
    assert.deepEqual(files.filter((f) => f !== 'clean').sort(), Object.keys(CASES).sort());
  });

  for (const [file, want] of Object.entries(CASES)) {
    test(`${file}: ${want.code} at ${want.where}${want.fix ? ', with its fix' : ''}`, () => {
      const charter = load(file);
      assert.equal(charter.findings.length, 1, charter.findings.map((f) => `${f.code} @ ${where(f)}`).join('\n'));
      const [f] = charter.findings;
      assert.equal(f?.code, want.code);
      assert.equal(where(f), want.where);
      assert.deepEqual(f?.location, want.location);
      assert.match(said(f), /[A-Za-z].* \/ .*[\u0980-\u09FF]/u, 'English / Bangla');
      assert.deepEqual(f?.fix && { path: f.fix.path, value: f.fix.value }, want.fix);
      if (f?.fix) {
        // The fix is what it claims: once applied, the finding is gone.
        const fixed = applyFix(charter, f.fix);
        assert.deepEqual(lintCharter(fixed), []);
      }
    });
  }
});

/** The clean corpus charter, changed by hand: for what the importer never produces but other readers and editors may. */
function clean(change: (c: Charter) => void): Charter {
  const c = structuredClone(load('clean'));
  c.findings = [];
  change(c);
  return c;
}

const responsibleOf = (c: Charter, i: number): Person => {
  const p = c.services[i]?.responsible;
  assert.ok(p);
  return p;
};
const keys = (fs: Finding[]) => fs.map((f) => `${f.code} @ ${where(f)}${f.fix ? ` -> ${JSON.stringify(f.fix.value)}` : ''}`);

describe('phones and e-mails', () => {
  test("an impossible number in phones, one digit from the officer's number elsewhere, is fixed to it", () => {
    const c = clean((x) => (responsibleOf(x, 1).phones = ['+880171122334']));
    assert.deepEqual(keys(lintCharter(c)), ['phone.invalid @ 2.1 row 2 column 7 -> "+8801711223344"']);
    assert.deepEqual(lintCharter(c)[0]?.fix?.path, ['services', 1, 'responsible', 'phones', 0]);
  });

  test('a 2021 BTCL land line (02 + nine digits) is valid; a Dhaka number with a digit missing is not', () => {
    assert.deepEqual(lintCharter(clean((x) => (responsibleOf(x, 0).phones = ['+8801711223344', '+8802478845392']))), []);
    const c = clean((x) => (responsibleOf(x, 0).other = 'ফোন: ০২১৪৭৮৮৪৫৩৯'));
    assert.deepEqual(keys(lintCharter(c)), ['phone.invalid @ 2.1 row 1 column 7']);
  });

  test('years, dates and memo numbers left in a block are not phone numbers', () => {
    const other = 'অর্থবছর ২০২৪-২০২৫; স্মারক নং ৫৬.০৪.০০০০.০০৬.৩১.০০১.২৩; তারিখ ০৩/০৬/২০২৫; কক্ষ ২০৫';
    assert.deepEqual(lintCharter(clean((x) => (responsibleOf(x, 0).other = other))), []);
  });

  test('an e-mail with a space in it is fixed by removing the space; one without @ is an error', () => {
    const spaced = clean((x) => (responsibleOf(x, 0).emails = ['rafiq.ict @example.gov.bd']));
    assert.deepEqual(keys(lintCharter(spaced)), ['email.space @ 2.1 row 1 column 7 -> "rafiq.ict@example.gov.bd"']);
    const noAt = clean((x) => (responsibleOf(x, 0).emails = ['rafiq.ict.example.gov.bd']));
    assert.deepEqual(keys(lintCharter(noAt)), ['email.invalid @ 2.1 row 1 column 7']);
    assert.equal(lintCharter(noAt)[0]?.severity, 'error');
  });

  test('an @ written as a word is fixed to @ where certain; the address is then read from it no more', () => {
    const inList = clean((x) => (responsibleOf(x, 0).emails = ['rafiq.ict(at)example.gov.bd']));
    assert.deepEqual(keys(lintCharter(inList)), ['email.invalid @ 2.1 row 1 column 7 -> "rafiq.ict@example.gov.bd"']);
    assert.deepEqual(lintCharter(inList)[0]?.fix?.path, ['services', 0, 'responsible', 'emails', 0]);
    // the importer took the domain for a web address and kept "… (at)" in other: the one bare domain is the address's
    const split = (other: string, websites: string[]) =>
      clean((x) => {
        const p = responsibleOf(x, 0);
        p.emails = [];
        p.other = other;
        p.websites = websites;
      });
    for (const other of ['ই-মেইলঃ rafiq.ict(at)', 'ই-মেইল: rafiq.ict [at]', 'ই-মেইল: rafiq.ict at']) {
      const c = split(other, ['example.gov.bd']);
      const [f] = lintCharter(c);
      assert.deepEqual(f && { code: f.code, fix: f.fix?.value }, { code: 'email.invalid', fix: ['rafiq.ict@example.gov.bd'] }, other);
      assert.equal(f?.severity, 'error');
      if (f?.fix) assert.deepEqual(lintCharter(applyFix(c, f.fix)), [], `${other}: fixed`);
    }
    // two bare domains: which one is not certain
    assert.deepEqual(keys(lintCharter(split('ই-মেইলঃ rafiq.ict(at)', ['example.gov.bd', 'nabagram.gov.bd']))), ['email.invalid @ 2.1 row 1 column 7']);
    // "(dot)" for the dots, and the whole address kept in other
    const whole = lintCharter(split('ই-মেইলঃ rafiq.ict(at)example(dot)gov(dot)bd', []));
    assert.deepEqual(whole[0]?.fix?.value, ['rafiq.ict@example.gov.bd']);
  });

  test('a domain in the e-mail place, or an address without @ next to its provider, is an error without a fix', () => {
    const domain = clean((x) => {
      const p = responsibleOf(x, 0);
      p.emails = [];
      p.other = 'ই-মেইল';
      p.websites = ['dcnabagram.gov.bd'];
    });
    assert.deepEqual(keys(lintCharter(domain)), ['email.invalid @ 2.1 row 1 column 7']);
    for (const other of ['ই-মেইলঃ ict.gmail.com', 'ই-মেইলঃ rafiqictgmail.com']) {
      const c = clean((x) => (responsibleOf(x, 0).other = other));
      assert.deepEqual(keys(lintCharter(c)), ['email.invalid @ 2.1 row 1 column 7'], other);
    }
  });

  test('"at" in an English phrase, a web address with its own e-mail beside it, are no e-mail findings', () => {
    for (const other of ['Room 5 at 2nd floor', 'available at office hours', 'www.example.gov.bd']) {
      assert.deepEqual(lintCharter(clean((x) => (responsibleOf(x, 0).other = other))), [], other);
    }
    const site = clean((x) => (responsibleOf(x, 0).websites = ['nabagram.gov.bd']));
    assert.deepEqual(lintCharter(site), []);
  });

  test('two values with no majority are reported without a fix', () => {
    const c = clean((x) => {
      x.services = x.services.slice(0, 2);
      x.grievanceSteps = x.grievanceSteps.filter((s) => s.order === 3);
      responsibleOf(x, 1).phones = ['+8801711223345'];
    });
    const mismatch = lintCharter(c).filter((f) => f.code === 'officer.contact-mismatch');
    assert.deepEqual(keys(mismatch), ['officer.contact-mismatch @ 2.1 row 2 column 7']);
  });
});

describe('designations', () => {
  test('the new title with the old one beside it, and a senior assistant programmer, are left alone', () => {
    for (const designation of ['উপজেলা আইসিটি অফিসার (সহকারী প্রোগ্রামার)', 'সিনিয়র সহকারী প্রোগ্রামার', 'সিস্টেম এনালিস্ট']) {
      assert.deepEqual(lintCharter(clean((x) => (responsibleOf(x, 0).designation = designation))), [], designation);
    }
  });

  test('an old title in an officer block is fixed to the new one', () => {
    const c = clean((x) => (responsibleOf(x, 2).designation = 'সহকারী প্রোগ্রামার (অতিরিক্ত দায়িত্ব)'));
    assert.deepEqual(keys(lintCharter(c)), ['designation.renamed @ 2.2 row 1 column 7 -> "উপজেলা আইসিটি অফিসার (অতিরিক্ত দায়িত্ব)"']);
  });

  test("only the Department of ICT's offices: another office's programmer keeps the title", () => {
    const c = clean((x) => {
      x.office = { ...x.office, organisation: 'স্থানীয় সরকার বিভাগ', portal: 'lgd.nabagram.gov.bd' };
      x.title = null;
      if (x.signOff) x.signOff.office = 'উপজেলা পরিষদ, নবগ্রাম';
      responsibleOf(x, 0).designation = 'প্রোগ্রামার';
    });
    assert.deepEqual(lintCharter(c), []);
  });
});

describe('time limits, fees, grievance, placeholders', () => {
  test('hours, working days and a rule to follow are durations; "not applicable" is not', () => {
    for (const text of ['২৪ ঘণ্টা', '১ মাস', 'নির্দেশনা অনুযায়ী', '৩ কার্যদিবস/ চাহিদা অনুযায়ী']) {
      const c = clean((x) => {
        const s = x.services[0];
        if (s) s.timeLimit = { immediate: false, workingDays: text.includes('কার্যদিবস') ? 3 : null, text };
      });
      assert.deepEqual(lintCharter(c), [], text);
    }
    const c = clean((x) => {
      const s = x.services[0];
      if (s) s.timeLimit = { immediate: false, workingDays: null, text: 'প্রযোজ্য নয়' };
    });
    assert.deepEqual(keys(lintCharter(c)), ['time-limit.not-duration @ 2.1 row 1 column 6']);
  });

  test('a grievance step whose officer is not recognised may be the missing one: nothing is claimed missing', () => {
    const c = clean((x) => {
      const step = x.grievanceSteps[1];
      if (step) step.role = 'জেলা প্রশাসক';
    });
    assert.deepEqual(lintCharter(c), []);
  });

  test('every placeholder mark, anywhere', () => {
    for (const mark of ['....', '___', '[ ]', 'XXX', '……']) {
      const c = clean((x) => (x.expectations = [...x.expectations, `যোগাযোগ: ${mark}`]));
      assert.deepEqual(keys(lintCharter(c)), ['placeholder.unfilled @ expectations row 3 column 2'], mark);
    }
    assert.deepEqual(lintCharter(clean((x) => (x.vision = 'সবার জন্য তথ্য প্রযুক্তি...'))), []);
  });
});

describe('Bijoy damage', () => {
  test('words with ত্ম, ম্ন, স্ন, ন্ত, ল্ল, ণ্ড written right give no finding, wherever they stand', () => {
    const text = 'আত্মকর্মসংস্থান ও মহাত্মা গান্ধী; নিম্নবর্ণিত স্নাতক পর্যন্ত; অন্তর্ভুক্ত সন্তান প্রান্তিক; উল্লেখ সংশ্লিষ্ট; মণ্ডল ভাণ্ডার';
    const c = clean((x) => {
      const s = x.services[0];
      if (s) s.documents = text;
      x.expectations = [...x.expectations, text];
    });
    assert.deepEqual(lintCharter(c), []);
  });

  test('each broken word is named whole, as it was and as the fix writes it', () => {
    const c = clean((x) => {
      const s = x.services[0];
      if (s) s.documents = 'আবেদনপত্র (পর্যমত্ম ৩ কপি), প্রামিত্মক সংশিস্নষ্ট কাগজ';
    });
    const [f] = lintCharter(c);
    assert.equal(f?.code, 'bijoy.broken-conjunct');
    assert.match(said(f), /পর্যমত্ম → পর্যন্ত, প্রামিত্মক → প্রান্তিক, সংশিস্নষ্ট → সংশ্লিষ্ট/u);
    assert.equal(f?.fix?.value, 'আবেদনপত্র (পর্যন্ত ৩ কপি), প্রান্তিক সংশ্লিষ্ট কাগজ'.normalize('NFC'));
    assert.match(f === undefined ? '' : (fixLabelOf(f, 'en') ?? ''), /Write পর্যন্ত for পর্যমত্ম; Write প্রান্তিক for প্রামিত্মক; Write সংশ্লিষ্ট for সংশিস্নষ্ট/u);
  });

  test("Bijoy list markers: removed at an item's start, numbering converted; a name or title only gets a suggestion", () => {
    const c = clean((x) => {
      x.expectations = ['1| স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান', '§ নির্ধারিত সময়ে উপস্থিত থাকা'];
      const s = x.services[0];
      if (s) s.name = 'দ্ব জন্ম নিবন্ধন আবেদনে কারিগরি সহায়তা';
    });
    const found = lintCharter(c);
    assert.deepEqual(
      keys(found),
      [
        'bijoy.leftover @ 2.1 row 1 column 2 -> "জন্ম নিবন্ধন আবেদনে কারিগরি সহায়তা"',
        'bijoy.leftover @ expectations row 1 column 2 -> "১। স্বয়ংসম্পূর্ণ আবেদন জমা প্রদান"',
        'bijoy.leftover @ expectations row 2 column 2 -> "নির্ধারিত সময়ে উপস্থিত থাকা"',
      ].map((k) => k.normalize('NFC')),
    );
    assert.equal(c.services[0]?.name, 'দ্ব জন্ম নিবন্ধন আবেদনে কারিগরি সহায়তা', 'the value stays as written');
  });
});

describe('lintCharter', () => {
  test('is pure: the charter is not changed and the answer is the same twice', () => {
    const c = load('officer-phone-mismatch');
    const before = structuredClone(c);
    assert.deepEqual(lintCharter(c), lintCharter(c));
    assert.deepEqual(c, before);
  });

  test('findings come in document order', () => {
    const c = clean((x) => {
      x.expectations = [];
      responsibleOf(x, 3).phones = ['+880171122334'];
      x.vision = '';
    });
    assert.deepEqual(
      lintCharter(c).map((f) => f.location?.section),
      ['1', '2.3', '4'],
    );
  });
});
