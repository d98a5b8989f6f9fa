import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeDeep, normalizeLine, normalizeText, searchKey } from './normalize.ts';

// Code points are spelt out so that the source file's own encoding cannot hide what is tested.
const YA_ONE = '\u09DF'; // য় as one code point
const YA_NUKTA = '\u09AF\u09BC'; // য + nukta

test('normalizeText: Bengali spellings typed two ways become one', () => {
  const cases: [string, string, string][] = [
    ['য় as one code point becomes য + nukta (NFC)', YA_ONE, YA_NUKTA],
    ['য + nukta stays', YA_NUKTA, YA_NUKTA],
    ['ড় as one code point', '\u09DC', '\u09A1\u09BC'],
    ['ঢ় as one code point', '\u09DD', '\u09A2\u09BC'],
    ['ে + া becomes ো', '\u0995\u09C7\u09BE', '\u0995\u09CB'],
    ['ে + ৗ becomes ৌ', '\u0995\u09C7\u09D7', '\u0995\u09CC'],
    ['ত + hasanta + ZWJ becomes khanda ta', '\u09B9\u09A0\u09BE\u09A4\u09CD\u200D', '\u09B9\u09A0\u09BE\u09CE'],
    ['ত + hasanta + ত (a conjunct) is kept', '\u09A4\u09CD\u09A4', '\u09A4\u09CD\u09A4'],
  ];
  for (const [name, input, expected] of cases) assert.equal(normalizeText(input), expected, name);
  assert.equal(normalizeText(`স${YA_ONE}`), normalizeText(`স${YA_NUKTA}`));
});

test('normalizeText: invisible characters and odd spaces', () => {
  const cases: [string, string, string][] = [
    ['zero-width space removed', 'ক\u200Bখ', 'কখ'],
    ['BOM removed', '\uFEFFঢাকা', 'ঢাকা'],
    ['word joiner removed', 'ক\u2060খ', 'কখ'],
    ['soft hyphen removed', 'ক\u00ADখ', 'কখ'],
    ['no-break space becomes a space', 'ক\u00A0খ', 'ক খ'],
    ['narrow no-break space becomes a space', '১০\u202Fটাকা', '১০ টাকা'],
    ['em space becomes a space', 'ক\u2003খ', 'ক খ'],
    ['control characters removed', 'ক\u0007খ', 'কখ'],
  ];
  for (const [name, input, expected] of cases) assert.equal(normalizeText(input), expected, name);
});

test('normalizeText: spaces collapsed, lines trimmed, blank runs shortened', () => {
  const cases: [string, string, string][] = [
    ['runs of spaces and tabs', '  ক   খ\t\tগ  ', 'ক খ গ'],
    ['no-break spaces join the run', 'ক \u00A0 খ', 'ক খ'],
    ['CRLF and CR become LF', 'ক\r\nখ\rগ', 'ক\nখ\nগ'],
    ['each line trimmed', '  ক  \n  খ  ', 'ক\nখ'],
    ['three or more line breaks become one blank line', 'ক\n\n\n\nখ', 'ক\n\nখ'],
    ['leading and trailing blank lines dropped', '\n\nক\n\n', 'ক'],
    ['empty', '', ''],
  ];
  for (const [name, input, expected] of cases) assert.equal(normalizeText(input), expected, name);
});

test('normalizeLine joins lines with single spaces', () => {
  const cases: [string, string][] = [
    ['জেলা\nপ্রশাসকের  কার্যালয়', `জেলা প্রশাসকের কার্যাল${YA_NUKTA}`],
    ['ক \n\n খ', 'ক খ'],
    ['  ক\u00A0খ  ', 'ক খ'],
  ];
  for (const [input, expected] of cases) assert.equal(normalizeLine(input), expected, JSON.stringify(input));
});

test('searchKey: normalised, lower case, ASCII digits', () => {
  const cases: [string, string][] = [
    ['ঢাকা ১২৩ ABC', 'ঢাকা 123 abc'],
    ['  Land\u00A0Office\n ০১ ', 'land office 01'],
    [`কার্যাল${YA_ONE}`, `কার্যাল${YA_NUKTA}`],
  ];
  for (const [input, expected] of cases) assert.equal(searchKey(input), expected, JSON.stringify(input));
});

test('searchKey makes differently typed forms of the same words equal', () => {
  const pairs: [string, string][] = [
    [`কার্যাল${YA_ONE}`, `কার্যাল${YA_NUKTA}`],
    ['\u0995\u09C7\u09BEড', '\u0995\u09CBড'],
    ['হঠা\u09A4\u09CD\u200D', 'হঠা\u09CE'],
    ['সেবা\u200B প্রদান', 'সেবা প্রদান'],
    ['সেবা\u00A0প্রদান', 'সেবা  প্রদান'],
    ['ফি ১০০ টাকা', 'ফি 100 টাকা'],
    ['NID', 'nid'],
  ];
  for (const [a, b] of pairs) assert.equal(searchKey(a), searchKey(b), `${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
});

test('normalizeDeep normalises every string in a structure and keeps the rest', () => {
  const input = { a: ' য\u09BC  ক ', b: [' x\u200B '], n: 3, z: null, d: { e: 'ে\u09BE' } };
  assert.deepEqual(normalizeDeep(input), { a: 'য\u09BC ক', b: ['x'], n: 3, z: null, d: { e: '\u09CB' } });
});
