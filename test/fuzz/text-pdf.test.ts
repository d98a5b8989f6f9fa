// Seeded mutation fuzz of importFile on text and PDF input: every mutated file must become a charter that
// passes charterSchema, or be refused with an ImportError. Anything else (a TypeError, a RangeError, a hang)
// fails the test with the seed and the mutations that made the input, so it can be replayed.
// Deterministic: the same FUZZ_SEED gives the same inputs. FUZZ_SCALE=10 runs ten times as many.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { charterSchema } from '../../src/charter/model.ts';
import { ImportError } from '../../src/importer/errors.ts';
import { LIMITS } from '../../src/importer/limits.ts';
import { importFile } from '../../src/importer/read-file.ts';
import { textPdf } from '../helpers/pdf.ts';
import { prng } from '../helpers/prng.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20250603);
const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const TEXT_CASES = Math.round(900 * SCALE);
const PDF_CASES = Math.round(300 * SCALE);

const seedsDir = new URL('../../../shared/seeds/', import.meta.url);
const seeds = readdirSync(seedsDir)
  .filter((f) => /^charter-.*\.txt$/.test(f))
  .sort()
  .map((f) => ({ name: f, text: readFileSync(new URL(f, seedsDir), 'utf8') }));

type Rand = () => number;
const int = (r: Rand, n: number) => Math.floor(r() * n);
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)] as T;

const ODD = [
  '\uD800',
  '\uDC00',
  '\uDBFF\uDFFF',
  '\uFFFD',
  '\uFEFF',
  '\u200D',
  '\u200C',
  '\u0000',
  '\u202E',
  '\u09CD',
  '\u09BC',
  '\u0981',
  'ি',
  'ে',
  'ো',
  '\u0985\u09CD',
  '\t',
  '\r',
  '\n',
  '\u000B',
  '\u2028',
  '\u{1F600}',
  'ﷺ',
  '𝕏',
];
const BIJOY = ['‡', '†', '©', 'Ö', 'Õ', '¨', 'Ð', '‡Rjv', 'cÖkvm‡Ki', 'Kvh©vjq', '‡mev', 'g~j¨', 'wbqgvejx', '¯^v¯’¨'];

interface Case {
  input: Uint8Array;
  name: string;
  steps: string[];
}

const enc = new TextEncoder();

/** UTF-16LE with a byte-order mark: the one way to hand the importer lone surrogates. */
function utf16(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out[0] = 0xff;
  out[1] = 0xfe;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = c & 0xff;
    out[3 + i * 2] = c >> 8;
  }
  return out;
}

const TEXT_MUTATIONS: Record<string, (r: Rand, t: string) => string> = {
  slice: (r, t) => {
    const lines = t.split('\n');
    const from = int(r, lines.length);
    return lines.slice(from, from + 5 + int(r, 60)).join('\n');
  },
  truncate: (r, t) => t.slice(0, int(r, t.length)),
  deleteRange: (r, t) => {
    const at = int(r, t.length);
    return t.slice(0, at) + t.slice(at + int(r, 400));
  },
  duplicateLines: (r, t) => {
    const lines = t.split('\n');
    const at = int(r, lines.length);
    const n = 1 + int(r, 8);
    const copies = Array.from({ length: 1 + int(r, 5) }, () => lines.slice(at, at + n)).flat();
    lines.splice(at, 0, ...copies);
    return lines.join('\n');
  },
  shuffleLines: (r, t) => {
    const lines = t.split('\n');
    const at = int(r, lines.length);
    const n = 2 + int(r, 20);
    const part = lines.slice(at, at + n);
    for (let i = part.length - 1; i > 0; i--) {
      const j = int(r, i + 1);
      [part[i], part[j]] = [part[j] as string, part[i] as string];
    }
    lines.splice(at, part.length, ...part);
    return lines.join('\n');
  },
  removeTabs: (r, t) => (r() < 0.3 ? t.replace(/\t/g, r() < 0.5 ? ' ' : '') : t.replace(/\t/g, (m) => (r() < 0.3 ? ' ' : m))),
  addTabs: (r, t) => t.replace(/ /g, (m) => (r() < 0.08 ? '\t' : m)),
  insertUnicode: (r, t) => {
    let out = t;
    for (let k = 1 + int(r, 12); k > 0; k--) {
      const at = int(r, out.length + 1);
      out = out.slice(0, at) + pick(r, ODD) + out.slice(at);
    }
    return out;
  },
  randomCodePoints: (r, t) => {
    const at = int(r, t.length + 1);
    let junk = '';
    for (let k = 1 + int(r, 80); k > 0; k--) junk += String.fromCharCode(int(r, 0x10000));
    return t.slice(0, at) + junk + t.slice(at);
  },
  bijoy: (r, t) => {
    let out = t;
    for (let k = 1 + int(r, 10); k > 0; k--) {
      const at = int(r, out.length + 1);
      out = out.slice(0, at) + pick(r, BIJOY) + out.slice(at);
    }
    return out;
  },
  hugeLine: (r, t) => {
    const unit = pick(r, ['ক', 'a', '১\t', 'সেবা ', '-', '\t', '(১)\t']);
    const line = unit.repeat(Math.floor((10_000 + int(r, 60_000)) / unit.length));
    const lines = t.split('\n');
    lines.splice(int(r, lines.length), 0, line);
    return lines.join('\n');
  },
  lineEndings: (r, t) => t.replace(/\n/g, () => pick(r, ['\r\n', '\r', '\n\n', '\n'])),
  digits: (r, t) => t.replace(/[০-৯]/g, (d) => (r() < 0.2 ? String(d.charCodeAt(0) - 0x09e6) : r() < 0.05 ? '' : d)),
  swapSections: (r, t) => {
    const parts = t.split(/\n(?=[১-৫0-9][.)])/);
    if (parts.length < 3) return t;
    const i = int(r, parts.length);
    const j = int(r, parts.length);
    [parts[i], parts[j]] = [parts[j] as string, parts[i] as string];
    return parts.join('\n');
  },
};

const BYTE_MUTATIONS: Record<string, (r: Rand, b: Uint8Array) => Uint8Array> = {
  flipBytes: (r, b) => {
    const out = b.slice();
    for (let k = 1 + int(r, 30); k > 0 && out.length > 0; k--) {
      const at = int(r, out.length);
      out[at] = (out[at] ?? 0) ^ (1 << int(r, 8));
    }
    return out;
  },
  insertBytes: (r, b) => {
    const at = int(r, b.length + 1);
    const junk = Uint8Array.from({ length: 1 + int(r, 64) }, () => int(r, 256));
    return new Uint8Array([...b.subarray(0, at), ...junk, ...b.subarray(at)]);
  },
  deleteBytes: (r, b) => {
    const at = int(r, b.length);
    return new Uint8Array([...b.subarray(0, at), ...b.subarray(at + 1 + int(r, 200))]);
  },
  truncateBytes: (r, b) => b.slice(0, int(r, b.length)),
  duplicateBytes: (r, b) => {
    const at = int(r, b.length);
    const part = b.subarray(at, at + 1 + int(r, 2000));
    return new Uint8Array([...b.subarray(0, at), ...part, ...part, ...b.subarray(at)]);
  },
};

const PDF_MUTATIONS: Record<string, (r: Rand, b: Uint8Array) => Uint8Array> = {
  ...BYTE_MUTATIONS,
  /** Changes numbers: object numbers, lengths, xref offsets, coordinates, glyph codes. */
  numbers: (r, b) => {
    const s = Buffer.from(b).toString('latin1');
    const out = s.replace(/\d+/g, (m) => (r() < 0.03 ? pick(r, ['0', '-1', '999999999', '1e308', String(Number(m) + 1), m + m, '']) : m));
    return Uint8Array.from(Buffer.from(out, 'latin1'));
  },
  /** Changes keywords and operators the parser leans on. */
  keywords: (r, b) => {
    const s = Buffer.from(b).toString('latin1');
    const words = [
      'obj',
      'endobj',
      'stream',
      'endstream',
      'xref',
      'trailer',
      'startxref',
      'BT',
      'ET',
      'Tj',
      'Td',
      'Tf',
      '/Length',
      '/Type',
      '/Pages',
      '/Kids',
      '/Count',
      '<<',
      '>>',
      '[',
      ']',
      'R',
      'beginbfchar',
      'endbfchar',
      '%%EOF',
      're',
      'S',
      'BDC',
      'EMC',
    ];
    const out = s.replace(/obj|endobj|stream|xref|trailer|Tj|Td|Tf|\/Length|\/Kids|\/Count|<<|>>|\[|\]|bfchar|BDC/g, (m) => (r() < 0.04 ? pick(r, words) : m));
    return Uint8Array.from(Buffer.from(out, 'latin1'));
  },
  /** Wraps text in ActualText spans, some unbalanced, to feed the reader's content-stream parser. */
  actualText: (r, b) => {
    const s = Buffer.from(b).toString('latin1');
    const out = s.replace(/<[0-9A-F]{4,}> Tj/g, (m) =>
      r() < 0.3 ? `/Span<</ActualText <FEFF${pick(r, ['09950987', 'D800', '0000', 'FFFD', ''])}> >> BDC ${m}${r() < 0.8 ? ' EMC' : ''}` : m,
    );
    // lengths are now wrong: pdf.js must cope, and so must the reader's own look into the stream
    return Uint8Array.from(Buffer.from(out, 'latin1'));
  },
};

async function check(c: Case, failures: string[]): Promise<'charter' | string> {
  try {
    const charter = await importFile(c.input, c.name, { ...LIMITS, maxFileBytes: 2 * 1024 * 1024 });
    const parsed = charterSchema.safeParse(charter);
    if (!parsed.success) throw new Error(`charterSchema: ${parsed.error.message.slice(0, 500)}`);
    return 'charter';
  } catch (err) {
    if (err instanceof ImportError) return err.code;
    const file = join(tmpdir(), `fuzz-${SEED}-${failures.length}-${c.name}`);
    writeFileSync(file, c.input);
    failures.push(
      `${c.name} [${c.steps.join(' > ')}] (input saved to ${file}):\n  ${err instanceof Error ? (err.stack ?? err.message).split('\n').slice(0, 6).join('\n  ') : String(err)}`,
    );
    return 'crash';
  }
}

function tally(outcomes: Map<string, number>, key: string): void {
  outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
}

test(`text mutations (${TEXT_CASES}, seed ${SEED}): a charter or an ImportError, nothing else`, async () => {
  assert.ok(seeds.length >= 2, 'the charter seeds in ../shared/seeds');
  const r = prng(SEED);
  const failures: string[] = [];
  const outcomes = new Map<string, number>();
  const names = Object.keys(TEXT_MUTATIONS);
  const byteNames = Object.keys(BYTE_MUTATIONS);
  for (let n = 0; n < TEXT_CASES; n++) {
    const seed = pick(r, seeds);
    const steps: string[] = [`#${n} ${seed.name}`];
    // most cases work on a slice, which is quicker to import; some on the whole seed
    let text = seed.text;
    if (r() < 0.8) {
      text = (TEXT_MUTATIONS.slice as (r: Rand, t: string) => string)(r, text);
      steps.push('slice');
    }
    for (let k = 1 + int(r, 3); k > 0; k--) {
      const m = pick(r, names);
      text = (TEXT_MUTATIONS[m] as (r: Rand, t: string) => string)(r, text);
      steps.push(m);
    }
    let bytes: Uint8Array;
    const form = r();
    if (form < 0.12) {
      bytes = utf16(text);
      steps.push('utf-16');
    } else {
      bytes = enc.encode(text);
      if (form > 0.8) {
        const m = pick(r, byteNames);
        bytes = (BYTE_MUTATIONS[m] as (r: Rand, b: Uint8Array) => Uint8Array)(r, bytes);
        steps.push(m);
      }
    }
    tally(outcomes, await check({ input: bytes, name: `${n}.txt`, steps }, failures));
  }
  console.log(`text fuzz outcomes: ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`);
  assert.equal(failures.length, 0, `${failures.length} input(s) crashed importFile:\n${failures.slice(0, 10).join('\n')}`);
  assert.ok((outcomes.get('charter') ?? 0) > TEXT_CASES / 4, 'most mutations should still import');
});

test(`PDF mutations (${PDF_CASES}, seed ${SEED}): a charter or an ImportError, nothing else`, async () => {
  const r = prng(SEED + 1);
  // a small PDF from a slice of each seed (two pages or so), and the whole Debiganj seed
  const bases = seeds.map((s) => ({ name: s.name, pdf: textPdf(s.text.split('\n').slice(0, 50).join('\n')) }));
  bases.push({ name: `whole ${seeds[0]?.name}`, pdf: textPdf(seeds[0]?.text ?? '') });
  const failures: string[] = [];
  const outcomes = new Map<string, number>();
  for (const b of bases) tally(outcomes, await check({ input: b.pdf, name: 'base.pdf', steps: [b.name] }, failures));
  assert.equal(outcomes.get('charter'), bases.length, `the unmutated PDFs import: ${failures.join('\n')}`);
  const names = Object.keys(PDF_MUTATIONS);
  for (let n = 0; n < PDF_CASES; n++) {
    const base = pick(r, bases.slice(0, -1));
    const steps: string[] = [`#${n} ${base.name}`];
    let bytes = base.pdf;
    for (let k = 1 + int(r, 2); k > 0; k--) {
      const m = pick(r, names);
      bytes = (PDF_MUTATIONS[m] as (r: Rand, b: Uint8Array) => Uint8Array)(r, bytes);
      steps.push(m);
    }
    // keep it a PDF to the format check most of the time, so the PDF reader is what is fuzzed
    if (r() < 0.9 && !Buffer.from(bytes.subarray(0, 5)).equals(Buffer.from('%PDF-'))) {
      bytes = new Uint8Array([...enc.encode('%PDF-1.4\n'), ...bytes]);
      steps.push('header');
    }
    tally(outcomes, await check({ input: bytes, name: `${n}.pdf`, steps }, failures));
  }
  console.log(`PDF fuzz outcomes: ${JSON.stringify(Object.fromEntries([...outcomes].sort()))}`);
  assert.equal(failures.length, 0, `${failures.length} input(s) crashed importFile:\n${failures.slice(0, 10).join('\n')}`);
});
