// The grievance redress table (GRS): who to contact when, and the deadline of each step.
import { toBengaliDigits } from '../bangla/digits.ts';
import { at, issue } from '../charter/finding.ts';
import { hasAny } from '../charter/match.ts';
import type { Finding, GrievanceStep } from '../charter/model.ts';
import { parseTimeLimit } from '../charter/time-limit.ts';
import type { Line } from './lines.ts';
import { parsePerson } from './person.ts';
import type { PlacedPerson } from './services.ts';
import type { Section } from './sections.ts';
import { readTable, type TableSpec } from './table.ts';

type GrievanceColumn = 'serial' | 'when' | 'role' | 'contact' | 'days';
const GRIEVANCE: TableSpec<GrievanceColumn> = {
  label: 'grievance',
  serial: 'serial',
  columns: [
    { key: 'serial', words: ['ক্রমিক', 'ক্র.', 'নং'] },
    { key: 'when', words: ['কখন'] },
    { key: 'role', words: ['কার সঙ্গে', 'কার সাথে', 'কাহার'] },
    { key: 'contact', words: ['ঠিকানা'] },
    { key: 'days', words: ['সময়', 'নিষ্পত্তি'] },
  ],
  positions: ['serial', 'when', 'role', 'contact', 'days'],
};

/** The deadlines the rules give: the grievance officer (অনিক) 30, the appeal officer 20, the Cabinet Division's cell 60. */
const RULE_DAYS = [30, 20, 60];
const ROLE_DAYS: ReadonlyArray<readonly [readonly string[], number, string]> = [
  [['মন্ত্রিপরিষদ', 'মন্ত্রীপরিষদ', 'মন্ত্রি পরিষদ', 'মন্ত্রী পরিষদ', 'অভিযোগ ব্যবস্থাপনা সেল', 'grs cell'], 60, "Cabinet Division's grievance cell"],
  [['আপিল'], 20, 'appeal officer'],
  [['অনিক', 'অভিযোগ নিষ্পত্তি কর্মকর্তা'], 30, 'grievance officer (অনিক)'],
];

export interface GrievanceResult {
  steps: GrievanceStep[];
  findings: Finding[];
  blockFindings: Finding[];
  persons: PlacedPerson[];
}

function deadlineFindings(step: GrievanceStep, where: string, daysText: string): Finding[] {
  const days = step.workingDays;
  if (days === null || !RULE_DAYS.includes(days)) {
    return at(where, [
      issue('warning', 'grievance.deadline', `Grievance deadline "${daysText}" is not one of 30, 20 or 60 working days`, `অভিযোগ নিষ্পত্তির সময়সীমা "${daysText}" ৩০, ২০ বা ৬০ কার্যদিবসের কোনোটি নয়`),
    ]);
  }
  const rule = ROLE_DAYS.find(([words]) => hasAny(step.role, words));
  if (rule === undefined || rule[1] === days) return [];
  return at(where, [
    issue('warning', 'grievance.deadline-role', `The ${rule[2]} is given ${days} working days; the rule is ${rule[1]}`, `"${step.role}" এর জন্য ${toBengaliDigits(days)} কার্যদিবস লেখা; নিয়ম ${toBengaliDigits(rule[1])} কার্যদিবস`),
  ]);
}

const looseFinding = (line: Line): Finding[] =>
  at(`grievance line ${line.no}`, [issue('warning', 'line.unplaced', `Line outside the grievance table: "${line.text}"`, `অভিযোগ সারণির বাইরের লাইন: "${line.text}"`)]);

/** Reads the grievance steps in order. */
export function readGrievance(section: Section): GrievanceResult {
  const table = readTable(section.lines, GRIEVANCE);
  const out: GrievanceResult = { steps: [], findings: [...table.findings, ...table.loose.flatMap(looseFinding)], blockFindings: [], persons: [] };
  for (const row of table.rows) {
    const contactText = row.cells.contact ?? '';
    const contactWhere = `grievance step ${row.serial} column ${row.columns.contact ?? '?'}`;
    const parsed = parsePerson(contactText);
    out.blockFindings.push(...at(contactWhere, parsed.issues));
    if (parsed.person !== null) out.persons.push({ person: parsed.person, where: contactWhere, role: 'grievance' });
    const daysText = row.cells.days ?? '';
    const step: GrievanceStep = {
      order: row.serial > 0 ? row.serial : out.steps.length + 1,
      when: row.cells.when ?? '',
      role: row.cells.role ?? '',
      contact: parsed.person,
      contactText,
      workingDays: parseTimeLimit(daysText).workingDays,
    };
    out.findings.push(...deadlineFindings(step, `grievance step ${row.serial} column ${row.columns.days ?? '?'}`, daysText));
    out.steps.push(step);
  }
  return out;
}
