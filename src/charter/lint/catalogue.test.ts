// The catalogue and the source agree: every code emitted anywhere in src is catalogued, and every catalogued code is emitted.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { CATALOGUE, catalogueEntry } from './catalogue.ts';

const SRC = fileURLToPath(new URL('../../', import.meta.url));

/** Codes catalogued ahead of the work that will emit them (none now). */
const ANNOUNCED = new Set<string>([]);

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const CODE = "'([a-z]+(?:-[a-z]+)*(?:\\.[a-z]+(?:-[a-z]+)*)+)'";
/**
 * How the source emits a code: issue('x.y', …), report('x.y', …), new ImportError('x.y', …),
 * a finding literal { code: 'x.y' }, or a [code, en, bn] tuple handed to issue() later.
 */
const EMITS = [
  new RegExp(`\\b(?:issue|report|ImportError)\\(\\s*(?:'(?:error|warning)'\\s*,\\s*)?${CODE}`, 'g'),
  new RegExp(`\\bcode:\\s*${CODE}`, 'g'),
  new RegExp(`\\[\\s*${CODE}\\s*,\\s*\``, 'g'),
];

function emitted(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(SRC)) {
    if (file.endsWith(join('lint', 'catalogue.ts'))) continue;
    const text = readFileSync(file, 'utf8');
    for (const re of EMITS) {
      for (const m of text.matchAll(re)) {
        const code = m[1];
        if (code !== undefined) found.set(code, [...(found.get(code) ?? []), file.slice(SRC.length)]);
      }
    }
  }
  return found;
}

test('every code the source emits is in the catalogue', () => {
  const unknown = [...emitted()].filter(([code]) => catalogueEntry(code) === undefined).map(([code, files]) => `${code} (${files.join(', ')})`);
  assert.deepEqual(unknown, [], 'add these codes to src/charter/lint/catalogue.ts');
});

test('every catalogued code is emitted somewhere (or announced by work in progress)', () => {
  const found = emitted();
  const unused = CATALOGUE.map((e) => e.code).filter((code) => !found.has(code) && !ANNOUNCED.has(code));
  assert.deepEqual(unused, [], 'these catalogued codes are emitted nowhere: remove them or emit them');
});

test('every entry is complete in both languages, and codes are unique', () => {
  const codes = CATALOGUE.map((e) => e.code);
  assert.equal(new Set(codes).size, codes.length);
  for (const e of CATALOGUE) {
    for (const text of [e.title, e.explanation, e.howToFix]) {
      assert.match(text.bn, /[\u0980-\u09FF]/u, `${e.code}: Bangla text`);
      assert.match(text.en, /^[^\u0980-\u09FF]*[A-Za-z]/u, `${e.code}: English text`);
    }
    assert.ok(e.from.length > 0, `${e.code}: who emits it`);
  }
});
