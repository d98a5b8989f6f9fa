// `lint FILE [--json] [--lang en]`: imports a charter file and prints what is wrong with it; exit code 1 when there are errors.
import { parseArgs } from 'node:util';
import { toBengaliDigits } from '../bangla/digits.ts';
import { splitMessage } from '../charter/lint/message.ts';
import type { Finding } from '../charter/model.ts';
import { readCharter } from './read-charter.ts';
import { CliError } from './shared.ts';

type Lang = 'bn' | 'en';

const SECTIONS: ReadonlyArray<readonly [string, string, string]> = [
  ['header', 'শিরোনাম', 'header'],
  ['1', '১. ভিশন ও মিশন', '1. vision and mission'],
  ['2', '২. প্রতিশ্রুত সেবা', '2. promised services'],
  ['2.1', '২.১ নাগরিক সেবা', '2.1 citizen services'],
  ['2.2', '২.২ প্রাতিষ্ঠানিক সেবা', '2.2 institutional services'],
  ['2.3', '২.৩ অভ্যন্তরীণ সেবা', '2.3 internal services'],
  ['3', '৩. আওতাধীন দপ্তর', '3. subordinate offices'],
  ['4', '৪. আপনার কাছে আমাদের প্রত্যাশা', '4. what we expect from you'],
  ['5', '৫. অভিযোগ প্রতিকার ব্যবস্থা', '5. grievance redress'],
  ['sign-off', 'স্বাক্ষর', 'sign-off'],
  ['other', 'দলিলের অন্যান্য জায়গা', 'elsewhere in the document'],
];

interface Spot {
  section: string;
  row: number | null;
  column: number | null;
}

/**
 * Where a finding is: its location, else read from its `where`. The importer's findings say "2.1 row 3 column 7",
 * "grievance step 1 column 4" or "line 42", and a repeated block's finding lists every place with "; ".
 */
function spotsOf(f: Finding): Spot[] {
  if (f.location) return [{ section: f.location.section ?? 'other', row: f.location.row, column: f.location.column }];
  return f.where.split('; ').map((where): Spot => {
    const cell = /^(\d\.\d) row (\d+)(?: column (\d+))?/.exec(where);
    if (cell) return { section: cell[1] ?? 'other', row: Number(cell[2]), column: cell[3] === undefined ? null : Number(cell[3]) };
    const step = /^grievance step (\d+)(?: column (\d+))?/.exec(where);
    if (step) return { section: '5', row: Number(step[1]), column: step[2] === undefined ? null : Number(step[2]) };
    const section = /^(\d\.\d)\b/.exec(where)?.[1] ?? (/^(header|sign-off)$/.test(where) ? where : /^grievance/.test(where) ? '5' : 'other');
    return { section, row: null, column: null };
  });
}

const num = (n: number, lang: Lang) => (lang === 'bn' ? toBengaliDigits(n) : String(n));

/** Rows and column of the findings that say the same thing in one section: "সারি ২, ৩, ৪ · কলাম ৭". */
function placeOf(spots: readonly Spot[], lines: readonly string[], lang: Lang): string {
  const rows = [...new Set(spots.flatMap((s) => (s.row === null ? [] : [s.row])))];
  const columns = [...new Set(spots.flatMap((s) => (s.column === null ? [] : [s.column])))];
  if (rows.length === 0) return lines.length > 0 ? lines.join('; ') : '—';
  const [rowWord, colWord] = lang === 'bn' ? ['সারি', 'কলাম'] : [rows.length > 1 ? 'rows' : 'row', 'column'];
  const rowText = `${rowWord} ${rows.map((r) => num(r, lang)).join(', ')}`;
  return columns.length === 0 ? rowText : `${rowText} · ${colWord} ${columns.map((c) => num(c, lang)).join(', ')}`;
}

/** "English / Bangla" with the page's language first. */
function inLanguage(text: string, lang: Lang): string {
  const { en, bn } = splitMessage(text);
  return en === bn ? en : lang === 'bn' ? `${bn} / ${en}` : `${en} / ${bn}`;
}

interface Group {
  finding: Finding;
  spots: Spot[];
  /** `where` of places that have no row, such as "line 42" */
  lines: string[];
}

/** The findings as a table grouped by section, the message in the page's language first, and a summary line. */
export function formatFindings(findings: readonly Finding[], lang: Lang = 'bn'): string {
  const bySection = new Map<string, Map<string, Group>>();
  for (const f of findings) {
    const wheres = f.location ? [f.where] : f.where.split('; ');
    spotsOf(f).forEach((spot, i) => {
      const groups = bySection.get(spot.section) ?? new Map<string, Group>();
      const key = `${f.severity}\u0000${f.code}\u0000${f.message}`;
      const group = groups.get(key) ?? { finding: f, spots: [], lines: [] };
      group.spots.push(spot);
      const where = wheres[i];
      if (spot.row === null && where !== undefined && !f.location && !group.lines.includes(where)) group.lines.push(where);
      groups.set(key, group);
      bySection.set(spot.section, groups);
    });
  }
  const out: string[] = [];
  for (const [key, bn, en] of SECTIONS) {
    const groups = [...(bySection.get(key)?.values() ?? [])];
    if (groups.length === 0) continue;
    out.push('', lang === 'bn' ? `${bn} / ${en}` : `${en} / ${bn}`);
    // Errors first, then by the first row they concern.
    groups.sort((a, b) => Number(a.finding.severity !== 'error') - Number(b.finding.severity !== 'error') || (a.spots[0]?.row ?? 0) - (b.spots[0]?.row ?? 0));
    for (const { finding: f, spots, lines } of groups) {
      const severity = lang === 'bn' ? (f.severity === 'error' ? 'ত্রুটি' : 'সতর্কতা') : f.severity;
      const fix = f.fix ? `\n      ${lang === 'bn' ? 'সমাধান' : 'fix'}: ${inLanguage(f.fix.label, lang)}` : '';
      out.push(`  ${severity.padEnd(8)} ${f.code.padEnd(26)} ${placeOf(spots, lines, lang)}\n      ${inLanguage(f.message, lang)}${fix}`);
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const bnSummary = `ত্রুটি ${toBengaliDigits(errors)}টি, সতর্কতা ${toBengaliDigits(warnings)}টি`;
  const enSummary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  out.push('', lang === 'bn' ? `${bnSummary} / ${enSummary}` : `${enSummary} / ${bnSummary}`);
  return out.join('\n').replace(/^\n/, '');
}

export async function lintCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new CliError('lint: FILE is missing / ফাইলের নাম দিন');
  if (values.lang !== undefined && values.lang !== 'bn' && values.lang !== 'en') throw new CliError('--lang must be bn or en / --lang হবে bn অথবা en');
  // The import runs the lint (importText calls lintCharter), so its findings are the importer's and the lint's.
  const charter = await readCharter(file);
  const findings = charter.findings;
  if (values.json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
  else process.stdout.write(`${charter.office.name ?? file}\n${formatFindings(findings, values.lang === 'en' ? 'en' : 'bn')}\n`);
  if (findings.some((f) => f.severity === 'error')) process.exitCode = 1;
}
