// Cells wrapped over several lines in a table copied one cell a line: each line joins the cell it continues.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { afterNameEnd, groupWrapped, splitNameAndPapers } from './wrapped.ts';

const joined = (groups: string[][]) => groups.map((g) => g.join(' '));

test('a name over three lines, the method with its address in brackets, documents as a numbered list', () => {
  const lines = [
    'নামজারি ও জমাভাগ/জমা',
    'একত্রীকরণ মামলা',
    'নিষ্পত্তি',
    'অনলাইনে আবেদন',
    '(mutation.land.gov.bd)',
    '১। আবেদনকারীর ছবি',
    '২। দলিলের ফটোকপি',
    '৩। হালনাগাদ ভূমি উন্নয়ন',
    'কর পরিশোধের দাখিলা',
  ];
  assert.deepEqual(joined(groupWrapped(lines, ['name', 'channels', 'documents'])), [
    'নামজারি ও জমাভাগ/জমা একত্রীকরণ মামলা নিষ্পত্তি',
    'অনলাইনে আবেদন (mutation.land.gov.bd)',
    '১। আবেদনকারীর ছবি ২। দলিলের ফটোকপি ৩। হালনাগাদ ভূমি উন্নয়ন কর পরিশোধের দাখিলা',
  ]);
});

test('an open bracket, a comma at the end and a genitive carry the cell on', () => {
  const lines = ['রেকর্ড সংশোধন (মিস', 'কেস) মামলা নিষ্পত্তি', 'শুনানির মাধ্যমে', 'আবেদন, খতিয়ান ও দলিলের', 'সার্টিফাইড কপি'];
  assert.deepEqual(joined(groupWrapped(lines, ['name', 'channels', 'documents'])), [
    'রেকর্ড সংশোধন (মিস কেস) মামলা নিষ্পত্তি',
    'শুনানির মাধ্যমে',
    'আবেদন, খতিয়ান ও দলিলের সার্টিফাইড কপি',
  ]);
});

test("an officer's lines go to the officer's column, the wrapped name stays the name's", () => {
  const lines = ['বিভিন্ন সামাজিক সংগঠনের', 'অনুদানের চেক বিতরণ', 'প্রকল্প বাস্তবায়ন', 'কর্মকর্তা', 'মোবাইল: ০১৭১৯-২৬৪৫৮০'];
  assert.deepEqual(joined(groupWrapped(lines, ['name', 'responsible'])), [
    'বিভিন্ন সামাজিক সংগঠনের অনুদানের চেক বিতরণ',
    'প্রকল্প বাস্তবায়ন কর্মকর্তা মোবাইল: ০১৭১৯-২৬৪৫৮০',
  ]);
});

test("a line whose first word would have fitted above it, in its column's width, starts a cell", () => {
  const lines = ['অর্পিত সম্পত্তির', '(ভিপি) লিজ নবায়ন', 'সরাসরি', 'লিজের পূর্ববর্তী বছরের', 'দাখিলা'];
  assert.deepEqual(joined(groupWrapped(lines, ['name', 'channels', 'documents'], [22, 18, 24])), [
    'অর্পিত সম্পত্তির (ভিপি) লিজ নবায়ন',
    'সরাসরি',
    'লিজের পূর্ববর্তী বছরের দাখিলা',
  ]);
});

test('no more lines than columns: one a column, in order', () => {
  assert.deepEqual(groupWrapped(['ক', 'খ'], ['name', 'channels', 'documents']), [['ক'], ['খ'], []]);
});

test("a service name's end: the papers run into its line are split off; a line after it is the next cell's", () => {
  assert.deepEqual(splitNameAndPapers('পরিশোধের আবেদন নিষ্পত্তি আবেদনপত্র, বকেয়ার হিসাব'), ['পরিশোধের আবেদন নিষ্পত্তি', 'আবেদনপত্র, বকেয়ার হিসাব']);
  assert.equal(splitNameAndPapers('সনদ প্রদান ও নবায়ন'), null);
  assert.equal(splitNameAndPapers('জন্ম নিবন্ধন সনদ প্রদান'), null);
  assert.equal(afterNameEnd(['অনুদানের চেক বিতরণ', 'বরাদ্দ প্রাপ্তির পর']), 1);
  assert.equal(afterNameEnd(['সনদ প্রদান', '(অনলাইনে)']), null);
});
