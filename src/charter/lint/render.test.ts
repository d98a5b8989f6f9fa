// Findings are data; their words come from one catalogue in both languages, and their places from the location.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { issue, at, mergeRepeated } from '../finding.ts';
import { CATALOGUE } from './catalogue.ts';
import { FIX_LABELS, MESSAGES } from './messages.ts';
import { fixLabelOf, locationText, messageOf, whereOf } from './render.ts';

const names = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

test('every catalogued code has its words in both languages, with the same values named in each', () => {
  const missing = CATALOGUE.filter((e) => MESSAGES[e.code]?.default === undefined && !e.code.startsWith('import.')).map((e) => e.code);
  assert.deepEqual(missing, [], 'add a default message to src/charter/lint/messages.ts');
  for (const [code, templates] of Object.entries(MESSAGES)) {
    assert.ok(
      CATALOGUE.some((e) => e.code === code),
      `${code} has words but is not catalogued`,
    );
    for (const [variant, t] of Object.entries(templates)) {
      assert.ok(t.en.trim() !== '' && t.bn.trim() !== '', `${code}/${variant} is empty in a language`);
      assert.deepEqual(names(t.bn), names(t.en), `${code}/${variant} names different values in Bangla and English`);
    }
  }
  for (const [key, t] of Object.entries(FIX_LABELS)) assert.deepEqual(names(t.bn), names(t.en), `fix ${key}`);
});

test('a message is rendered in the reader language: numbers in its digits, document text as written', () => {
  const f = at({ section: '2.1', row: 3, column: 6 }, [issue('row.serial-sequence', { serial: 4, expected: 3 })])[0];
  assert.ok(f !== undefined);
  assert.equal(messageOf(f, 'en'), 'Serial 4 where 3 was expected');
  assert.equal(messageOf(f, 'bn'), 'ক্রমিক ৩ এর জায়গায় ৪');
  const quoted = at({ line: 7 }, [issue('line.unplaced', { text: 'ফোন ০১৭১১' })])[0];
  assert.ok(quoted !== undefined);
  assert.equal(messageOf(quoted, 'bn'), 'সারণির বাইরের লাইন: "ফোন ০১৭১১"');
  assert.equal(messageOf({ code: 'columns.missing', params: { field: { en: 'fee', bn: 'সেবার মূল্য' } } }, 'bn'), 'সারণিতে সেবার মূল্য এর কলাম নেই');
});

test('where a finding is, from its location, in either language', () => {
  assert.equal(locationText({ section: '2.1', row: 3, column: 6, line: null }, 'bn'), '২.১ সারি ৩ কলাম ৬');
  assert.equal(locationText({ section: '2.1', row: 3, column: 6, line: null }, 'en'), '2.1 row 3 column 6');
  assert.equal(locationText({ section: '5', row: 2, column: 5, line: null }, 'bn'), 'অভিযোগ প্রতিকার ধাপ ২ কলাম ৫');
  assert.equal(locationText({ section: 'header', row: null, column: null, line: null }, 'bn'), 'শিরোনাম');
  assert.equal(locationText({ section: '2.2', row: null, column: null, line: 14 }, 'en'), '2.2 line 14');
  assert.equal(locationText({ section: 'file', row: null, column: null, line: null }, 'bn'), 'ফাইল');
});

test('the same words at several places are one finding listing every place', () => {
  const block = [issue('officer.code-mismatch', { a: '7734', b: '7704' }, 'block')];
  const merged = mergeRepeated([...at({ section: '2.1', row: 1, column: 7 }, block), ...at({ section: '2.1', row: 2, column: 7 }, block)]);
  assert.equal(merged.length, 1);
  const [one] = merged;
  assert.ok(one !== undefined);
  assert.equal(whereOf(one, 'en'), '2.1 row 1 column 7; 2.1 row 2 column 7');
  assert.equal(messageOf(one, 'en'), 'One block gives two different codes: 7734 and 7704');
});

test('a fix label from the catalogue', () => {
  const label = fixLabelOf({ fix: { path: ['x'], value: 'a@b.gov.bd', label: { key: 'write', params: { value: 'a@b.gov.bd' } } } }, 'bn');
  assert.equal(label, 'a@b.gov.bd লিখুন');
});
