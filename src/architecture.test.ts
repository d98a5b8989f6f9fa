// The pure folders stay pure: they import nothing from modules, db or http, and never read the clock (now and
// the calendar are passed in), so their rules can be tested with any date and reused anywhere.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const PURE = ['bangla', 'calendar', 'charter', 'importer', 'grievance', 'csv'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

test('the pure folders import nothing from modules, db or http, and never read the clock', () => {
  const problems: string[] = [];
  for (const folder of PURE) {
    for (const file of files(join(SRC, folder))) {
      const text = readFileSync(file, 'utf8');
      const where = relative(SRC, file);
      for (const m of text.matchAll(/from\s+'([^']+)'/g)) {
        const target = m[1] ?? '';
        if (/(^|\/)(modules|db|http)\//.test(target) || /\.\.\/(app|server|config|cli)\.tsx?$/.test(target)) problems.push(`${where} imports ${target}`);
      }
      if (/new Date\(\)|Date\.now\(\)/.test(text)) problems.push(`${where} reads the clock`);
    }
  }
  assert.deepEqual(problems, []);
});
