// Turns the rows of the promised-services tables (section ২) into Services, one sub-section at a time.
import { at, issue } from '../charter/finding.ts';
import { parseFee } from '../charter/fee.ts';
import type { Finding, Person, Service, ServiceCategory } from '../charter/model.ts';
import { parseTimeLimit } from '../charter/time-limit.ts';
import { splitChannels, type Vocabulary } from './channels.ts';
import type { Line } from './lines.ts';
import { parsePerson } from './person.ts';
import { categoryByPosition, subsections, type Section } from './sections.ts';
import { readTable, type ColumnMap, type TableResult, type TableRow, type TableSpec } from './table.ts';

type ServiceColumn = 'serial' | 'name' | 'channels' | 'documents' | 'fee' | 'timeLimit' | 'responsible' | 'superior' | 'alternate';

/** Header words per column, checked in this order: the fee title also says "পদ্ধতি", column 8 also says "দায়িত্বপ্রাপ্ত". */
const spec = (label: string): TableSpec<ServiceColumn> => ({
  label,
  serial: 'serial',
  columns: [
    { key: 'serial', words: ['ক্রমিক', 'ক্র.', 'ক্রঃ', 'নং'] },
    { key: 'superior', words: ['উর্ধ্বতন', 'ঊর্ধ্বতন', 'উর্দ্ধতন', 'ঊর্দ্ধতন'] },
    { key: 'alternate', words: ['বিকল্প'] },
    { key: 'responsible', words: ['দায়িত্বপ্রাপ্ত', 'দায়িত্ব প্রাপ্ত', 'কর্মকর্তা'] },
    { key: 'fee', words: ['মূল্য', 'পরিশোধ', 'সেবার ফি'] },
    { key: 'timeLimit', words: ['সময়', 'সময়সীমা'] },
    { key: 'documents', words: ['কাগজ', 'প্রাপ্তিস্থান', 'দলিল'] },
    { key: 'channels', words: ['পদ্ধতি', 'মাধ্যম'] },
    { key: 'name', words: ['সেবার নাম', 'সেবা নাম', 'নাম'] },
  ],
  // Without a header an eighth column is taken as the superior officer, the commoner layout.
  positions: ['serial', 'name', 'channels', 'documents', 'fee', 'timeLimit', 'responsible', 'superior'],
});

export interface PlacedPerson {
  person: Person;
  where: string;
  role: 'responsible' | 'superior' | 'alternate' | 'grievance';
}

export interface ServicesResult {
  services: Service[];
  findings: Finding[];
  /** Findings from officer blocks, merged later: the same block repeats in every row. */
  blockFindings: Finding[];
  persons: PlacedPerson[];
}

interface RowContext {
  category: ServiceCategory;
  label: string;
  vocab: Vocabulary;
  out: ServicesResult;
}

function personAt(row: TableRow<ServiceColumn>, key: 'responsible' | 'superior' | 'alternate', ctx: RowContext): Person | null {
  const where = `${ctx.label} row ${row.serial} column ${row.columns[key] ?? '?'}`;
  const parsed = parsePerson(row.cells[key] ?? '');
  ctx.out.blockFindings.push(...at(where, parsed.issues));
  if (parsed.person !== null) ctx.out.persons.push({ person: parsed.person, where, role: key });
  return parsed.person;
}

function toService(row: TableRow<ServiceColumn>, ctx: RowContext): Service {
  const where = (key: ServiceColumn) => `${ctx.label} row ${row.serial} column ${row.columns[key] ?? '?'}`;
  // Time limits, empty officer cells and the rest of what the Charter keeps are checked by the lint (charter/lint).
  const timeLimit = parseTimeLimit(row.cells.timeLimit ?? '');
  let name = row.cells.name ?? '';
  if (name === '') {
    name = '(নামহীন সেবা)';
    ctx.out.findings.push(...at(where('name'), [issue('error', 'service.no-name', 'Service has no name', 'সেবার নাম নেই')]));
  }
  const responsible = personAt(row, 'responsible', ctx);
  return {
    category: ctx.category,
    serial: row.serial,
    name,
    channels: splitChannels(row.cells.channels ?? '', ctx.vocab),
    documents: row.cells.documents ?? '',
    fee: parseFee(row.cells.fee ?? ''),
    timeLimit,
    responsible,
    superior: personAt(row, 'superior', ctx),
    alternate: personAt(row, 'alternate', ctx),
  };
}

/** Serials should run 1, 2, 3 within a group; a gap or repeat often means a row was lost or split. */
function sequenceFindings(rows: readonly TableRow<ServiceColumn>[], label: string): Finding[] {
  return rows.flatMap((row, i) => {
    const expected = i === 0 ? 1 : (rows[i - 1]?.serial ?? 0) + 1;
    return row.serial === expected
      ? []
      : at(`${label} row ${row.serial} (line ${row.line})`, [
          issue('warning', 'row.serial-sequence', `Serial ${row.serial} where ${expected} was expected`, `ক্রমিক ${expected} এর জায়গায় ${row.serial}`),
        ]);
  });
}

function looseFindings(lines: readonly Line[], label: string): Finding[] {
  return lines.filter((l) => l.text !== '').flatMap((l) =>
    at(`${label} line ${l.no}`, [issue('warning', 'line.unplaced', `Line outside any table row: "${l.text}"`, `সারণির বাইরের লাইন: "${l.text}"`)]),
  );
}

function categoryFinding(title: string, line: number, category: ServiceCategory, isSubsection: boolean): Finding[] {
  const [code, en, bn] = isSubsection
    ? ['section.unknown', `Services group "${title}" is not citizen, institutional or internal; read as ${category} by its number`, `সেবার ধরন "${title}" চেনা যায়নি; নম্বর দেখে ${category} ধরা হয়েছে`]
    : ['services.no-category', `Services are not grouped into citizen, institutional and internal; read as ${category}`, `সেবাগুলো নাগরিক, প্রাতিষ্ঠানিক ও অভ্যন্তরীণ ভাগে নেই; ${category} ধরা হয়েছে`];
  return at(`line ${line}`, [issue('warning', code, en, bn)]);
}

/** Reads every sub-section of the services section. */
export function readServices(section: Section, vocab: Vocabulary): ServicesResult {
  const out: ServicesResult = { services: [], findings: [], blockFindings: [], persons: [] };
  const { before, subs } = subsections(section);
  const groups = subs.length > 0 ? subs : [{ category: null, number: null, title: section.title, line: section.line, lines: before }];
  if (subs.length > 0) out.findings.push(...looseFindings(before, `section ${section.number ?? ''}`.trim()));
  let map: ColumnMap<ServiceColumn> | null = null;
  for (const sub of groups) {
    const category = sub.category ?? categoryByPosition(sub.number) ?? 'citizen';
    const label = sub.number ?? category;
    if (sub.category === null) out.findings.push(...categoryFinding(sub.title, sub.line, category, subs.length > 0));
    const table: TableResult<ServiceColumn> = readTable(sub.lines, spec(label), map);
    map = table.map;
    const ctx: RowContext = { category, label, vocab, out };
    out.findings.push(...table.findings, ...looseFindings(table.loose, label), ...sequenceFindings(table.rows, label));
    out.services.push(...table.rows.map((row) => toService(row, ctx)));
  }
  return out;
}
