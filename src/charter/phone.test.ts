import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isOldNumbering, toE164 } from './phone.ts';

test('the country code written before a number with its 0 ("+88-0951-61204") is +880, whatever the separators', () => {
  assert.equal(toE164('+88-0951-61204'), '+88095161204');
  assert.equal(toE164('+88 0951 61204'), '+88095161204');
  assert.equal(toE164('+88-01712-448190'), '+8801712448190');
  assert.equal(isOldNumbering('+88-0951-61204'), true);
});

test('numbers written without the country code', () => {
  assert.equal(toE164('0951-61200'), '+88095161200');
  assert.equal(toE164('01730-334455'), '+8801730334455');
  assert.equal(toE164('12345'), null);
});
