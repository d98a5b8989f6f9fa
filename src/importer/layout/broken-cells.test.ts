// Rows of a tab-separated table broken over several lines by line breaks inside cells, put back together.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { joinBrokenCells } from './broken-cells.ts';

const HEADER = 'Sl. No.\tName of Service\tRequired Documents\tFee\tTime Limit\tResponsible Officer';

test('a row broken inside its cells is one row again, its joined lines blank', () => {
  const lines = [
    HEADER,
    '1\tCertified copy\t1. Application',
    '2. Court fee\tTk. 100\t7 working days\tMr. Md. Rafiqul Islam',
    'Phone: 0951-61204',
    '2\tLicence\tForm\tFree\t3 working days\tDeputy Commissioner',
  ];
  const out = joinBrokenCells(lines);
  assert.deepEqual(out.slice(1, 4), [
    '1\tCertified copy\t1. Application 2. Court fee\tTk. 100\t7 working days\tMr. Md. Rafiqul Islam Phone: 0951-61204',
    '',
    '',
  ]);
  assert.equal(out[4], lines[4]);
});

test("a header whose titles broke, and a spreadsheet's quotes around a cell with breaks", () => {
  const lines = [
    'Sl. No.\tName of Service\tFee\tTime Limit\tResponsible Officer',
    '(Name, Phone)',
    '1\tLicence\tFree\t3 working days\t"Deputy Commissioner',
    'Phone: 0951-61200"',
  ];
  const out = joinBrokenCells(lines);
  assert.equal(out[0], 'Sl. No.\tName of Service\tFee\tTime Limit\tResponsible Officer (Name, Phone)');
  assert.equal(out[2], '1\tLicence\tFree\t3 working days\tDeputy Commissioner Phone: 0951-61200');
});

test('lines that do not make up the width are left as they are: a short row, a second row of title parts, a heading', () => {
  const short = [HEADER, '1\tCertified copy\tTk. 100', 'A note under the table'];
  assert.deepEqual(joinBrokenCells(short), short);
  const twoRows = ['Sl.\tName of\tService\tTime\tResponsible', 'No.\tService\tFee\tLimit\tOfficer', '1\tLicence\tFree\t3 working days\tDeputy Commissioner'];
  assert.deepEqual(joinBrokenCells(twoRows), twoRows);
  const heading = [
    HEADER,
    '1\tLicence\tForm\tFree\t3 working days',
    '2.2 Institutional Services',
    HEADER,
    '1\tApproval\tProposal\tFree\t30 working days\tDeputy Commissioner',
  ];
  assert.deepEqual(joinBrokenCells(heading), heading);
});
