// Imports a charter pasted or extracted as text (tables tab-separated, or in any shape shapes.ts reads) into a Charter draft with findings.
import { at, issue, mergeRepeated } from '../charter/finding.ts';
import { lintCharter, lintTexts } from '../charter/lint/index.ts';
import { charterSchema, type Charter, type Finding, type GrievanceStep, type Service, type SubordinateOffice } from '../charter/model.ts';
import { vocabularyOf, type Vocabulary } from './cells/channels.ts';
import { officeCodes } from './sections/checks.ts';
import { readGrievance } from './sections/grievance.ts';
import { isOfficeLine, officeLevelOf, officeName, readLetterhead } from './sections/letterhead.ts';
import { toLines } from './lines.ts';
import { reshape } from './layout/shapes.ts';
import { fromMarkdown, isMarkdown } from './layout/markdown.ts';
import { readExpectations, readSubordinates, readVision } from './sections/lists.ts';
import { readServices, type RowField } from './sections/services.ts';
import type { PlacedText } from './columns/table.ts';
import type { PlacedPerson } from './sections/section.ts';
import { SECTION_OF } from '../charter/lint/places.ts';
import { segment } from './sections/sections.ts';
import type { Section } from './sections/section.ts';
import { ImportError } from './errors.ts';
import { notCharter } from './refusal.ts';
import { checkTextBounds, LIMITS, type Limits } from './limits.ts';
import { readSignOff } from './sections/signoff.ts';
import { append } from './append.ts';

export { ImportError, type ImportErrorCode } from './errors.ts';

/** Legacy Bijoy (SutonnyMJ) text is Latin garbage with these marks: "‡Rjv cÖkvm‡Ki Kvh©vjq". */
const BIJOY_MARKS = /[‡†©ÖÕ¨Ð]/g;

function guard(text: string): void {
  if (text.trim() === '') throw new ImportError('import.empty', 'text');
  const odd = (text.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g) ?? []).length;
  if (text.includes('\u0000') || odd > text.length / 100) {
    throw new ImportError('import.binary', 'default');
  }
  const bengali = (text.match(/[\u0980-\u09FF]/g) ?? []).length;
  if (bengali === 0 && (text.match(BIJOY_MARKS) ?? []).length >= 3) {
    throw new ImportError('import.bijoy', 'default');
  }
}

interface Parts {
  vision: string[];
  mission: string[];
  services: Service[];
  absent: RowField[][];
  texts: PlacedText[];
  subordinateOffices: SubordinateOffice[];
  expectations: string[];
  grievanceSteps: GrievanceStep[];
  findings: Finding[];
  blockFindings: Finding[];
  persons: PlacedPerson[];
}

/** The lint's finding for a row's empty field, when the field has no column in the row's table. */
const EMPTY_FIELD: Record<string, RowField> = { 'fee.empty': 'fee', 'time-limit.empty': 'timeLimit', 'officer.missing': 'responsible' };

/** Drops a row's empty-field finding where its table has no such column: `columns.missing` said it once. */
function withoutAbsentColumns(findings: readonly Finding[], services: readonly Service[], absent: readonly RowField[][]): Finding[] {
  const keys = new Set<string>();
  // A lint finding is placed by section and serial: where two services share both (two tables numbered from 1),
  // which one it is about is not known, and nothing is dropped for them.
  const rows = new Map<string, number>();
  for (const s of services) rows.set(`${SECTION_OF[s.category]} ${s.serial}`, (rows.get(`${SECTION_OF[s.category]} ${s.serial}`) ?? 0) + 1);
  services.forEach((s, i) => {
    const row = `${SECTION_OF[s.category]} ${s.serial}`;
    if ((rows.get(row) ?? 0) > 1) return;
    for (const f of absent[i] ?? []) keys.add(`${row} ${f}`);
  });
  if (keys.size === 0) return [...findings];
  return findings.filter((f) => {
    const field = EMPTY_FIELD[f.code];
    return field === undefined || !keys.has(`${f.location?.section ?? ''} ${f.location?.row ?? ''} ${field}`);
  });
}

function readSection(section: Section, parts: Parts, vocab: Vocabulary): void {
  switch (section.kind) {
    case 'vision': {
      const r = readVision(section);
      if (r.vision !== '') parts.vision.push(r.vision);
      if (r.mission !== '') parts.mission.push(r.mission);
      append(parts.findings, r.findings);
      return;
    }
    case 'services': {
      const r = readServices(section, vocab);
      append(parts.services, r.services);
      append(parts.absent, r.absent);
      append(parts.texts, r.texts);
      append(parts.findings, r.findings);
      append(parts.blockFindings, r.blockFindings);
      append(parts.persons, r.persons);
      return;
    }
    case 'subordinate': {
      const r = readSubordinates(section);
      append(parts.subordinateOffices, r.offices);
      append(parts.findings, r.findings);
      return;
    }
    case 'expectations': {
      const r = readExpectations(section);
      append(parts.expectations, r.items);
      append(parts.findings, r.findings);
      return;
    }
    case 'grievance': {
      const r = readGrievance(section);
      append(parts.grievanceSteps, r.steps);
      append(parts.findings, r.findings);
      append(parts.blockFindings, r.blockFindings);
      append(parts.persons, r.persons);
      return;
    }
    case 'unknown':
      parts.findings.push(
        ...section.lines.filter((l) => l.text !== '').flatMap((l) => at({ line: l.no }, [issue('line.unplaced', { text: l.text }, 'unknown-section')])),
      );
  }
}

/** The letterhead's office, else the office line of the sign-off (Khulna's charter has no letterhead). */
function resolveOffice(office: Charter['office'], signOff: Charter['signOff'], findings: Finding[]): Charter['office'] {
  if (office.name !== null) return office;
  const line = signOff?.office?.split('\n').reverse().find(isOfficeLine);
  if (line === undefined) {
    append(findings, at({ section: 'header' }, [issue('office.missing')]));
    return office;
  }
  findings.push(...at({ section: 'header' }, [issue('office.from-sign-off')]));
  return { ...office, name: officeName(line), level: officeLevelOf(line) };
}

/**
 * Markdown (from the tools that convert PDFs) is turned into plain and tab-separated lines first; those go through
 * `reshape` like any text, and keep the markdown's own line numbers.
 */
function reshapeAny(text: string, merged: boolean): ReturnType<typeof reshape> {
  if (!isMarkdown(text)) return reshape(text, merged);
  const md = fromMarkdown(text);
  // A markdown table's empty cell is an empty cell: no merged cell is carried down.
  const shaped = reshape(md.lines.map((l) => l.text).join('\n'), false);
  const lines = shaped.lines.map((l) => ({ ...l, no: md.lines[l.no - 1]?.no ?? l.no }));
  return { lines, findings: [...md.findings, ...shaped.findings] };
}

export interface TextOptions {
  /**
   * The reader resolved the table's merged cells itself (HTML rowspan, a Word table's vertical merge), so an empty
   * cell in its output is empty: none is carried down again (layout/merged.ts is for text that lost its table).
   */
  cellsResolved?: boolean;
}

/** Parses a charter from text. Pure: no I/O, no clock. Throws ImportError when the text is not a charter. */
export function importText(text: string, limits: Readonly<Limits> = LIMITS, options: TextOptions = {}): Charter {
  guard(text);
  checkTextBounds(text, limits);
  // Pipe tables, one cell a line, page numbers ...: every shape becomes tab-separated lines first.
  const shaped = reshapeAny(text, options.cellsResolved !== true);
  const lines = toLines(shaped.lines);
  const doc = segment(lines);
  if (!doc.sections.some((s) => s.kind !== 'unknown')) throw notCharter(lines);
  const vocab = vocabularyOf(lines);
  const parts: Parts = {
    vision: [],
    mission: [],
    services: [],
    absent: [],
    texts: [],
    subordinateOffices: [],
    expectations: [],
    grievanceSteps: [],
    findings: [...shaped.findings, ...doc.findings],
    blockFindings: [],
    persons: [],
  };
  for (const section of doc.sections) readSection(section, parts, vocab);
  const head = readLetterhead(doc.letterhead);
  const sign = readSignOff(doc.signOff);
  const office = resolveOffice(head.office, sign.signOff, parts.findings);
  const codes = officeCodes(office.level, parts.persons);
  const charter: Charter = {
    office: { ...office, ...codes },
    title: head.title,
    vision: parts.vision.join('\n'),
    mission: parts.mission.join('\n'),
    services: parts.services,
    subordinateOffices: parts.subordinateOffices,
    expectations: parts.expectations,
    grievanceSteps: parts.grievanceSteps,
    signOff: sign.signOff,
    findings: [...parts.findings, ...sign.findings, ...mergeRepeated(parts.blockFindings)],
  };
  // What the structured charter shows (empty cells, phones, deadlines, ...) is the lint's; the importer reports what only the text shows.
  // Column titles and unplaced cells are checked as text too: a misspelt title or Bijoy left in a cell the importer could not place is still said.
  const linted = [...withoutAbsentColumns(lintCharter(charter), parts.services, parts.absent), ...mergeRepeated(lintTexts(parts.texts))];
  return charterSchema.parse({ ...charter, findings: [...charter.findings, ...linted] });
}
