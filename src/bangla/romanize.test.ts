import { test } from 'node:test';
import assert from 'node:assert/strict';
import { romanizeBangla, romanSkeleton, romanSkeletons } from './romanize.ts';
import { foldBangla, foldWords } from './fold.ts';

test('Bangla typed in English letters has the skeleton of the Bangla word', () => {
  const pairs: [string, string][] = [
    ['nibondhon', 'নিবন্ধন'],
    ['nibandhan', 'নিবন্ধন'],
    ['nagorik', 'নাগরিক'],
    ['proshikkhon', 'প্রশিক্ষণ'],
    ['proshikshan', 'প্রশিক্ষণ'],
    ['Debigonj', 'দেবীগঞ্জ'],
    ['Debiganj', 'দেবীগঞ্জ'],
    ['panchagarh', 'পঞ্চগড়'],
    ['khulna', 'খুলনা'],
    ['kushtia', 'কুষ্টিয়া'],
    ['prottoyon', 'প্রত্যয়ন'],
    ['jonmo', 'জন্ম'],
    ['sohayota', 'সহায়তা'],
    ['digital', 'ডিজিটাল'],
    ['web', 'ওয়েব'],
    ['shuddhachar', 'শুদ্ধাচার'],
    ['biswas', 'বিশ্বাস'],
  ];
  for (const [latin, bangla] of pairs) assert.equal(romanSkeleton(latin), romanSkeleton(bangla), `${latin} / ${bangla}`);
});

test('misspelled Bangla keeps its skeleton', () => {
  assert.equal(romanSkeleton('প্রসিক্ষন'), romanSkeleton('প্রশিক্ষণ'));
  assert.equal(romanSkeleton('দেবিগন্জ'), romanSkeleton('দেবীগঞ্জ'));
  assert.equal(romanSkeleton('নিবন্দন'), romanSkeleton('নিবন্ধন'));
});

test('different words keep different skeletons', () => {
  assert.notEqual(romanSkeleton('নিবন্ধন'), romanSkeleton('নাগরিক'));
  assert.notEqual(romanSkeleton('খুলনা'), romanSkeleton('কুষ্টিয়া'));
});

test('romanisation reads ড় ঢ় য় typed either way, and digits', () => {
  assert.equal(romanizeBangla('পঞ্চগড়'), romanizeBangla('পঞ্চগ\u09DC'));
  assert.equal(romanizeBangla('১৯'), '19');
  assert.deepEqual(romanSkeletons('কোভিড-১৯, তথ্য!'), ['kbid', '19', 't']);
  assert.equal(romanSkeleton('—'), '');
});

test('foldWords folds as foldBangla and keeps the words apart', () => {
  assert.equal(foldWords('সরকারী  দপ্তর'), 'সরকারি দপ্তর');
  assert.equal(foldBangla('সরকারী  দপ্তর'), 'সরকারিদপ্তর');
  assert.equal(foldWords('প্রশিক্ষণ'), foldWords('প্রসিক্ষন'));
});
