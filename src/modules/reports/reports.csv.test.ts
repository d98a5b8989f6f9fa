// The CSV writer: RFC 4180 quoting that our reader (and a spreadsheet) reads back, formulas kept as text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCsv } from '../../cli/csv.ts';
import { csvField, dhakaIso, toCsv } from './reports.csv.ts';

test('fields with a comma, a quote, a line break or a separator are quoted, and read back as they were', () => {
  const rows = [
    ['plain', 'উপজেলা কার্যালয়, দেবীগঞ্জ', 'সে বলল "না"', 'two\nlines', 'a;b', 'tab\there', ''],
    ['৪৮২-১০৯-৩৭৫৫', '"', ',', 'CR\r\nLF', 'x', 'y', 'z'],
  ];
  const csv = toCsv(rows);
  assert.ok(csv.startsWith('\uFEFF'));
  assert.ok(csv.endsWith('\r\n'));
  assert.equal(csv.split('\r\n')[0], '\uFEFFplain,"উপজেলা কার্যালয়, দেবীগঞ্জ","সে বলল ""না""","two\nlines","a;b","tab\there",');
  assert.deepEqual(parseCsv(csv), rows);
  assert.equal(csvField('abc'), 'abc');
  assert.equal(csvField('"'), '""""');
  assert.equal(csvField(' edge'), '" edge"');
});

test('a value that a spreadsheet would run as a formula is kept as text', () => {
  assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(csvField('+1'), "'+1");
  assert.equal(csvField('@sum'), "'@sum");
  assert.equal(csvField('2026-06-04T10:00:00+06:00'), '2026-06-04T10:00:00+06:00');
});

test('instants in Bangladesh time with the offset', () => {
  assert.equal(dhakaIso(new Date('2026-06-04T04:00:00Z')), '2026-06-04T10:00:00+06:00');
  assert.equal(dhakaIso(new Date('2026-06-30T18:30:05Z')), '2026-07-01T00:30:05+06:00');
  assert.equal(dhakaIso(null), '');
});
