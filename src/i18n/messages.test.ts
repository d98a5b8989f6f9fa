import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUES, placeholders, t } from './messages.ts';
import { ERROR_STATUS } from '../modules/shared/domain-error.ts';

test('Bangla and English have every key, each with the same parameters', () => {
  const bn = Object.keys(CATALOGUES.bn).sort();
  assert.deepEqual(Object.keys(CATALOGUES.en).sort(), bn);
  for (const key of bn) {
    const k = key as keyof typeof CATALOGUES.bn;
    assert.deepEqual(placeholders(CATALOGUES.en[k]).sort(), placeholders(CATALOGUES.bn[k]).sort(), key);
    assert.ok(CATALOGUES.bn[k].trim() && CATALOGUES.en[k].trim(), `${key} is not empty`);
  }
});

test('every error code has its text in both languages', () => {
  for (const code of Object.keys(ERROR_STATUS)) assert.ok(`error.${code}` in CATALOGUES.bn, code);
});

test('parameters are filled, numbers in the reader’s digits, pairs in the reader’s language', () => {
  assert.equal(t('bn', 'error.edition.not-found', { id: 42 }), 'সংস্করণ ৪২ পাওয়া যায়নি।');
  assert.equal(t('en', 'error.edition.not-found', { id: 42 }), 'Edition 42 not found.');
  const office = { bn: 'দেবীগঞ্জ', en: 'Debiganj' };
  assert.match(t('bn', 'cli.import.stored', { id: 3, office, services: 12 }), /^দেবীগঞ্জ: খসড়া সংস্করণ ৩ সংরক্ষিত \(১২টি সেবা\)।$/);
  assert.match(t('en', 'cli.import.stored', { id: 3, office, services: 12 }), /^Debiganj: stored draft edition 3 \(12 services\)\.$/);
  assert.equal(t('en', 'error.office.not-found', {}), 'Office "{office}" not found.');
});
