// Compares Bijoy-to-Unicode converters on our corpus (test/corpus/bijoy): exact phrases and words.
// Prints figures, asserts nothing. The npm candidates are not dependencies; install them apart:
//   npm install --prefix /tmp/bijoy-cands @codesigntheory/bnbijoy2unicode bn-ansi-to-unicode bijoy-to-unicode-bengali-conversion
//   npx tsx bench/bijoy-compare.ts --from /tmp/bijoy-cands
// Without --from, candidates are looked up in the project's own node_modules (npm install --no-save ...).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { convertMixed } from '../src/bangla/bijoy.ts';
import { normalizeText } from '../src/bangla/normalize.ts';
import { loadCorpus, type CorpusCase } from '../test/corpus/bijoy/corpus.ts';

type Convert = (bijoy: string) => string;
interface Candidate {
  name: string;
  load: (mod: Record<string, unknown>) => Convert | undefined;
}

const asFunction = (v: unknown): Convert | undefined => (typeof v === 'function' ? (s: string) => String(v(s)) : undefined);
const defaultExport = (mod: Record<string, unknown>): Convert | undefined => {
  const d = mod.default;
  return asFunction(d) ?? (d && typeof d === 'object' ? asFunction((d as Record<string, unknown>).default) : undefined);
};

const CANDIDATES: Candidate[] = [
  { name: '@codesigntheory/bnbijoy2unicode', load: defaultExport },
  { name: 'bn-ansi-to-unicode', load: defaultExport },
  {
    name: 'bijoy-to-unicode-bengali-conversion',
    load: (mod) => {
      const f = mod.ConvertToUnicode;
      return typeof f === 'function' ? (s: string) => String(f('bijoy', s)) : undefined;
    },
  },
];

function lcs(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const keep = row[j] ?? 0;
      row[j] = x === b[j - 1] ? prev + 1 : Math.max(row[j] ?? 0, row[j - 1] ?? 0);
      prev = keep;
    }
  }
  return row[b.length] ?? 0;
}

interface Score {
  phrases: number;
  exact: number;
  words: number;
  wordsRight: number;
  failures: string[];
}

function score(convert: Convert, cases: CorpusCase[]): Score {
  const s: Score = { phrases: cases.length, exact: 0, words: 0, wordsRight: 0, failures: [] };
  for (const c of cases) {
    let got: string;
    try {
      got = normalizeText(convert(c.bijoy));
    } catch (err) {
      got = `<threw ${err instanceof Error ? err.message : String(err)}>`;
    }
    const want = c.unicode.split(/\s+/);
    s.words += want.length;
    s.wordsRight += lcs(got.split(/\s+/), want);
    if (got === c.unicode) s.exact++;
    else s.failures.push(`${c.bijoy}\n      want ${c.unicode}\n      got  ${got}`);
  }
  return s;
}

async function loadCandidate(c: Candidate, from: string): Promise<{ convert?: Convert; version?: string }> {
  const req = createRequire(join(from, 'package.json'));
  let entry: string;
  try {
    entry = req.resolve(c.name);
  } catch {
    return {};
  }
  let dir = dirname(entry);
  while (!dir.endsWith(join('node_modules', c.name)) && dir !== dirname(dir)) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string };
  const mod = (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
  return { convert: c.load(mod), version: pkg.version };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '-');

async function main() {
  const { values } = parseArgs({ options: { from: { type: 'string' }, failures: { type: 'boolean' } } });
  const from = resolve(values.from ?? '.');
  const cases = loadCorpus();
  const pure = cases.filter((c) => !c.mixed);
  const rows: [string, string, Score, Score][] = [
    ['protishruti (src/bangla/bijoy.ts)', '-', score((s) => convertMixed(s).text, cases), score((s) => convertMixed(s).text, pure)],
  ];
  const missing: string[] = [];
  for (const c of CANDIDATES) {
    const { convert, version } = await loadCandidate(c, from);
    if (!convert) missing.push(c.name);
    else rows.push([c.name, version ?? '?', score(convert, cases), score(convert, pure)]);
  }
  console.log(
    `Corpus: ${cases.length} phrases (${pure.length} all-Bijoy, ${cases.length - pure.length} mixed with English/Unicode); ${cases.filter((c) => c.source === 'typed').length} typed by hand`,
  );
  console.log('| converter | version | phrases exact (all) | words exact (all) | phrases exact (all-Bijoy) | words exact (all-Bijoy) |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, version, all, only] of rows) {
    console.log(
      `| ${name} | ${version} | ${all.exact}/${all.phrases} = ${pct(all.exact, all.phrases)} | ${pct(all.wordsRight, all.words)} | ${only.exact}/${only.phrases} = ${pct(only.exact, only.phrases)} | ${pct(only.wordsRight, only.words)} |`,
    );
  }
  if (missing.length) console.log(`Missing (not installed under ${from}): ${missing.join(', ')}`);
  if (values.failures) {
    for (const [name, , all] of rows) {
      console.log(`\n## ${name}: ${all.failures.length} phrases wrong`);
      for (const f of all.failures) console.log(`  ${f}`);
    }
  }
}

await main();
