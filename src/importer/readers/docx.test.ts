// The .docx reader: seed charters written as Word tables import to the same services as their text; merged
// cells, repeated headers and Bijoy fonts; zip bombs, lying sizes and damaged archives are refused.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateRawSync } from 'node:zlib';
import { describe, test } from 'node:test';
import { strToU8, zipSync } from 'fflate';
import { charterSchema } from '../../charter/model.ts';
import { ImportError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { importFile } from '../read-file.ts';
import { importText } from '../text.ts';
import { readDocx } from './docx.ts';
import { AFTER, BEFORE, HEADER, OFFICER, ROWS, TEXT } from '../../../test/helpers/small-charter.ts';
import { bodyFromText, buildDocx, documentXml, p, rawZip, run, stylesXml, tbl, tc, tr } from '../../../test/helpers/docx.ts';
import { whereInCharter } from '../../../test/helpers/findings.ts';

const seed = (file: string) => readFileSync(new URL(`../../../../shared/seeds/${file}`, import.meta.url), 'utf8');

async function refused(bytes: Uint8Array, code: string): Promise<ImportError> {
  try {
    await importFile(bytes, 'charter.docx');
  } catch (e) {
    assert.ok(e instanceof ImportError, `an ImportError, not ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.ok(e.en !== '' && /[\u0980-\u09FF]/.test(e.bn), 'a message in English and Bangla');
    return e;
  }
  assert.fail(`expected ${code}`);
}

/** Paragraphs and the two small tables around the service table. */
function around(serviceTable: string): string {
  const para = (lines: string[]) => lines.map((l) => (l.includes('\t') ? '' : p(l))).join('');
  const tsvTable = (lines: string[]) => tbl(lines.map((l) => tr(l.split('\t'))));
  return [
    para(BEFORE),
    serviceTable,
    para(AFTER.slice(0, 2)),
    tsvTable(AFTER.slice(2, 4)),
    para(AFTER.slice(4, 6)),
    tsvTable(AFTER.slice(6, 8)),
    para(AFTER.slice(8)),
  ].join('');
}

describe('readDocx: seed charters', () => {
  for (const file of ['charter-upazila-debiganj.txt', 'charter-district-khulna.txt']) {
    test(`${file} as Word tables imports to the same services as its text`, async () => {
      const text = seed(file);
      const fromText = importText(text);
      const fromDocx = await importFile(buildDocx(bodyFromText(text)), 'charter.docx');
      assert.ok(fromText.services.length > 10);
      assert.deepEqual(fromDocx.services, fromText.services);
      assert.deepEqual(fromDocx.grievanceSteps, fromText.grievanceSteps);
      assert.deepEqual(fromDocx.expectations, fromText.expectations);
      assert.equal(fromDocx.office.name, fromText.office.name);
    });
  }

  for (const [docx, file] of [
    ['debiganj-pandoc.docx', 'charter-upazila-debiganj.txt'],
    ['khulna-pandoc.docx', 'charter-district-khulna.txt'],
  ] as const) {
    test(`${docx}, written by another program (pandoc), imports like ${file}`, async () => {
      const fromText = importText(seed(file));
      const bytes = readFileSync(new URL(`../../../test/corpus/docx/${docx}`, import.meta.url));
      const fromDocx = await importFile(bytes, docx);
      assert.deepEqual(fromDocx.services, fromText.services);
      assert.deepEqual(fromDocx.grievanceSteps, fromText.grievanceSteps);
      assert.equal(fromDocx.office.name, fromText.office.name);
      assert.deepEqual(
        fromDocx.findings.map((f) => `${f.code} @ ${whereInCharter(f)}`),
        fromText.findings.map((f) => `${f.code} @ ${whereInCharter(f)}`),
      );
    });
  }

  test('a cell of several paragraphs reads as one line, as the text charters hold an officer block', async () => {
    const read = await readDocx(buildDocx(tbl([tr(HEADER), tr([...ROWS[0].slice(0, 6), OFFICER])])), LIMITS);
    assert.equal(read.text.split('\n').filter((l) => l !== '')[1], ROWS[0].join('\t'));
  });
});

describe('readDocx: merged cells', () => {
  test('an officer merged down the rows and a cell spanning two columns land in the right fields', async () => {
    const table = tbl([
      tr(HEADER),
      tr([...ROWS[0].slice(0, 6).map((c) => tc(c)), tc(OFFICER, { vMerge: 'restart' })], { raw: true }),
      // channels spans channels and documents: fee and time limit stay in their columns
      tr([tc('২'), tc(ROWS[1][1] ?? ''), tc('সরাসরি', { gridSpan: 2 }), tc('বিনামূল্যে'), tc('৫ কার্যদিবস'), tc('', { vMerge: 'continue' })], { raw: true }),
      tr([...ROWS[2].slice(0, 6).map((c) => tc(c)), tc('', { vMerge: 'continue' })], { raw: true }),
    ]);
    const fromDocx = await importFile(buildDocx(around(table)), 'charter.docx');
    const fromText = importText(TEXT);
    assert.equal(fromText.services.length, 3);
    assert.deepEqual(fromDocx.services, fromText.services);
    for (const s of fromDocx.services) {
      assert.equal(s.responsible?.name, 'মোঃ রফিকুল ইসলাম', `service ${s.serial}`);
      assert.deepEqual(s.responsible?.emails, ['rafiq.ict@gmail.com']);
    }
    assert.equal(fromDocx.services[1]?.fee.kind, 'free');
    assert.equal(fromDocx.services[1]?.timeLimit.workingDays, 5);
    assert.ok(!fromDocx.services[1]?.documents, 'documents empty');
  });

  test('a row broken across pages (its serial merged from above) continues the row above, the officer not repeated', async () => {
    const table = tbl([
      tr(HEADER),
      tr([...ROWS[0].map((c) => tc(c))], { raw: true }),
      tr([tc('২', { vMerge: 'restart' }), tc('ই-নথি বিষয়ক'), tc('সরাসরি'), tc(''), tc('বিনামূল্যে'), tc('৫ কার্যদিবস'), tc(OFFICER, { vMerge: 'restart' })], {
        raw: true,
      }),
      tr([tc('', { vMerge: 'continue' }), tc('সহায়তা প্রদান'), tc(''), tc(''), tc(''), tc(''), tc('', { vMerge: 'continue' })], { raw: true }),
      tr([...ROWS[2].map((c) => tc(c))], { raw: true }),
    ]);
    const read = await readDocx(buildDocx(table), LIMITS);
    const lines = read.text.split('\n').filter((l) => l !== '');
    assert.equal(lines[3], ['', 'সহায়তা প্রদান', '', '', '', '', ''].join('\t'));
    const charter = await importFile(buildDocx(around(table)), 'charter.docx');
    assert.equal(charter.services.length, 3);
    assert.equal(charter.services[1]?.name, 'ই-নথি বিষয়ক সহায়তা প্রদান');
    assert.equal(charter.services[1]?.responsible?.name, 'মোঃ রফিকুল ইসলাম');
    assert.equal(charter.services[1]?.responsible?.phones.length, 1, 'the officer is not read twice');
  });

  test('a header row repeated inside the table (one per page) is dropped', async () => {
    const numbers = HEADER.map((_, i) => `(${'১২৩৪৫৬৭'[i]})`);
    const table = tbl([
      tr(HEADER, { header: true }),
      tr(numbers, { header: true }),
      tr(ROWS[0]),
      tr(HEADER, { header: true }),
      tr(numbers, { header: true }),
      tr(ROWS[1]),
      tr(ROWS[2]),
    ]);
    const read = await readDocx(buildDocx(table), LIMITS);
    const lines = read.text.split('\n').filter((l) => l !== '');
    assert.equal(lines.length, 5);
    assert.equal(lines.filter((l) => l === HEADER.join('\t')).length, 1);
    const charter = await importFile(buildDocx(around(table)), 'charter.docx');
    assert.deepEqual(charter.services, importText(TEXT).services);
  });

  test('a table inside a cell is flattened into the cell', async () => {
    const inner = tbl([tr(['মোঃ রফিকুল ইসলাম', 'সহকারী প্রোগ্রামার'])]);
    const read = await readDocx(buildDocx(tbl([tr(['১', 'সেবা']), tr([tc('২'), `<w:tc>${inner}<w:p/></w:tc>`], { raw: true })])), LIMITS);
    assert.match(read.text, /^২\tমোঃ রফিকুল ইসলাম সহকারী প্রোগ্রামার$/m);
  });

  test('a services table whose fee cell holds a small table stays a table; a table laid out around the charter does not', async () => {
    const fees = tbl([tr(['ধরন', 'ফি', 'সময়']), tr(['সাধারণ', '১০০ টাকা', '৭ দিন']), tr(['জরুরি', '২০০ টাকা', '৩ দিন'])]);
    const row = tr([...ROWS[0].slice(0, 4).map((c) => tc(c)), `<w:tc>${fees}<w:p/></w:tc>`, ...ROWS[0].slice(5).map((c) => tc(c))], { raw: true });
    const read = await readDocx(buildDocx(tbl([tr(HEADER), row])), LIMITS);
    assert.equal(read.text.split('\n')[1]?.split('\t')[4], 'ধরন ফি সময় সাধারণ ১০০ টাকা ৭ দিন জরুরি ২০০ টাকা ৩ দিন');
    const page = tbl([tr([tc([bodyFromText(TEXT), '<w:p/>']), tc('মেনু')], { raw: true })]);
    const charter = await importFile(buildDocx(page), 'charter.docx');
    assert.deepEqual(charter.services, importText(TEXT).services);
  });

  test('line breaks and tabs: a space inside a cell, a new line outside', async () => {
    const br = '<w:r><w:t>প্রথম</w:t><w:br/><w:t>দ্বিতীয়</w:t><w:tab/><w:t>তৃতীয়</w:t></w:r>';
    const read = await readDocx(buildDocx(`<w:p>${br}</w:p>${tbl([tr([tc([`<w:p>${br}</w:p>`]), tc('x')], { raw: true })])}`), LIMITS);
    assert.deepEqual(
      read.text.split('\n').filter((l) => l !== ''),
      ['প্রথম', 'দ্বিতীয় তৃতীয়', 'প্রথম দ্বিতীয় তৃতীয়\tx'],
    );
  });
});

describe('readDocx: Bijoy', () => {
  test('a run in SutonnyMJ is converted, and said once', async () => {
    const body = p([run('অফিস: '), run('‡Rjv cÖkvm‡Ki Kvh©vjq', { font: 'SutonnyMJ' })]);
    const read = await readDocx(buildDocx(body), LIMITS);
    assert.equal(read.text, 'অফিস: জেলা প্রশাসকের কার্যালয়');
    assert.deepEqual(
      read.findings.map((f) => f.code),
      ['bijoy.converted'],
    );
  });

  test('a document whose default font is SutonnyMJ is converted; Unicode text in a Bijoy font is left alone', async () => {
    const body = p('‡Rjv cÖkvm‡Ki Kvh©vjq') + p([run('জেলা কার্যালয়', { font: 'SutonnyMJ' })]) + p([run('ICT Division', { font: 'SutonnyOMJ' })]);
    const read = await readDocx(buildDocx(body, { parts: { 'word/styles.xml': stylesXml('SutonnyMJ') } }), LIMITS);
    assert.deepEqual(read.text.split('\n'), ['জেলা প্রশাসকের কার্যালয়', 'জেলা কার্যালয়', 'ICT Division']);
    assert.equal(read.findings.length, 1);
  });

  test('a Bijoy service name in a Word table imports as Unicode', async () => {
    const rows = ROWS.map((r) => r.map((c, i) => (r === ROWS[0] && i === 1 ? tc([p([run('‡Rjv cÖkvm‡Ki Kvh©vjq', { font: 'SutonnyMJ' })])]) : tc(c))));
    const table = tbl([tr(HEADER), ...rows.map((r) => tr(r, { raw: true }))]);
    const charter = await importFile(buildDocx(around(table)), 'charter.docx');
    assert.equal(charter.services[0]?.name, 'জেলা প্রশাসকের কার্যালয়');
    assert.ok(charter.findings.some((f) => f.code === 'bijoy.converted'));
  });
});

describe('readDocx: hostile and damaged files', () => {
  const zeros = deflateRawSync(Buffer.alloc(200 * 1024 * 1024), { level: 9 });
  const small = strToU8(documentXml(p('x')));

  function quickly(started: number, heap: number): void {
    assert.ok(Date.now() - started < 2000, `refused in ${Date.now() - started} ms`);
    const grown = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed - heap;
    assert.ok(grown < 64 * 1024 * 1024, `memory grew by ${grown >> 20} MB`);
  }

  test('a zip bomb (200 MB of zeros) is refused from its declared sizes', async () => {
    const bytes = rawZip([{ name: 'word/document.xml', data: zeros, method: 8, size: 200 * 1024 * 1024 }]);
    const started = Date.now();
    const heap = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed;
    await refused(bytes, 'import.unsafe');
    quickly(started, heap);
  });

  test('a zip bomb whose declared size lies is stopped while inflating', async () => {
    const bytes = rawZip([{ name: 'word/document.xml', data: zeros, method: 8, size: 1_000_000 }]);
    const started = Date.now();
    const heap = process.memoryUsage().arrayBuffers + process.memoryUsage().heapUsed;
    await refused(bytes, 'import.unsafe');
    quickly(started, heap);
  });

  test('an entry under the ratio with a size that lies a little is stopped too', async () => {
    // varied text, so that it compresses as Word XML does (a run of one letter would pass the ratio)
    let seed = 7;
    const text = Array.from({ length: 50_000 }, () => String.fromCharCode(0x0995 + ((seed = (seed * 48271) % 2147483647) % 30))).join('');
    const xml = strToU8(documentXml(p(text)));
    const data = deflateRawSync(xml);
    await refused(rawZip([{ name: 'word/document.xml', data, method: 8, size: 1000 }]), 'import.unsafe');
    // the same entry, honest: read
    const read = await readDocx(rawZip([{ name: 'word/document.xml', data, method: 8, size: xml.length }]), LIMITS);
    assert.equal(read.text.length, 50_000);
  });

  test('many small entries that together unpack past the limit are refused', async () => {
    const limits = { ...LIMITS, maxUnzippedBytes: 1000 };
    const bytes = buildDocx(p('ক'.repeat(2000)));
    await assert.rejects(readDocx(bytes, limits), (e) => e instanceof ImportError && e.code === 'import.unsafe');
  });

  test('too many entries are refused before any is read', async () => {
    const files: Record<string, Uint8Array> = { 'word/document.xml': small };
    for (let i = 0; i <= LIMITS.maxZipEntries; i++) files[`word/media/${i}.xml`] = new Uint8Array(0);
    await refused(zipSync(files), 'import.unsafe');
  });

  test('XML nested too deep is refused', async () => {
    const deep = '<w:p>'.repeat(LIMITS.maxNestingDepth + 10) + '</w:p>'.repeat(LIMITS.maxNestingDepth + 10);
    await refused(buildDocx(deep), 'import.unsafe');
  });

  test('garbage that starts like a zip, a truncated docx, a zip without a document: import.damaged', async () => {
    const garbage = new Uint8Array(4096).map((_, i) => (i * 7919) % 251);
    garbage.set([0x50, 0x4b, 0x03, 0x04]);
    await refused(garbage, 'import.damaged');
    const docx = buildDocx(bodyFromText(seed('charter-upazila-debiganj.txt')));
    await refused(docx.subarray(0, docx.length >> 1), 'import.damaged');
    await refused(zipSync({ 'xl/workbook.xml': small }), 'import.damaged');
    // the deflated data damaged inside an archive whose directory is intact
    const broken = docx.slice();
    for (let i = 200; i < 600; i++) broken[i] = 0xff;
    await assert.rejects(importFile(broken, 'x.docx'), (e) => e instanceof ImportError);
  });

  test('a stored (uncompressed) document reads', async () => {
    const charter = await importFile(buildDocx(bodyFromText(TEXT), { level: 0 }), 'charter.docx');
    assert.doesNotThrow(() => charterSchema.parse(charter));
    assert.equal(charter.services.length, 3);
  });
});
