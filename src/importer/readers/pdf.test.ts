// The PDF reader on PDFs the test writes itself (test/helpers/pdf.ts): lines and tables rebuilt from
// positions, Bengali put back into logical order, and every refusal an ImportError in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';
import { makePdf, tablePage, textPdf, type PdfPage } from '../../../test/helpers/pdf.ts';
import { ImportError } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { importFile } from '../read-file.ts';
import { importText } from '../text.ts';
import { logicalOrder, readPdf } from './pdf.ts';
import { where } from '../../../test/helpers/findings.ts';

const seed = (file: string) => readFileSync(new URL(`../../../../shared/seeds/${file}`, import.meta.url), 'utf8');

async function refused(promise: Promise<unknown>, code: string): Promise<ImportError> {
  try {
    await promise;
  } catch (err) {
    assert.ok(err instanceof ImportError, `expected ImportError, got ${String(err)}`);
    assert.equal(err.code, code, err.message);
    assert.match(err.en, /[a-z]/);
    assert.match(err.bn, /[\u0980-\u09FF]/u);
    return err;
  }
  assert.fail(`expected ${code}`);
}

test('an unruled table: cells wrapped over several lines come back as one row each, cut at the serial numbers', async () => {
  const columns = [40, 90, 300, 420];
  const page = tablePage(
    [
      ['No.', 'Service name', 'Fee', 'Time limit'],
      ['1', 'Copy of a birth certificate for a citizen of the union', 'Free', '3 working days'],
      ['2', 'Training on the use of computers in the office for staff', 'Tk 500 by bank draft', 'Immediately'],
    ],
    columns,
    { before: [{ x: 40, y: 30, text: 'Upazila office, Debiganj' }] },
  );
  const read = await readPdf(makePdf([page]), LIMITS);
  assert.deepEqual(read.text.split('\n'), [
    'Upazila office, Debiganj',
    'No.\tService name\tFee\tTime limit',
    '1\tCopy of a birth certificate for a citizen of the union\tFree\t3 working days',
    '2\tTraining on the use of computers in the office for staff\tTk 500 by bank draft\tImmediately',
  ]);
  assert.deepEqual(
    read.findings.map((f) => [f.severity, f.code, where(f)]),
    [['warning', 'import.needs-review', 'file']],
  );
});

test('a ruled table: borders, not gaps, split the cells and the rows, even without serial numbers', async () => {
  const x = [30, 130, 330];
  const rows = [
    { top: 40, cells: [['Who'], ['When to contact'], ['Deadline']] },
    { top: 60, cells: [['GRO'], ['If the service is not', 'given in time'], ['30 days']] },
    { top: 100, cells: [['Appeal officer'], ['If the GRO cannot', 'solve it'], ['20 days']] },
  ];
  const page: PdfPage = { texts: [], lines: [] };
  for (const row of rows) {
    row.cells.forEach((lines, c) => lines.forEach((t, k) => page.texts.push({ x: (x[c] ?? 0) + 2, y: row.top + 12 + k * 12, text: t })));
    page.lines?.push({ x0: 30, y0: row.top, x1: 430, y1: row.top });
  }
  page.lines?.push({ x0: 30, y0: 140, x1: 430, y1: 140 });
  for (const v of [...x, 430]) page.lines?.push({ x0: v, y0: 40, x1: v, y1: 140 });
  const read = await readPdf(makePdf([page]), LIMITS);
  assert.deepEqual(read.text.split('\n'), [
    'Who\tWhen to contact\tDeadline',
    'GRO\tIf the service is not given in time\t30 days',
    'Appeal officer\tIf the GRO cannot solve it\t20 days',
  ]);
});

test('Bengali drawn in visual order (pre-base vowel signs first, reph after) comes back in logical order', async () => {
  // What a shaper draws for "উপজেলা কার্যালয়", "নিশ্চিত" and "কোর্ট", glyph by glyph. (pdf.js takes a glyph whose
  // text holds a non-spacing mark, such as "প্র", for a zero-width diacritic and hangs it on the text before
  // it even across lines, so no line here starts with one.)
  const visual = (glyphs: string[], y: number) => ({ x: 40, y, text: glyphs.join(''), glyphs, font: 'bengali' as const });
  const page: PdfPage = {
    texts: [
      visual(['উ', 'প', 'ে', 'জ', 'ল', 'া', ' ', 'ক', 'া', 'য', 'র্', 'া', 'ল', 'য়'], 40),
      visual(['ি', 'ন', 'ি', 'শ্চ', 'ত'], 60),
      visual(['ে', 'ক', 'া', 'ট', 'র্'], 80),
    ],
  };
  const read = await readPdf(makePdf([page]), LIMITS);
  assert.deepEqual(
    read.text.split('\n'),
    ['উপজেলা কার্যালয়', 'নিশ্চিত', 'কোর্ট'].map((s) => s.normalize('NFC')),
  );
});

test('logicalOrder leaves logical text alone and fixes visual text', () => {
  for (const s of ['নিশ্চিতকরণের লক্ষ্যে তথ্য প্রযুক্তির ব্যবহার', 'কার্যালয়, দেবীগঞ্জ', 'সেবা প্রদান প্রতিশ্রুতি', 'কি কেন কৈ', 'বর্তমান ধর্ম']) {
    assert.equal(logicalOrder(s), s.normalize('NFC'), s);
  }
  assert.equal(logicalOrder('িনশ্চত'), 'নিশ্চত');
  assert.equal(logicalOrder('েসবা েদয়া'), 'সেবা দেয়া');
  assert.equal(logicalOrder('েপৗরসভা'), 'পৌরসভা');
  assert.equal(logicalOrder('বতর্মান িবষয়'), 'বর্তমান বিষয়');
  assert.equal(logicalOrder('উপেজলা', true), 'উপজেলা');
  assert.equal(logicalOrder('উপেজলা'), 'উপেজলা'); // alone it could be either
});

test('a seed charter printed to a PDF with good ToUnicode imports like its text', async () => {
  for (const file of ['charter-upazila-debiganj.txt', 'charter-district-khulna.txt']) {
    const text = seed(file);
    const fromText = importText(text);
    const fromPdf = await importFile(textPdf(text), file.replace(/\.txt$/, '.pdf'));
    assert.equal(fromPdf.office.name, fromText.office.name, file);
    assert.equal(fromPdf.office.upazilaCode, fromText.office.upazilaCode, file);
    assert.deepEqual(
      fromPdf.services.map((s) => [s.category, s.name, s.fee.kind, s.fee.amountTaka]),
      fromText.services.map((s) => [s.category, s.name, s.fee.kind, s.fee.amountTaka]),
      file,
    );
    assert.equal(fromPdf.findings[0]?.code, 'import.needs-review');
  }
});

test('refusals: encrypted or broken → damaged; a scan → unsupported; too many pages or too much text → too-large', async () => {
  const page: PdfPage = { texts: [{ x: 40, y: 40, text: 'Hello' }] };
  await refused(readPdf(makePdf([page], { encrypted: true }), LIMITS), 'import.damaged');
  await refused(readPdf(new TextEncoder().encode('%PDF-1.7\nthis is not a PDF at all\n'), LIMITS), 'import.damaged');
  const pdf = makePdf([page]);
  await refused(readPdf(pdf.subarray(0, 40), LIMITS), 'import.damaged');
  const scan = await refused(readPdf(makePdf([{ texts: [], lines: [{ x0: 10, y0: 10, x1: 200, y1: 200 }] }]), LIMITS), 'import.unsupported');
  assert.match(scan.en, /scanned image/);
  assert.match(scan.en, /OCR/);
  assert.match(scan.bn, /স্ক্যান/u);
  await refused(readPdf(makePdf([page, page, page]), { ...LIMITS, maxPdfPages: 2 }), 'import.too-large');
  await refused(
    readPdf(makePdf([{ texts: Array.from({ length: 50 }, (_, i) => ({ x: 40, y: 20 + i * 10, text: 'a line of text' })) }]), { ...LIMITS, maxTextChars: 100 }),
    'import.too-large',
  );
  // through importFile, which tells a PDF from its first bytes whatever its name
  await refused(importFile(makePdf([page], { encrypted: true }), 'charter.txt'), 'import.damaged');
});

/** A one-page PDF whose content stream is compressed: `extra` bytes of spaces after the text. */
function flatePdf(extra: number): Uint8Array {
  const content = Buffer.concat([Buffer.from('BT /F1 12 Tf 72 720 Td (Hello) Tj ET\n'), Buffer.alloc(extra, 0x20)]);
  const data = deflateSync(content);
  const objects = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>'),
    Buffer.concat([Buffer.from(`<< /Length ${data.length} /Filter /FlateDecode >>\nstream\n`), data, Buffer.from('\nendstream')]),
    Buffer.from('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  let length = parts[0]?.length ?? 0;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

test('a PDF bomb (streams that unpack past the budget) is refused before pdf.js inflates it', async () => {
  const small = { ...LIMITS, maxUnzippedBytes: 1024 * 1024 };
  const bomb = flatePdf(8 * 1024 * 1024);
  assert.ok(bomb.length < 64 * 1024, 'the bomb is small');
  const err = await refused(readPdf(bomb, small), 'import.unsafe');
  assert.match(err.bn, /১ মেগাবাইট/);
  // The same file under the budget is read (it has text, and no charter: the reader's part succeeds).
  const read = await readPdf(flatePdf(1000), small);
  assert.match(read.text, /Hello/);
});
