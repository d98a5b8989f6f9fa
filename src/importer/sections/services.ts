// Turns the rows of the promised-services tables (section ২) into Services, one sub-section at a time.
import { at, issue } from '../../charter/finding.ts';
import { SECTION_OF, SERVICE_COLUMN } from '../../charter/lint/places.ts';
import { looksLikeFee, parseFee } from '../../charter/fee.ts';
import type { Finding, Person, Service, ServiceCategory } from '../../charter/model.ts';
import { parseTimeLimit, parseTimeLimitUnder } from '../../charter/time-limit.ts';
import { isTimeText } from '../cells/fee-time.ts';
import { splitChannels, type Vocabulary } from '../cells/channels.ts';
import type { Line } from '../lines.ts';
import { isOfficerLine, parsePerson } from '../cells/person.ts';
import { categoryByPosition, subsections } from './sections.ts';
import type { PlacedPerson, Section } from './section.ts';
import { readTable, type ColumnMap, type PlacedText, type TableResult, type TableRow } from '../columns/table.ts';
import type { ServiceColumn } from '../columns/columns.ts';
import { serviceSpec } from '../columns/service-table.ts';
import { everyServiceFee, fieldsInSentences, readServiceList, sentenceName } from './service-list.ts';
import { sentencesOf } from '../cells/sentences.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Fee, TimeLimit } from '../../charter/model.ts';
import type { ParsedPerson } from '../cells/person.ts';
import { append } from '../append.ts';

/** The fields a table has no column for: the table's `columns.missing` says so once, not each row's lint. */
export const ROW_FIELDS = ['fee', 'timeLimit', 'responsible'] as const;
export type RowField = (typeof ROW_FIELDS)[number];

export interface ServicesResult {
  services: Service[];
  /** For each service read from a table, the fields its table had no column for (same order as `services`). */
  absent: RowField[][];
  /** Column titles and cells under no known column: text the Charter does not keep, for the text checks. */
  texts: PlacedText[];
  findings: Finding[];
  /** Findings from officer blocks, merged later: the same block repeats in every row. */
  blockFindings: Finding[];
  persons: PlacedPerson[];
}

interface RowContext {
  category: ServiceCategory;
  /** The section of the group's findings: "2.1", "2.2", "2.3". */
  section: string;
  vocab: Vocabulary;
  out: ServicesResult;
  memo: Memo;
}

/**
 * The same officer block, fee and time limit repeat in every row of a charter: each distinct cell is parsed
 * once per import (the parsers are pure), and every row gets its own copy.
 */
interface Memo {
  persons: Map<string, ParsedPerson>;
  fees: Map<string, Fee>;
  limits: Map<string, TimeLimit>;
  channels: Map<string, string[]>;
}

function memoised<T>(map: Map<string, T>, key: string, make: (k: string) => T): T {
  let v = map.get(key);
  if (v === undefined) {
    v = make(key);
    map.set(key, v);
  }
  return v;
}

const copyPerson = (p: Person): Person => ({ ...p, phones: [...p.phones], emails: [...p.emails], websites: [...p.websites] });

function personAt(row: TableRow<ServiceColumn>, key: 'responsible' | 'superior' | 'alternate', ctx: RowContext): Person | null {
  const where = { section: ctx.section, row: row.serial, column: SERVICE_COLUMN[key] };
  const room = key === 'responsible' ? (row.cells.room ?? '') : '';
  const cell = row.cells[key] ?? '';
  const parsed = memoised(ctx.memo.persons, room === '' ? cell : `${cell}, কক্ষ নং ${room}`, parsePerson);
  append(ctx.out.blockFindings, at(where, parsed.issues));
  const person = parsed.person === null ? null : copyPerson(parsed.person);
  if (person !== null) ctx.out.persons.push({ person, where, role: key });
  return person;
}

/**
 * A fee said outright in a time limit's cell ("৭ কার্যদিবস, ফি ৫০০ টাকা", "৫ কার্যদিবস; বিনামূল্যে"), as a column titled
 * for both holds it; a time "চাহিদা অনুযায়ী" or "প্রশিক্ষণ সূচি অনুযায়ী" is no fee set elsewhere.
 */
const spokenFee = (phrase: string) => {
  const kind = parseFee(phrase).kind;
  return kind === 'free' || (kind === 'amount' && looksLikeFee(phrase) && /টাকা|৳|\/-|\/=|tk|ফি|fee|মূল্য/iu.test(phrase));
};

/** Columns that older forms fill with a fee or a time limit when the table has no column of its own for it. */
const BORROW_FROM: readonly ServiceColumn[] = ['remarks', 'channels', 'remedy', 'documents', 'recipients', 'timeLimit'];

/**
 * A fee or time limit the row gives only in another column ("বিনামূল্যে" under মন্তব্য, "সরাসরি; ৩ কার্যদিবস" under
 * the method): the phrase is read as that field, kept where it was written too, and `cell.from-other-column` says so.
 */
function borrow(row: TableRow<ServiceColumn>, ctx: RowContext): void {
  const wanted: Array<[ServiceColumn, (t: string) => boolean]> = [
    ['timeLimit', (t) => isTimeText(t)],
    // "সপ্তাহে দুই দিন বিনামূল্যে": the words for free or for a rate set elsewhere decide, whatever time the phrase names.
    ['fee', (t) => ['free', 'policy'].includes(parseFee(t).kind) || (parseFee(t).kind === 'amount' && !isTimeText(t))],
  ];
  for (const [key, test] of wanted) {
    if ((row.cells[key] ?? '') !== '') continue;
    for (const from of BORROW_FROM) {
      const whole = (row.cells[from] ?? '').trim();
      // The whole cell when it is all one fee ("প্রবেশ মূল্য: দেশি ৩০/-, বিদেশি ৫০০/- টাকা" keeps its categories),
      // else its first phrase that is one.
      const phrase =
        key === 'fee' &&
        whole !== '' &&
        !isTimeText(whole) &&
        looksLikeFee(whole) &&
        sentencesOf(whole).length === 1 &&
        (from !== 'timeLimit' || spokenFee(whole))
          ? whole
          : whole
              // A slash parts phrases, but not the one of "৩০/=", "৫০/-" or "২৪৫/ টাকা"; a comma, but not the one of "১০,০০০".
              .split(/[;।]|,(?![0-9০-৯])|(?<![0-9০-৯])\/|\/(?![-=]|\s*টাকা)/u)
              .map((p) => p.trim())
              .find((p) => p !== '' && test(p) && (from !== 'timeLimit' || spokenFee(p)));
      if (phrase === undefined) continue;
      row.cells[key] = phrase;
      const [en, bn] = key === 'fee' ? ['fee', 'সেবার মূল্য'] : ['time limit', 'সময়সীমা'];
      append(
        ctx.out.findings,
        at({ section: ctx.section, row: row.serial, column: row.columns[from] ?? null, line: row.line }, [
          issue('cell.from-other-column', { field: { en, bn }, phrase, column: row.columns[from] ?? 0 }),
        ]),
      );
      break;
    }
  }
}

function toService(row: TableRow<ServiceColumn>, ctx: RowContext): Service {
  borrow(row, ctx);
  // Time limits, empty officer cells and the rest of what the Charter keeps are checked by the lint (charter/lint).
  const title = row.titles?.timeLimit ?? '';
  const timeLimit =
    title === '' ? { ...memoised(ctx.memo.limits, row.cells.timeLimit ?? '', parseTimeLimit) } : parseTimeLimitUnder(row.cells.timeLimit ?? '', title);
  let name = row.cells.name ?? '';
  if (name === '') {
    name = '(নামহীন সেবা)';
    append(ctx.out.findings, at({ section: ctx.section, row: row.serial, column: SERVICE_COLUMN.name, line: row.line }, [issue('service.no-name')]));
  }
  const responsible = personAt(row, 'responsible', ctx);
  return {
    category: ctx.category,
    serial: row.serial,
    name,
    channels: [...memoised(ctx.memo.channels, row.cells.channels ?? '', (c) => splitChannels(c, ctx.vocab))],
    documents: documentsOf(row),
    fee: feeOf(row, ctx.memo),
    timeLimit,
    responsible,
    superior: personAt(row, 'superior', ctx),
    alternate: personAt(row, 'alternate', ctx),
    remarks: remarksOf(row),
  };
}

/** "কাগজপত্র" and "প্রাপ্তিস্থান" in two columns (the 8-column field form) are one field: "…; প্রাপ্তিস্থান: …". */
function documentsOf(row: TableRow<ServiceColumn>): string {
  const docs = row.cells.documents ?? '';
  const source = row.cells.documentsSource ?? '';
  if (source === '') return docs;
  return normalizeLine(docs === '' ? `প্রাপ্তিস্থান: ${source}` : `${docs}; প্রাপ্তিস্থান: ${source}`);
}

/** A fee with its payment method in a column of its own: the method is kept as written. */
function feeOf(row: TableRow<ServiceColumn>, memo: Memo): Fee {
  const fee = memoised(memo.fees, row.cells.fee ?? '', parseFee);
  const method = row.cells.paymentMethod ?? '';
  if (method === '') return { ...fee };
  return { ...fee, text: normalizeLine(fee.text === '' ? method : `${fee.text}; পরিশোধ পদ্ধতি: ${method}`), paymentMethod: method };
}

/** The remedy and remarks columns of older forms, in the service's remarks (the remedy with its title). */
function remarksOf(row: TableRow<ServiceColumn>): string {
  const remedy = row.cells.remedy ?? '';
  const recipients = row.cells.recipients ?? '';
  const place = row.cells.place ?? '';
  const remarks = row.cells.remarks ?? '';
  return normalizeLine(
    [
      recipients === '' ? '' : `সেবা গ্রহীতা: ${recipients}`,
      place === '' ? '' : `সেবা প্রদানের স্থান: ${place}`,
      remedy === '' ? '' : `সেবা না পেলে প্রতিকার: ${remedy}`,
      remarks,
    ]
      .filter((t) => t !== '')
      .join('; '),
  );
}

/** Serials should run 1, 2, 3 within a group; a gap or repeat often means a row was lost or split. */
function sequenceFindings(rows: readonly TableRow<ServiceColumn>[], section: string): Finding[] {
  return rows.flatMap((row, i) => {
    const expected = i === 0 ? 1 : (rows[i - 1]?.serial ?? 0) + 1;
    return row.serial === expected ? [] : at({ section, row: row.serial, line: row.line }, [issue('row.serial-sequence', { serial: row.serial, expected })]);
  });
}

function looseFindings(lines: readonly Line[], section: string | null): Finding[] {
  return lines.filter((l) => l.text !== '').flatMap((l) => at({ section, line: l.no }, [issue('line.unplaced', { text: l.text })]));
}

const CATEGORY_WORDS: Record<ServiceCategory, { en: string; bn: string }> = {
  citizen: { en: 'citizen services', bn: 'নাগরিক সেবা' },
  institutional: { en: 'institutional services', bn: 'প্রাতিষ্ঠানিক সেবা' },
  internal: { en: 'internal services', bn: 'অভ্যন্তরীণ সেবা' },
};

function categoryFinding(title: string, line: number, category: ServiceCategory, isSubsection: boolean): Finding[] {
  const where = { section: SECTION_OF[category], line };
  return isSubsection
    ? at(where, [issue('section.unknown', { text: title, category: CATEGORY_WORDS[category] }, 'group')])
    : at(where, [issue('services.no-category', { category: CATEGORY_WORDS[category] })]);
}

/** Services read from a list or prose: each field was found in words, so the reviewer should check them. */
function listFindings(line: number, section: string): Finding[] {
  return at({ section, line }, [issue('services.from-list')]);
}

/** A table of a serial and the services' names alone: a list set out as a table. */
function namesOnly(map: ColumnMap<ServiceColumn> | null): boolean {
  const keys = new Set(map?.filter((k) => k !== null));
  return keys.size === 2 && keys.has('serial') && keys.has('name');
}

/**
 * In a list set out as a table each name is an item, often a sentence ("জরুরী বিভাগ ২৪ ঘন্টা খোলা।", "ভর্তি
 * রোগীদের বিনামূল্যে খাবার সরবরাহ করা হয়।"): the name without its final danda, and the time limit and fee its
 * words give, as in a list. Whether any row gave a field.
 */
function readNameSentences(rows: TableRow<ServiceColumn>[]): boolean {
  let any = false;
  for (const row of rows) {
    const name = row.cells.name;
    if (name === undefined) continue;
    row.cells.name = sentenceName(name);
    const found = fieldsInSentences(sentencesOf(name));
    if (found.timeLimit !== undefined) row.cells.timeLimit ??= found.timeLimit;
    if (found.fee !== undefined) row.cells.fee ??= found.fee;
    any ||= found.timeLimit !== undefined || found.fee !== undefined;
  }
  return any;
}

/** The officer columns, whose cells a copy from Word breaks over bare lines. */
const OFFICER_KEYS: readonly ServiceColumn[] = ['responsible', 'superior', 'alternate'];

/**
 * A table copied from Word with an officer cell of several lines in its last column: the cell's first line ends
 * the row and the others follow as lines without tabs ("(ফোকাল পয়েন্ট) মোছাঃ …", "মোবাইলঃ ০১৭…", an e-mail).
 * Those lines, up to a blank line or the next row, continue that cell when each is part of an officer's block
 * (a name, a phone, an e-mail). The lines taken are returned, so they are not reported as left over.
 */
function wrappedOfficerLines(table: TableResult<ServiceColumn>, lines: readonly Line[]): Set<Line> {
  const taken = new Set<Line>();
  const loose = new Set(table.loose);
  const byNo = new Map(lines.map((l, i) => [l.no, i]));
  for (const row of table.rows) {
    const filled = (Object.keys(row.cells) as ServiceColumn[]).filter((k) => (row.cells[k] ?? '') !== '' && row.columns[k] !== undefined);
    const last = filled.sort((a, b) => (row.columns[b] ?? 0) - (row.columns[a] ?? 0))[0];
    if (last === undefined || !OFFICER_KEYS.includes(last)) continue;
    const start = byNo.get(row.line);
    if (start === undefined) continue;
    const more: string[] = [];
    for (let i = start + 1; i < lines.length; i++) {
      const l = lines[i] as Line;
      if (l.isRow || !loose.has(l) || !isOfficerLine(l.text)) break;
      more.push(l.text);
      taken.add(l);
    }
    if (more.length > 0) row.cells[last] = [row.cells[last], ...more].join('\n');
  }
  return taken;
}

/** Reads every sub-section of the services section. */
export function readServices(section: Section, vocab: Vocabulary): ServicesResult {
  const out: ServicesResult = { services: [], absent: [], texts: [], findings: [], blockFindings: [], persons: [] };
  const { before, subs } = subsections(section);
  const groups = subs.length > 0 ? subs : [{ category: null, number: null, title: section.title, line: section.line, lines: before }];
  if (subs.length > 0) append(out.findings, looseFindings(before, '2'));
  let map: ColumnMap<ServiceColumn> | null = null;
  const memo: Memo = { persons: new Map(), fees: new Map(), limits: new Map(), channels: new Map() };
  for (const sub of groups) {
    const category = sub.category ?? categoryByPosition(sub.number) ?? 'citizen';
    const label = SECTION_OF[category];
    if (sub.category === null) append(out.findings, categoryFinding(sub.title, sub.line, category, subs.length > 0));
    const table: TableResult<ServiceColumn> = readTable(sub.lines, serviceSpec(label), map);
    map = table.map;
    append(out.texts, table.texts);
    const ctx: RowContext = { category, section: label, vocab, out, memo };
    if (table.rows.length === 0) {
      // No table: the services may be a numbered list or prose.
      const list = readServiceList(sub.lines, section.everyService?.text);
      if (list.rows.length > 0) {
        append(
          out.findings,
          listFindings(sub.line, label),
          looseFindings(
            table.loose.filter((l) => !list.used.has(l.no)),
            label,
          ),
        );
        for (const row of list.rows) {
          if (section.everyService !== undefined) row.cells.responsible ??= section.everyService.text;
          out.services.push(toService(row, ctx));
          out.absent.push([]);
        }
        continue;
      }
    }
    const wrapped = wrappedOfficerLines(table, sub.lines);
    const feeLines = table.loose.filter((l) => everyServiceFee(l.text) !== null);
    append(
      out.findings,
      table.findings,
      looseFindings(
        table.loose.filter((l) => !feeLines.includes(l) && !wrapped.has(l)),
        label,
      ),
      sequenceFindings(table.rows, label),
    );
    if (namesOnly(table.map) && readNameSentences(table.rows)) append(out.findings, listFindings(sub.line, label));
    const every = section.everyService;
    if (every !== undefined) for (const row of table.rows) row.cells.responsible ??= every.text;
    // "সকল সেবা বিনামূল্যে প্রদান করা হয়।" under or above the table: the fee of every row that gives none.
    const everyFee = [...feeLines, ...before].map((l) => everyServiceFee(l.text)).find((t) => t !== null);
    if (everyFee !== undefined) for (const row of table.rows) if ((row.cells.fee ?? '') === '') row.cells.fee = everyFee;
    for (const row of table.rows) {
      const absent = ROW_FIELDS.filter((f) => row.columns[f] === undefined);
      out.services.push(toService(row, ctx));
      out.absent.push(absent.filter((f) => (row.cells[f] ?? '') === ''));
    }
  }
  return out;
}
