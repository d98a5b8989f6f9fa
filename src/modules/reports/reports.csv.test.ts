// The report's CSV: instants in Bangladesh time, and the file name. (Quoting, the BOM and the formula guard are the
// one writer's, tested in src/csv/csv.test.ts; the report's lines in reports.service.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { csvFileName, dhakaIso } from './reports.csv.ts';

test('instants in Bangladesh time with the offset', () => {
  assert.equal(dhakaIso(new Date('2026-06-04T04:00:00Z')), '2026-06-04T10:00:00+06:00');
  assert.equal(dhakaIso(new Date('2026-06-30T18:30:05Z')), '2026-07-01T00:30:05+06:00');
  assert.equal(dhakaIso(null), '');
});

test('a file name of ASCII letters only', () => {
  assert.equal(csvFileName(12, '2026-06', false), 'grievances-12-2026-06.csv');
  assert.equal(csvFileName(3, '2025-26-Q4', true), 'grievances-3-tree-2025-26-Q4.csv');
});
