// The two seed charters give exactly their real errors, found by reading the documents, and nothing on their clean rows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { importText } from '../../importer/text.ts';
import type { Finding } from '../model.ts';
import { applyFix } from './fix.ts';
import { lintCharter } from './index.ts';
import { said, where } from '../../../test/helpers/findings.ts';

const seed = (file: string) => importText(readFileSync(new URL(`../../../../shared/seeds/${file}`, import.meta.url), 'utf8'));
const line = (f: Finding) => `${f.severity} ${f.code} @ ${where(f)}${f.fix ? ` -> ${JSON.stringify(f.fix.value)}` : ''}`;
const rowsOf = (section: string, serials: readonly number[], column: number) => serials.map((r) => `${section} row ${r} column ${column}`);

/** Every finding but the misspellings, which \`misspellings\` counts word by word. */
const withoutSpelling = (findings: readonly Finding[]) =>
  findings
    .filter((f) => f.code !== 'spelling.misspelled')
    .map(line)
    .sort();

/** The misspellings found, "wrong → right" with how often, and the places; every one comes with its fix. */
function misspellings(findings: readonly Finding[]) {
  const found = findings.filter((f) => f.code === 'spelling.misspelled');
  const words = new Map<string, number>();
  for (const f of found) {
    assert.ok(f.fix, where(f));
    for (const pair of (said(f).split(' / ')[0] ?? '').matchAll(/(\S+) → ([^\s,]+)/gu))
      words.set(`${pair[1]} → ${pair[2]}`, (words.get(`${pair[1]} → ${pair[2]}`) ?? 0) + 1);
  }
  return { words: Object.fromEntries([...words].sort()), places: found.map((f) => where(f)).sort() };
}

describe('Debiganj upazila charter', () => {
  const charter = seed('charter-upazila-debiganj.txt');
  const findings = lintCharter(charter);

  test('exactly the errors of the document', () => {
    const DISTRICT = '"জেলা আইসিটি অফিসার"';
    const UPAZILA = '"উপজেলা আইসিটি অফিসার"';
    // The responsible cell is empty in 15 of 21 rows.
    const empty = [...rowsOf('2.1', [2, 3, 4, 6], 7), ...rowsOf('2.2', [1, 4, 5, 7, 8, 9, 10, 11], 7), ...rowsOf('2.3', [2, 3, 4], 7)];
    // Column 8 names the district's প্রোগ্রামার in every row but 2.1 row 4, which holds the upazila officer's block.
    const programmer = [
      ...rowsOf('2.1', [1, 2, 3, 5, 6], 8),
      ...rowsOf('2.2', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 8),
      ...rowsOf('2.3', [1, 2, 3, 4], 8),
      'grievance step 1 column 4',
    ];
    const assistant = ['2.1 row 1 column 7', '2.1 row 4 column 8', '2.2 row 2 column 7', '2.2 row 6 column 7', '2.3 row 1 column 7'];
    const expected = [
      ...empty.map((w) => `error officer.missing @ ${w}`),
      ...programmer.map((w) => `warning designation.renamed @ ${w} -> ${DISTRICT}`),
      ...assistant.map((w) => `warning designation.renamed @ ${w} -> ${UPAZILA}`),
      // মোঃ ইলিয়াজ হোসেন's block in 2.1 row 4 carries মোঃ শাকিল হোসেন's e-mail.
      'warning officer.shared-contact @ 2.1 row 4 column 8',
      // Two responsible cells hold only the office's e-mail, no post.
      'warning officer.no-designation @ 2.1 row 5 column 7',
      'warning officer.no-designation @ 2.2 row 3 column 7',
      // Upazila code ৭৭০৪ once, ৭৭৩৪ four times: one digit apart.
      'warning officer.code-mismatch @ 2.2 row 2 column 7 -> "7734"',
      // The appeal officer is given the grievance officer's 30 days, and the grievance officer's step is missing.
      'error grievance.step-missing @ grievance',
      'error grievance.deadline-role @ grievance step 1 column 5',
    ];
    assert.deepEqual(withoutSpelling(findings), expected.sort());
  });

  test('the messages name the values in both languages', () => {
    const code = findings.find((f) => f.code === 'officer.code-mismatch');
    assert.match(said(code), /মোঃ ইলিয়াজ হোসেন's upazila code is 7704 here and 7734 in 4 other places \/ .*৭৭০৪.*৭৭৩৪/u);
    const shared = findings.find((f) => f.code === 'officer.shared-contact');
    assert.match(said(shared), /shakil7709@gmail\.com.*মোঃ শাকিল হোসেন/u);
  });

  test('every fix applies, and the findings it answers are gone', () => {
    const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : []));
    const fixed = fixes.reduce(applyFix, charter);
    const left = lintCharter(fixed).map((f) => f.code);
    assert.ok(!left.includes('designation.renamed') && !left.includes('officer.code-mismatch'));
  });
});

describe('misspellings in the seeds', () => {
  test('Debiganj: উর্ধ্বতন four times (in the method column), তাৎক্ষনিক once', () => {
    const m = misspellings(lintCharter(seed('charter-upazila-debiganj.txt')));
    assert.deepEqual(m.words, { 'উর্ধ্বতন → ঊর্ধ্বতন': 4, 'তাৎক্ষনিক → তাৎক্ষণিক': 1 });
    assert.deepEqual(m.places, ['2.1 row 5 column 3', '2.2 row 3 column 3', '2.3 row 1 column 3', '2.3 row 1 column 6', '2.3 row 3 column 3']);
  });

  test('Khulna: প্রয়োজ্য ten times, তাৎক্ষনিক eleven, উর্ধ্বতন four, সংরক্ষন once', () => {
    const m = misspellings(lintCharter(seed('charter-district-khulna.txt')));
    assert.deepEqual(m.words, { 'উর্ধ্বতন → ঊর্ধ্বতন': 4, 'তাৎক্ষনিক → তাৎক্ষণিক': 11, 'প্রয়োজ্য → প্রযোজ্য': 10, 'সংরক্ষন → সংরক্ষণ': 1 });
    assert.equal(m.places.length, 24);
  });
});

describe('Khulna district charter', () => {
  const findings = lintCharter(seed('charter-district-khulna.txt'));

  test('exactly the errors of the document', () => {
    // "তাৎক্ষণিক/ কার্যদিবস": the number of working days is missing in 19 of 26 rows.
    const noNumber = [...rowsOf('2.1', [1, 2, 3, 4, 5, 6], 6), ...rowsOf('2.2', [2, 4, 5, 6, 7, 9, 10, 11, 12, 13], 6), ...rowsOf('2.3', [1, 3, 6], 6)];
    const expected = [
      ...noNumber.map((w) => `error time-limit.no-number @ ${w}`),
      // The rows call the signatory জেলা আইসিটি অফিসার; the sign-off still says প্রোগ্রামার.
      'warning designation.renamed @ sign-off -> "জেলা আইসিটি অফিসার"',
    ];
    assert.deepEqual(withoutSpelling(findings), expected.sort());
  });

  test('the BTCL land line 02-478845392 and the 30/20/60 grievance steps are clean', () => {
    assert.ok(!findings.some((f) => f.code.startsWith('phone.') || f.code.startsWith('grievance.')));
  });
});
