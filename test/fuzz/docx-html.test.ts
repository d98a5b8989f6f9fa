// Mutation fuzz of the .docx and HTML readers: valid documents, mutated at random with a seeded PRNG (bytes
// flipped, inserted, deleted, duplicated, truncated, spliced; tags nested and inserted; the Word XML mutated
// and zipped again), each fed to importFile. Each must give a charter that passes charterSchema or throw an
// ImportError; anything else fails with the case's seed and mutations, so it can be replayed:
//   FUZZ_SEED=<seed> FUZZ_CASES=1 npm test -- fuzz/docx-html
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { charterSchema } from '../../src/charter/model.ts';
import { ImportError } from '../../src/importer/errors.ts';
import { importFile } from '../../src/importer/read-file.ts';
import { bodyFromText, buildDocx, concatBytes, p, run, tbl, tc, tr } from '../helpers/docx.ts';
import { htmlFromText, jsonEscapeAll, portalPage } from '../helpers/html.ts';
import { BEFORE, HEADER, OFFICER, ROWS, TEXT } from '../helpers/small-charter.ts';
import { prng } from '../helpers/prng.ts';

const BASE_SEED = Number(process.env.FUZZ_SEED ?? 20261130);
const CASES = Number(process.env.FUZZ_CASES ?? 1500);

interface Rng {
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
}

function rng(seed: number): Rng {
  const next = prng(seed);
  return {
    int: (n) => Math.floor(next() * n),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
  };
}

// --- The documents: the small charter with merged cells, a seed-sized Bijoy run, and portal pages ---

const mergedTable = tbl([
  tr(HEADER, { header: true }),
  tr([...ROWS[0].slice(0, 6).map((c) => tc(c)), tc(OFFICER, { vMerge: 'restart' })], { raw: true }),
  tr([tc('২'), tc(ROWS[1][1] ?? ''), tc('সরাসরি', { gridSpan: 2 }), tc('বিনামূল্যে'), tc('৫ কার্যদিবস'), tc('', { vMerge: 'continue' })], { raw: true }),
  tr([...ROWS[2].slice(0, 6).map((c) => tc(c)), tc('', { vMerge: 'continue' })], { raw: true }),
]);
const docxBody = `${bodyFromText(BEFORE.join('\n'))}${p([run('অফিস: '), run('‡Rjv cÖkvm‡Ki Kvh©vjq', { font: 'SutonnyMJ' })])}${mergedTable}${bodyFromText(TEXT.slice(TEXT.indexOf('৩. আপনার')))}`;
const documentXml = strFromU8(unzipSync(buildDocx(docxBody))['word/document.xml'] ?? new Uint8Array());

const htmlPage = portalPage(
  `${htmlFromText(BEFORE.join('\n'))}<table><tr>${HEADER.map((h) => `<th>${h}</th>`).join('')}</tr>` +
    `<tr>${ROWS[0]
      .slice(0, 6)
      .map((c) => `<td>${c}</td>`)
      .join('')}<td rowspan="3">${OFFICER.replace(/\n/g, '<br>')}</td></tr>` +
    `<tr><td>২</td><td>${ROWS[1][1] ?? ''}</td><td colspan="2">সরাসরি</td><td>বিনামূল্যে</td><td>৫ কার্যদিবস</td></tr>` +
    `<tr>${ROWS[2]
      .slice(0, 6)
      .map((c) => `<td>${c}</td>`)
      .join('')}</tr></table>` +
    `<p><span style="font-family:SutonnyMJ">‡Rjv cÖkvm‡Ki Kvh©vjq</span></p>${htmlFromText(TEXT.slice(TEXT.indexOf('৩. আপনার')))}`,
);
const scriptPage = portalPage('<div id="app"></div>', { script: `window.__DATA__ = {"body": ${jsonEscapeAll(htmlFromText(TEXT))}, "n": 1};` });

interface Base {
  name: string;
  kind: 'docx' | 'html';
  bytes: Uint8Array;
  /** For structure-aware mutation: the text inside (document.xml or the page). */
  text: string;
}

const BASES: Base[] = [
  { name: 'charter.docx (deflated)', kind: 'docx', bytes: buildDocx(docxBody), text: documentXml },
  { name: 'charter.docx (stored)', kind: 'docx', bytes: buildDocx(docxBody, { level: 0 }), text: documentXml },
  { name: 'portal.html', kind: 'html', bytes: strToU8(htmlPage), text: htmlPage },
  { name: 'script.html', kind: 'html', bytes: strToU8(scriptPage), text: scriptPage },
];

// --- Mutations ---

const TAGS = {
  docx: [
    '<w:p>',
    '</w:p>',
    '<w:tbl>',
    '</w:tbl>',
    '<w:tr>',
    '</w:tr>',
    '<w:tc>',
    '</w:tc>',
    '<w:tcPr><w:gridSpan w:val="9999"/></w:tcPr>',
    '<w:vMerge/>',
    '<w:vMerge w:val="restart"/>',
    '<w:t>',
    '</w:t>',
    '<w:br/>',
    '<w:tab/>',
    '<w:trPr><w:tblHeader/></w:trPr>',
    '<w:gridBefore w:val="40"/>',
    '<w:rPr><w:rFonts w:ascii="SutonnyMJ"/></w:rPr>',
    '&amp;',
    '&#0;',
    '&#x1F600;',
    '<![CDATA[',
    ']]>',
    '<!--',
    '-->',
    '<?pi?>',
    '\t',
    '\u0000',
  ],
  html: [
    '<div>',
    '</div>',
    '<table>',
    '</table>',
    '<tr>',
    '</tr>',
    '<td>',
    '</td>',
    '<td colspan="1000">',
    '<td rowspan="65534">',
    '<th>',
    '<thead>',
    '<br>',
    '<p>',
    '<script>',
    '</script>',
    '<style>',
    '<nav>',
    '<font face="SutonnyMJ">',
    '<span style="font-family:SutonnyMJ">',
    '&nbsp;',
    '&#0;',
    '&#xD800;',
    '<!--',
    '-->',
    '<![CDATA[',
    '"\\u09b8\\u09c7',
    '\\u003ctable\\u003e',
    '<meta charset="windows-1252">',
    '\u0000',
    '\uFFFD',
  ],
};

type Mutation = (bytes: Uint8Array, r: Rng, base: Base) => { bytes: Uint8Array; what: string };

const concat = concatBytes;

const BYTE_MUTATIONS: Record<string, Mutation> = {
  flip: (b, r) => {
    const out = b.slice();
    const n = 1 + r.int(8);
    for (let i = 0; i < n && out.length > 0; i++) {
      const at = r.int(out.length);
      out[at] = (out[at] ?? 0) ^ (1 << r.int(8));
    }
    return { bytes: out, what: `flip ${n} bits` };
  },
  insert: (b, r) => {
    const at = r.int(b.length + 1);
    const extra = Uint8Array.from({ length: 1 + r.int(16) }, () => r.int(256));
    return { bytes: concat(b.subarray(0, at), extra, b.subarray(at)), what: `insert ${extra.length} bytes at ${at}` };
  },
  delete: (b, r) => {
    const at = r.int(b.length);
    const n = 1 + r.int(64);
    return { bytes: concat(b.subarray(0, at), b.subarray(at + n)), what: `delete ${n} at ${at}` };
  },
  duplicate: (b, r) => {
    const at = r.int(b.length);
    const n = 1 + r.int(512);
    const times = 1 + r.int(4);
    const chunk = b.subarray(at, at + n);
    return { bytes: concat(b.subarray(0, at), ...Array.from({ length: times }, () => chunk), b.subarray(at)), what: `duplicate ${n} at ${at} x${times}` };
  },
  truncate: (b, r) => {
    const n = r.int(b.length);
    return { bytes: b.slice(0, Math.max(n, 4)), what: `truncate to ${n}` };
  },
  splice: (b, r) => {
    const other = r.pick(BASES).bytes;
    const from = r.int(other.length);
    const n = 1 + r.int(2048);
    const at = r.int(b.length);
    return { bytes: concat(b.subarray(0, at), other.subarray(from, from + n), b.subarray(at + r.int(n))), what: `splice ${n} from another at ${at}` };
  },
};

/** Mutates the text (document.xml or the page) and packs it again: a well-formed zip around broken XML. */
function textMutation(base: Base, r: Rng): { bytes: Uint8Array; what: string } {
  let text = base.text;
  const steps: string[] = [];
  const rounds = 1 + r.int(4);
  for (let k = 0; k < rounds; k++) {
    const at = r.int(text.length + 1);
    switch (r.int(5)) {
      case 0: {
        const tag = r.pick(TAGS[base.kind]);
        text = text.slice(0, at) + tag + text.slice(at);
        steps.push(`tag ${JSON.stringify(tag)} at ${at}`);
        break;
      }
      case 1: {
        const depth = 1 + r.int(400);
        const [open, close] = base.kind === 'docx' ? ['<w:tbl><w:tr><w:tc>', '</w:tc></w:tr></w:tbl>'] : ['<div><table><tr><td>', '</td></tr></table></div>'];
        const closes = r.int(2) === 0;
        text = text.slice(0, at) + open.repeat(depth) + 'x' + (closes ? close.repeat(depth) : '') + text.slice(at);
        steps.push(`nest ${depth}${closes ? '' : ' unclosed'} at ${at}`);
        break;
      }
      case 2: {
        const n = 1 + r.int(200);
        text = text.slice(0, at) + text.slice(at + n);
        steps.push(`cut ${n} chars at ${at}`);
        break;
      }
      case 3: {
        const from = r.int(text.length);
        const n = 1 + r.int(400);
        text = text.slice(0, at) + text.slice(from, from + n) + text.slice(at);
        steps.push(`copy ${n} chars from ${from} to ${at}`);
        break;
      }
      default: {
        const c = String.fromCharCode(r.pick([0, 9, 10, 13, 0x3c, 0x3e, 0x26, 0x22, 0x27, 0x5c, 0x0995, 0x09cd, 0x2021, 0xfffd, 0xd800]));
        text = text.slice(0, at) + c + text.slice(at);
        steps.push(`char U+${c.charCodeAt(0).toString(16)} at ${at}`);
      }
    }
  }
  const bytes = base.kind === 'docx' ? zipSync({ ...unzipSync(base.bytes), 'word/document.xml': strToU8(text) }) : strToU8(text);
  return { bytes, what: `text: ${steps.join('; ')}` };
}

test('fuzz: mutated .docx and HTML give a valid charter or an ImportError', async () => {
  const started = Date.now();
  const outcomes = new Map<string, number>();
  let slowest = { ms: 0, seed: 0 };
  for (let i = 0; i < CASES; i++) {
    const seed = BASE_SEED + i;
    const r = rng(seed);
    const base = BASES[i % BASES.length] ?? BASES[0];
    if (base === undefined) break;
    const mutations: string[] = [];
    let bytes = base.bytes;
    if (r.int(3) === 0) {
      const m = textMutation(base, r);
      bytes = m.bytes;
      mutations.push(m.what);
    }
    const rounds = mutations.length > 0 ? r.int(2) : 1 + r.int(3);
    for (let k = 0; k < rounds; k++) {
      const name = r.pick(Object.keys(BYTE_MUTATIONS));
      const m = BYTE_MUTATIONS[name]?.(bytes, r, base);
      if (m === undefined) continue;
      bytes = m.bytes;
      mutations.push(`${name}: ${m.what}`);
    }
    const t0 = Date.now();
    try {
      const charter = await importFile(bytes, base.name.split(' ')[0]);
      charterSchema.parse(charter);
      outcomes.set('charter', (outcomes.get('charter') ?? 0) + 1);
    } catch (e) {
      if (!(e instanceof ImportError)) {
        assert.fail(
          `seed ${seed} (${base.name}; ${mutations.join(' | ')}) threw ${e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ''}` : String(e)}`,
        );
      }
      outcomes.set(e.code, (outcomes.get(e.code) ?? 0) + 1);
    }
    const ms = Date.now() - t0;
    if (ms > slowest.ms) slowest = { ms, seed };
  }
  const summary = [...outcomes].map(([k, v]) => `${k} ${v}`).join(', ');
  console.log(`fuzz docx/html: ${CASES} cases in ${Date.now() - started} ms (slowest ${slowest.ms} ms, seed ${slowest.seed}): ${summary}`);
  assert.ok((outcomes.get('charter') ?? 0) > CASES / 10, `enough mutations still read as charters: ${summary}`);
});
