// Findings stored before findings were data are read back as they were stored, beside the row they were about.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messageOf, whereOf } from '../../charter/lint/render.ts';
import { storedFinding } from './charters.mapping.ts';

test('an old finding keeps its text, its place and its row', () => {
  const f = storedFinding({
    severity: 'error',
    code: 'officer.missing',
    message: 'The responsible officer cell is empty / দায়িত্বপ্রাপ্ত কর্মকর্তার ঘর খালি',
    where: '2.1 row 3 column 7',
    location: { section: '2.1', row: 3, column: 7 },
  });
  assert.deepEqual(f.location, { section: '2.1', row: 3, column: 7, line: null });
  assert.equal(messageOf(f, 'bn'), 'The responsible officer cell is empty / দায়িত্বপ্রাপ্ত কর্মকর্তার ঘর খালি');
  assert.equal(whereOf(f, 'bn'), '2.1 row 3 column 7');
});

test('a finding stored as data comes back unchanged', () => {
  const data = { severity: 'warning', code: 'fee.empty', params: {}, location: { section: '2.2', row: 1, column: 5, line: null } };
  assert.deepEqual(storedFinding(data), data);
});
