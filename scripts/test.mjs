// Runs every test file (src/**/*.test.ts[x], test/**, e2e/**) with node:test through tsx.
// Node 20's --test takes no glob patterns, so the files are listed here. Set TEST_ONLY=unit or e2e to narrow.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

function walk(dir, out = []) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const name of entries) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.test\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

const only = process.env.TEST_ONLY;
const roots = only === 'e2e' ? ['e2e'] : only === 'unit' ? ['src', 'test'] : ['src', 'test', 'e2e'];
const filter = process.argv.slice(2);
let files = roots.flatMap((r) => walk(r)).sort();
if (filter.length) files = files.filter((f) => filter.some((x) => f.includes(x)));
if (files.length === 0) {
  console.error('no test files found');
  process.exit(1);
}
console.log(`database: ${process.env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : 'PGlite (embedded)'}; ${files.length} test files`);
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=2', '--test-reporter=spec', ...files], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC', NODE_ENV: 'test' },
});
process.exit(result.status ?? 1);
