import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ConfigError, loadConfig } from './config.ts';

test('defaults: port 3000, PGlite in ./data, demo data on', () => {
  const c = loadConfig({});
  assert.equal(c.PORT, 3000);
  assert.equal(c.DATA_DIR, './data');
  assert.equal(c.DATABASE_URL, undefined);
  assert.equal(c.DEMO_DATA, 'on');
});

test('every wrong value is listed in one readable error, in English and Bangla', () => {
  assert.throws(
    () => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', DEMO_DATA: 'maybe' }),
    (e: unknown) =>
      e instanceof ConfigError &&
      e.problems.length === 3 &&
      /PORT: PORT হবে ১ থেকে ৬৫৫৩৫ পর্যন্ত একটি পূর্ণসংখ্যা।/.test(e.message) &&
      /PORT: PORT must be a whole number from 1 to 65535\./.test(e.message) &&
      /DATABASE_URL: DATABASE_URL must start with postgres:\/\//.test(e.message) &&
      /DEMO_DATA: DEMO_DATA হবে on অথবা off।/.test(e.message) &&
      /^কনফিগারেশন সঠিক নয়:/.test(e.message),
  );
  assert.throws(() => loadConfig({ PORT: '70000' }), /1 to 65535/);
});

test('empty values count as unset', () => {
  assert.equal(loadConfig({ PORT: '', DATABASE_URL: '' }).PORT, 3000);
});
