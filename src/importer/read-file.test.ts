// importFile: one entry for every file; the format from the bytes, the reader's findings first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { decodeWindows1252 } from '../bangla/bijoy.ts';
import { unicodeToBijoy } from '../../test/corpus/bijoy/encode.ts';
import { ImportError } from './errors.ts';
import { LIMITS } from './limits.ts';
import { detectFormat, importFile } from './read-file.ts';
import { importText } from './text.ts';
import type { Charter } from '../charter/model.ts';
import { bodyFromText, buildDocx } from '../../test/helpers/docx.ts';
import { htmlFromText, portalPage } from '../../test/helpers/html.ts';
import { where, whereInCharter } from '../../test/helpers/findings.ts';

const seedText = (file: string) => readFileSync(new URL(`../../../shared/seeds/${file}`, import.meta.url), 'utf8');
const utf8 = (s: string) => new TextEncoder().encode(s);

async function refused(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (err: unknown) => {
    assert.ok(err instanceof ImportError, String(err));
    assert.equal(err.code, code, err.message);
    assert.match(err.bn, /[\u0980-\u09FF]/u);
    return true;
  });
}

/** Text as a Windows-1252 ("ANSI") file: every character must be one of its 256. */
function windows1252(text: string): Uint8Array {
  const all = decodeWindows1252(Uint8Array.from({ length: 256 }, (_, i) => i));
  const byChar = new Map([...all].map((ch, i) => [ch, i]));
  return Uint8Array.from([...text], (ch) => {
    const b = byChar.get(ch);
    if (b === undefined) throw new Error(`not in Windows-1252: ${ch}`);
    return b;
  });
}

test('a seed text through importFile is the same charter as through importText', async () => {
  for (const file of ['charter-upazila-debiganj.txt', 'charter-district-khulna.txt']) {
    const text = seedText(file);
    const direct = importText(text);
    const viaFile = await importFile(utf8(text), file);
    assert.deepEqual(viaFile.office, direct.office, file);
    assert.deepEqual(viaFile.services, direct.services, file);
    assert.deepEqual(viaFile.findings, direct.findings, file);
    // with a byte-order mark too
    const bom = await importFile(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(text)]), file);
    assert.deepEqual(bom.services, direct.services, file);
  }
});

test('a Bijoy charter saved as ANSI imports, converted, with both findings first', async () => {
  const text = seedText('charter-upazila-debiganj.txt');
  const bijoy = text
    .split('\n')
    .map((line) => line.split('\t').map(unicodeToBijoy).join('\t'))
    .join('\n');
  const bytes = windows1252(bijoy);
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  const direct = importText(text);
  const charter = await importFile(bytes, 'debiganj.txt');
  assert.deepEqual(
    charter.findings.slice(0, 2).map((f) => f.code),
    ['import.ansi', 'bijoy.converted'],
  );
  assert.equal(charter.office.name, direct.office.name);
  assert.equal(charter.services.length, direct.services.length);
  // measured: 20 of the 21 names come back exactly (the converter and the encoder differ on one)
  const same = direct.services.filter((s, i) => charter.services[i]?.name === s.name).length;
  assert.ok(same >= 20, `${same} of ${direct.services.length} names`);
});

test('an English table is not taken for Bijoy cell by cell: a weak word alone in a cell takes the document as context', async () => {
  const text = [
    'Office of the Deputy Commissioner, Kurigram',
    'Citizen Charter',
    'Name of Service\tRules\tFee\tTime of Service',
    'Certificate of a small ethnic community\tGovernment circular\tFree\t3 working days',
  ].join('\n');
  const c = await importFile(new TextEncoder().encode(text), 'dc.txt');
  assert.equal(c.findings.filter((f) => f.code === 'bijoy.converted').length, 0);
  assert.equal(c.services[0]?.name, 'Certificate of a small ethnic community');
  assert.ok(!JSON.stringify(c.services).match(/[\u0980-\u09FF]/u), 'no English word turned into Bengali');
});

test('what cannot be read: empty, too large, an old .doc, binary, each an ImportError in both languages', async () => {
  await refused(importFile(new Uint8Array(), 'a.txt'), 'import.empty');
  await refused(importFile(utf8('  \n\t\n'), 'a.txt'), 'import.empty');
  await refused(importFile(utf8('x'.repeat(101)), 'a.txt', { ...LIMITS, maxFileBytes: 100 }), 'import.too-large');
  await refused(importFile(utf8('x'.repeat(101)), 'a.txt', { ...LIMITS, maxTextChars: 100 }), 'import.too-large');
  const doc = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  await refused(importFile(doc, 'charter.doc'), 'import.unsupported');
  await refused(importFile(new Uint8Array([0x01, 0x02, 0x80, 0x81, 0x00, 0x00]), 'a.txt'), 'import.encoding');
  await refused(importFile(utf8('%PDF-1.4\n%%EOF\n'), 'charter.pdf'), 'import.damaged');
});

test('the format comes from the bytes; the name only tells HTML from text', () => {
  assert.equal(detectFormat(utf8('%PDF-1.7 ...'), 'charter.txt'), 'pdf');
  assert.equal(detectFormat(new Uint8Array([0x50, 0x4b, 3, 4]), 'charter.pdf'), 'docx');
  assert.equal(detectFormat(utf8('<!DOCTYPE html><p>x'), 'a.txt'), 'html');
  assert.equal(detectFormat(utf8('plain'), 'a.htm'), 'html');
  assert.equal(detectFormat(utf8('plain'), 'a.txt'), 'text');
});

test('a Unicode text file reads exactly as importText reads it: every file of the lint and text corpora', async () => {
  for (const dir of ['../../test/corpus/lint/', '../../test/corpus/text/']) {
    const url = new URL(dir, import.meta.url);
    for (const name of readdirSync(url).filter((f) => f.endsWith('.txt'))) {
      const bytes = readFileSync(new URL(name, url));
      const viaFile = await importFile(bytes, name);
      const viaText = importText(new TextDecoder().decode(bytes));
      // "……" (an unfilled placeholder) once read as Bijoy here: no reader may add a finding to plain Unicode.
      assert.deepEqual(
        viaFile.findings.map((f) => `${f.code} @ ${where(f)}`),
        viaText.findings.map((f) => `${f.code} @ ${where(f)}`),
        name,
      );
      assert.deepEqual(viaFile.services, viaText.services, name);
    }
  }
});

test('the lint corpus as Word and as a portal page: every rule fires the same, the services are the same', async () => {
  const url = new URL('../../test/corpus/lint/', import.meta.url);
  const key = (c: Charter) => c.findings.map((f) => `${f.code} @ ${whereInCharter(f)}`).sort();
  for (const name of readdirSync(url).filter((f) => f.endsWith('.txt'))) {
    const text = readFileSync(new URL(name, url), 'utf8');
    const want = importText(text);
    for (const [format, bytes] of [
      ['docx', buildDocx(bodyFromText(text))],
      ['html', utf8(portalPage(htmlFromText(text)))],
    ] as const) {
      const got = await importFile(bytes, `${name}.${format}`);
      assert.deepEqual(key(got), key(want), `${name} as ${format}`);
      assert.deepEqual(got.services, want.services, `${name} as ${format}`);
    }
  }
});

test('a text too big to be a charter is refused before it is parsed: too many lines, a row too wide, a table of 30,000 rows', async () => {
  const heading = '২. প্রতিশ্রুত সেবাসমূহ\n';
  await refused(importFile(utf8(heading + '১\tক\tখ\n'.repeat(LIMITS.maxLines + 10))), 'import.too-large');
  await refused(importFile(utf8(`${heading}১${'\tক'.repeat(LIMITS.maxCellsPerRow + 5)}\n`)), 'import.too-large');
  const rows = '<tr><td>১</td><td>ক</td><td>খ</td></tr>'.repeat(30_000);
  await refused(importFile(utf8(`<html><body><h2>২. প্রতিশ্রুত সেবাসমূহ</h2><table>${rows}</table></body></html>`), 'big.html'), 'import.too-large');
  // within the bounds, a long charter is read
  const c = await importFile(utf8(heading + '১\tক\tখ\n'.repeat(2000)));
  assert.equal(c.services.length, 2000);
});
