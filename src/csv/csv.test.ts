// The one CSV reader and writer: RFC 4180 quoting, line endings, the BOM, line numbers, the office map's separators,
// the formula guard (not on numbers and dates), and whatever is written read back as it was.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { prng } from '../../test/helpers/prng.ts';
import { csvField, guardFormula, looksLikeFormula, parseCsv, readCsv, toCsv, unguardFormula } from './csv.ts';

test('quotes, doubled quotes, commas and line breaks inside a field; CRLF, LF or CR between records', () => {
  assert.deepEqual(parseCsv('a,"b, c","say ""no"""\r\n"two\r\nlines","x\ny",z\rlast,,\n'), [
    ['a', 'b, c', 'say "no"'],
    ['two\r\nlines', 'x\ny', 'z'],
    ['last', '', ''],
  ]);
  assert.deepEqual(parseCsv('no end'), [['no end']]);
  assert.deepEqual(parseCsv(''), []);
});

test('a BOM at the start is ignored; spaces around a field are dropped outside quotes and kept inside', () => {
  assert.deepEqual(parseCsv('\uFEFFdate,name\r\n'), [['date', 'name']]);
  assert.deepEqual(parseCsv('  a ,  " b " , c"d" ,"e" f \n'), [['a', ' b ', 'c"d"', 'e f']]);
});

test('blank lines are skipped but counted: each record has the line it starts on; a quote left open names its line', () => {
  const read = readCsv('h1,h2\n\n"x\ny",1\r\n,\r\nlast,2\n');
  assert.deepEqual(read, {
    records: [
      { line: 1, fields: ['h1', 'h2'] },
      { line: 3, fields: ['x\ny', '1'] },
      { line: 6, fields: ['last', '2'] },
    ],
    openQuoteLine: null,
  });
  const open = readCsv('a,b\nc,"open\nmore\n');
  assert.equal(open.openQuoteLine, 2);
  assert.deepEqual(open.records.at(-1), { line: 2, fields: ['c', 'open\nmore\n'] });
});

test('commas only, unless other separators are asked for (the office map also takes ";" and tabs)', () => {
  assert.deepEqual(parseCsv('a;b\tc,d\n'), [['a;b\tc', 'd']]);
  assert.deepEqual(parseCsv('a;b\tc,d\n', { separators: ',;\t' }), [['a', 'b', 'c', 'd']]);
});

test('written with CRLF after every record, a BOM only when asked for, quoted only when needed', () => {
  const rows = [
    ['plain', 'উপজেলা কার্যালয়, দেবীগঞ্জ', 'সে বলল "না"', 'two\nlines', 'a;b', 'tab\there', ''],
    ['৪৮২-১০৯-৩৭৫৫', '"', ',', 'CR\r\nLF', ' edge', 'edge ', 'z'],
  ];
  const csv = toCsv(rows);
  assert.equal(csv.split('\r\n')[0], 'plain,"উপজেলা কার্যালয়, দেবীগঞ্জ","সে বলল ""না""","two\nlines","a;b","tab\there",');
  assert.ok(csv.endsWith('z\r\n'));
  assert.deepEqual(parseCsv(csv), rows);
  assert.equal(toCsv(rows, { bom: true }), `\uFEFF${csv}`);
  assert.equal(toCsv([]), '');
  assert.equal(csvField('abc'), 'abc');
  assert.equal(csvField('"'), '""""');
  assert.equal(csvField(' edge'), '" edge"');
});

test('a value a spreadsheet would run as a formula gets an apostrophe; plain numbers and ISO dates do not', () => {
  assert.equal(csvField('=HYPERLINK("http://x")'), '"\'=HYPERLINK(""http://x"")"');
  assert.equal(csvField('@sum'), "'@sum");
  assert.equal(csvField('-2+3'), "'-2+3");
  assert.equal(csvField('+8801711-000000'), "'+8801711-000000");
  assert.equal(csvField('\tx'), '"\'\tx"');
  assert.equal(csvField('-'), "'-");
  for (const value of ['-5', '+1', '-0.25', '-.5', '12', '2026-05-01', '2026-06-04T10:00:00+06:00', 'a=b', "'quoted"]) {
    assert.equal(csvField(value), value, value);
  }
  assert.equal(looksLikeFormula('-5'), false);
  assert.equal(looksLikeFormula('=1'), true);
  // One apostrophe more before a formula that already has some, so every value reads back exactly.
  assert.equal(guardFormula("'=1"), "''=1");
  assert.equal(guardFormula("'-5"), "'-5");
  for (const value of ['=1', "'=1", "''@x", "'-5", "'", "'abc", '-5', 'x']) assert.equal(unguardFormula(guardFormula(value)), value, value);
});

test('the guard is taken off only when asked for (text this module wrote)', () => {
  const csv = toCsv([['=1+1', "'=x", '-5', "'plain"]]);
  assert.deepEqual(parseCsv(csv), [["'=1+1", "''=x", '-5', "'plain"]]);
  assert.deepEqual(parseCsv(csv, { unguard: true }), [['=1+1', "'=x", '-5', "'plain"]]);
});

test('whatever is written reads back as it was (seeded: a thousand random tables of awkward characters)', () => {
  const random = prng(4180);
  const alphabet = ['a', 'ব', '5', ' ', ',', ';', '\t', '"', "'", '=', '-', '+', '@', '.', '\r', '\n', '\r\n', '\uFEFF'];
  const value = () => Array.from({ length: Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)] ?? '').join('');
  for (let n = 0; n < 1000; n++) {
    const width = 1 + Math.floor(random() * 4);
    const row = () => {
      const fields = Array.from({ length: width }, value);
      // A record whose fields are all empty is a blank line, which the reader skips.
      return fields.some((f) => f !== '') ? fields : ['x', ...fields.slice(1)];
    };
    const rows = Array.from({ length: Math.floor(random() * 4) }, row);
    const csv = toCsv(rows, { bom: random() < 0.5 });
    assert.deepEqual(parseCsv(csv, { unguard: true }), rows, JSON.stringify(rows));
    assert.deepEqual(parseCsv(csv, { unguard: true, separators: ',;\t' }), rows, 'the office map reader reads it the same');
  }
});
