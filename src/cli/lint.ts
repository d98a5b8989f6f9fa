// `lint FILE [--json] [--lang en]`: imports a charter file and prints what is wrong with it; exit code 1 when there are errors.
import { parseArgs } from 'node:util';
import { toBengaliDigits } from '../bangla/digits.ts';
import { sameSaying } from '../charter/finding.ts';
import { fixLabelOf, locationText, messageOf, whereOf, type Lang } from '../charter/lint/render.ts';
import type { Finding, FindingLocation } from '../charter/model.ts';
import { readCharter } from './read-charter.ts';
import { CliError } from './shared.ts';

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

const num = (n: number, lang: Lang) => (lang === 'bn' ? toBengaliDigits(n) : String(n));

/** Rows and columns of the places where a finding says the same thing in one section: "সারি ২, ৩, ৪ · কলাম ৭". */
function placeOf(places: readonly FindingLocation[], lang: Lang): string {
  const rows = [...new Set(places.flatMap((s) => (s.row === null ? [] : [s.row])))];
  const columns = [...new Set(places.flatMap((s) => (s.column === null ? [] : [s.column])))];
  if (rows.length === 0) {
    const shown = [...new Set(places.map((p) => locationText({ ...p, section: null }, lang)))].filter((t) => t !== '' && t !== 'document' && t !== 'দলিল');
    return shown.length > 0 ? shown.join('; ') : '—';
  }
  const [rowWord, colWord] = lang === 'bn' ? ['সারি', 'কলাম'] : [rows.length > 1 ? 'rows' : 'row', 'column'];
  const rowText = `${rowWord} ${rows.map((r) => num(r, lang)).join(', ')}`;
  return columns.length === 0 ? rowText : `${rowText} · ${colWord} ${columns.map((c) => num(c, lang)).join(', ')}`;
}

/** A text rendered in the page's language first, then the other. */
function both(render: (lang: Lang) => string, lang: Lang): string {
  const other: Lang = lang === 'bn' ? 'en' : 'bn';
  return `${render(lang)} / ${render(other)}`;
}

interface Group {
  finding: Finding;
  places: FindingLocation[];
}

/** The findings as a table grouped by section, the message in the page's language first, and a summary line. */
export function formatFindings(findings: readonly Finding[], lang: Lang = 'bn'): string {
  const bySection = new Map<string, Map<string, Group>>();
  for (const f of findings) {
    for (const place of [f.location, ...(f.also ?? [])]) {
      const section = place.section !== null && SECTIONS.some(([k]) => k === place.section) ? place.section : 'other';
      const groups = bySection.get(section) ?? new Map<string, Group>();
      const key = sameSaying(f);
      const group = groups.get(key) ?? { finding: f, places: [] };
      group.places.push(place);
      groups.set(key, group);
      bySection.set(section, groups);
    }
  }
  const out: string[] = [];
  for (const [key, bn, en] of SECTIONS) {
    const groups = [...(bySection.get(key)?.values() ?? [])];
    if (groups.length === 0) continue;
    out.push('', lang === 'bn' ? `${bn} / ${en}` : `${en} / ${bn}`);
    // Errors first, then by the first row they concern.
    groups.sort((a, b) => Number(a.finding.severity !== 'error') - Number(b.finding.severity !== 'error') || (a.places[0]?.row ?? 0) - (b.places[0]?.row ?? 0));
    for (const { finding: f, places } of groups) {
      const severity = lang === 'bn' ? (f.severity === 'error' ? 'ত্রুটি' : 'সতর্কতা') : f.severity;
      const fix = f.fix ? `\n      ${lang === 'bn' ? 'সমাধান' : 'fix'}: ${both((l) => fixLabelOf(f, l) ?? '', lang)}` : '';
      out.push(`  ${severity.padEnd(8)} ${f.code.padEnd(26)} ${placeOf(places, lang)}\n      ${both((l) => messageOf(f, l), lang)}${fix}`);
    }
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const bnSummary = `ত্রুটি ${toBengaliDigits(errors)}টি, সতর্কতা ${toBengaliDigits(warnings)}টি`;
  const enSummary = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
  out.push('', lang === 'bn' ? `${bnSummary} / ${enSummary}` : `${enSummary} / ${bnSummary}`);
  return out.join('\n').replace(/^\n/, '');
}

/** For --json: each finding as data, with its words and place rendered in the chosen language beside them. */
export function findingsJson(findings: readonly Finding[], lang: Lang): unknown[] {
  return findings.map((f) => ({ ...f, message: messageOf(f, lang), where: whereOf(f, lang), ...(f.fix ? { fixLabel: fixLabelOf(f, lang) } : {}) }));
}

export async function lintCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' }, lang: { type: 'string' } } });
  const file = positionals[0];
  if (!file) throw new CliError('cli.file-missing', { command: 'lint' });
  if (values.lang !== undefined && values.lang !== 'bn' && values.lang !== 'en') throw new CliError('cli.choice', { option: '--lang', choices: 'bn, en' });
  // The import runs the lint (importText calls lintCharter), so its findings are the importer's and the lint's.
  const charter = await readCharter(file);
  const findings = charter.findings;
  const lang: Lang = values.lang === 'en' ? 'en' : 'bn';
  if (values.json) process.stdout.write(`${JSON.stringify(findingsJson(findings, lang), null, 2)}\n`);
  else process.stdout.write(`${charter.office.name ?? file}\n${formatFindings(findings, lang)}\n`);
  if (findings.some((f) => f.severity === 'error')) process.exitCode = 1;
}
