// The grievance redress table (GRS): who to contact when, and the deadline of each step (checked by the lint).
import { at, issue } from '../charter/finding.ts';
import type { Finding, GrievanceStep } from '../charter/model.ts';
import { parseTimeLimit } from '../charter/time-limit.ts';
import type { Line } from './lines.ts';
import { parsePerson } from './person.ts';
import type { PlacedPerson } from './services.ts';
import type { Section } from './sections.ts';
import { mapTitles } from './columns.ts';
import { headerMap, readTable, type TableSpec } from './table.ts';
import { append } from './append.ts';

type GrievanceColumn = 'serial' | 'when' | 'role' | 'contact' | 'days';
const GRIEVANCE: TableSpec<GrievanceColumn> = {
  label: 'grievance',
  serial: 'serial',
  columns: [
    { key: 'serial', words: ['ক্রমিক', 'ক্র.', 'নং', 'serial', '=sl', '=no'] },
    { key: 'when', words: ['কখন', 'when to'] },
    { key: 'role', words: ['কার সঙ্গে', 'কার সাথে', 'কাহার', 'whom'] },
    { key: 'contact', words: ['ঠিকানা', 'address'] },
    { key: 'days', words: ['সময়', 'নিষ্পত্তি', 'time limit', 'resolution time', 'deadline'] },
  ],
  positions: ['serial', 'when', 'role', 'contact', 'days'],
};

/** Whether a row is the grievance table's header: at least three of its own titles (when, whom, address, time). */
export function isGrievanceHeader(cells: readonly string[]): boolean {
  if (cells.length < 3 || headerMap(cells, GRIEVANCE) === null) return false;
  // By the titles alone: the reader also gives untitled columns the meaning of their position.
  const map = mapTitles(cells, GRIEVANCE.columns).map;
  const own = new Set(map.filter((k) => k === 'when' || k === 'role' || k === 'contact'));
  return own.size >= 2 && map.includes('days');
}

export interface GrievanceResult {
  steps: GrievanceStep[];
  findings: Finding[];
  blockFindings: Finding[];
  persons: PlacedPerson[];
}

const looseFinding = (line: Line): Finding[] =>
  at(`grievance line ${line.no}`, [
    issue('warning', 'line.unplaced', `Line outside the grievance table: "${line.text}"`, `অভিযোগ সারণির বাইরের লাইন: "${line.text}"`),
  ]);

/** Reads the grievance steps in order. */
export function readGrievance(section: Section): GrievanceResult {
  const table = readTable(section.lines, GRIEVANCE);
  const out: GrievanceResult = { steps: [], findings: [...table.findings, ...table.loose.flatMap(looseFinding)], blockFindings: [], persons: [] };
  for (const row of table.rows) {
    const contactText = row.cells.contact ?? '';
    const contactWhere = `grievance step ${row.serial} column ${row.columns.contact ?? '?'}`;
    const parsed = parsePerson(contactText);
    append(out.blockFindings, at(contactWhere, parsed.issues));
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
    out.steps.push(step);
  }
  return out;
}
