// `import-dir DIR --offices MAP.csv`: every charter file in a folder, each to its office's draft, with a
// progress bar, a summary table at the end and a JSON report per file.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { bulkImport, type BulkResult } from '../modules/charters/bulk-import.service.ts';
import { parseCsv } from './csv.ts';
import { progressBar } from './progress.ts';
import { readCharter } from './read-charter.ts';
import { CliError, readTextFile, say, withCtx } from './shared.ts';
import { render } from '../i18n/messages.ts';

const CHARTER_FILE = /\.(txt|text|docx|html?|pdf)$/i;

/** file name -> office id or portal; a header row (file,office) is allowed. */
export function officeMap(csv: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const [file, office] of parseCsv(csv)) {
    if (!file || !office || /^(file|filename|ফাইল)$/i.test(file)) continue;
    map.set(basename(file), office);
  }
  return map;
}

function table(results: BulkResult[]): string {
  const head = ['file', 'status', 'office', 'edition', 'services', 'errors', 'warnings'];
  const rows = results.map((r) => [
    r.file,
    r.status,
    r.officeRef ?? '-',
    r.editionId?.toString() ?? '-',
    String(r.services),
    String(r.errors),
    String(r.warnings),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export async function importDirCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { offices: { type: 'string' }, report: { type: 'string' } } });
  const dir = positionals[0];
  if (!dir || !values.offices) throw new CliError('cli.import-dir.usage');
  const map = officeMap(await readTextFile(values.offices));
  let names: string[];
  try {
    // Charter files by their name, and any file the map names (its format is told from its bytes).
    names = (await readdir(dir, { withFileTypes: true }))
      .filter((e) => e.isFile() && (CHARTER_FILE.test(e.name) || map.has(e.name)))
      .map((e) => e.name)
      .sort();
  } catch {
    throw new CliError('cli.folder-not-found', { path: dir });
  }
  const reportDir = resolve(values.report ?? join('import-reports', new Date().toISOString().replace(/[:.]/g, '-')));
  await mkdir(reportDir, { recursive: true });
  const progress = progressBar(names.length);
  const results = await withCtx((ctx) =>
    bulkImport(
      ctx,
      names.map((file) => ({ file, officeRef: map.get(file) ?? null })),
      {
        read: (file) => readCharter(join(dir, file)),
        onDone: (r) => progress.tick(`${r.file}: ${r.status}`),
      },
    ),
  );
  progress.done();
  // The report says why in both languages beside the message's key, for people and for scripts.
  const withText = (r: BulkResult) => ({ ...r, reason: r.reason && { ...r.reason, bn: render('bn', r.reason), en: render('en', r.reason) } });
  for (const r of results) await writeFile(join(reportDir, `${r.file}.json`), `${JSON.stringify(withText(r), null, 2)}\n`);
  const missing = [...map.keys()].filter((f) => !names.includes(f));
  console.log(table(results));
  const count = (s: BulkResult['status']) => results.filter((r) => r.status === s).length;
  console.log('');
  say('cli.import-dir.summary', { imported: count('imported'), failed: count('failed'), skipped: count('skipped') });
  const why = results.filter((r) => r.reason !== null);
  if (why.length) {
    console.log('');
    say('cli.import-dir.why');
    for (const r of why) if (r.reason) console.log(`  ${r.file}: ${render('bn', r.reason)} / ${render('en', r.reason)}`);
  }
  if (missing.length) say('cli.import-dir.missing', { files: missing.join(', ') });
  say('cli.import-dir.reports', { path: reportDir });
  if (count('failed') > 0) process.exitCode = 1;
}
