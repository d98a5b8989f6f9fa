import assert from 'node:assert/strict';
import { test } from 'node:test';
import { place } from './format.ts';

test('place: where a finding is, in the page language', () => {
  assert.equal(place('2.1 row 3 column 6', 'bn'), '২.১ সারি ৩ কলাম ৬');
  assert.equal(place('grievance step 2 column 5', 'bn'), 'অভিযোগ প্রতিকারের ধাপ ২ কলাম ৫');
  assert.equal(place('header', 'bn'), 'শিরোনাম');
  assert.equal(place('2.2 line 14; sign-off', 'bn'), '২.২ লাইন ১৪; স্বাক্ষর অংশ');
  assert.equal(place('file', 'bn'), 'ফাইল');
  assert.equal(place('2.1 row 3 column 6', 'en'), '2.1 row 3 column 6');
});
