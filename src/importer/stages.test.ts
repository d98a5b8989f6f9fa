// The importer's stages depend downward only, and no file imports itself back through others: readers and
// layout (every shape to tab-separated lines), columns (titles to fields), cells (officers, fees, times),
// sections (the charter's parts), with the shared line type, limits and errors under them all.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

function files(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files(path, out);
    else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) out.push(path);
  }
  return out;
}

/** Every relative import of a file (type-only ones too: a cycle of types is still a cycle of meaning). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), m[1] ?? ''));
  return found.filter((f) => f.startsWith(ROOT));
}

/** The stage of a file: its folder under src/importer, or "shared" / "entry" for the files at the top. */
function stageOf(file: string): string {
  const rel = relative(ROOT, file);
  const folder = rel.includes('/') ? (rel.split('/')[0] ?? '') : '';
  if (folder !== '') return folder;
  return ['text.ts', 'read-file.ts'].includes(rel) ? 'entry' : 'shared';
}

/** What each stage may import besides itself. */
const MAY: Record<string, readonly string[]> = {
  shared: [],
  cells: ['shared'],
  columns: ['cells', 'shared'],
  layout: ['columns', 'cells', 'shared'],
  readers: ['layout', 'shared'],
  sections: ['layout', 'columns', 'cells', 'shared'],
  entry: ['readers', 'sections', 'layout', 'columns', 'cells', 'shared', 'entry'],
};

const graph = new Map(files(ROOT).map((f) => [f, importsOf(f)]));

test('each stage imports only the stages under it', () => {
  const wrong: string[] = [];
  for (const [file, deps] of graph) {
    const from = stageOf(file);
    for (const dep of deps) {
      const to = stageOf(dep);
      if (to !== from && !(MAY[from] ?? []).includes(to)) wrong.push(`${relative(ROOT, file)} (${from}) -> ${relative(ROOT, dep)} (${to})`);
    }
  }
  assert.deepEqual(wrong, []);
});

test('no import cycle among the importer files', () => {
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (f: string) => {
    if (state.get(f) === 'done') return;
    if (state.get(f) === 'open') {
      cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative(ROOT, p)).join(' -> '));
      return;
    }
    state.set(f, 'open');
    path.push(f);
    for (const d of graph.get(f) ?? []) visit(d);
    path.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) visit(f);
  assert.deepEqual(cycles, []);
});
