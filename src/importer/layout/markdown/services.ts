// A run of markdown service blocks (a heading and its **field:** bullets each) as one tab-separated service table.
import { toAsciiDigits, toBengaliDigits } from '../../../bangla/digits.ts';
import { squash } from '../../../charter/match.ts';
import { SERVICE_COLUMNS, SERVICE_FORMS, type ServiceColumn } from '../../columns/columns.ts';
import type { RawLine } from '../../lines.ts';

export interface FieldValue {
  key: ServiceColumn;
  pieces: string[];
  indent: number;
  /** The field's own line had no value: the bullets after it are its value. */
  open: boolean;
}

export interface Block {
  line: number;
  serial: string | null;
  /** The heading's or item's text without its number, the name when no field gives one. */
  title: string;
  /** The heading as written, kept as a line when a name field gives another name. */
  headingText: string;
  fields: FieldValue[];
  current: FieldValue | null;
}

export type Entry = { block: Block } | { line: RawLine };

/** The standard order of the columns, and their titles (columns.ts reads them back by meaning); other fields follow. */
const STANDARD_ORDER: readonly ServiceColumn[] = [
  'serial',
  'name',
  'channels',
  'documents',
  'documentsSource',
  'fee',
  'paymentMethod',
  'timeLimit',
  'responsible',
  'superior',
  'alternate',
  'remedy',
  'remarks',
];
const ORDER: readonly ServiceColumn[] = [...STANDARD_ORDER, ...SERVICE_COLUMNS.map((c) => c.key).filter((k) => !STANDARD_ORDER.includes(k))];
const TITLES: Readonly<Partial<Record<ServiceColumn, string>>> = {
  serial: 'ক্রমিক নং',
  name: 'সেবার নাম',
  channels: 'সেবা প্রদান পদ্ধতি',
  documents: 'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
  documentsSource: 'প্রাপ্তিস্থান',
  fee: 'সেবার মূল্য এবং পরিশোধ পদ্ধতি',
  paymentMethod: 'পরিশোধ পদ্ধতি',
  timeLimit: 'সেবা প্রদানের সময়সীমা',
  responsible: 'দায়িত্বপ্রাপ্ত কর্মকর্তা',
  superior: 'ঊর্ধ্বতন কর্মকর্তা',
  alternate: 'বিকল্প কর্মকর্তা',
  remedy: 'সেবা না পেলে প্রতিকার',
  remarks: 'মন্তব্য',
};

export const joinPieces = (pieces: readonly string[]): string =>
  pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('; ');

const BENGALI = /[\u0980-\u09FF]/;

/** Whether every word of a heading is in the name ("Vehicle Registration", "Registration of motor vehicle"). */
function shortForm(heading: string, name: string): boolean {
  const n = squash(name);
  return heading
    .split(/[\s,()/]+/)
    .map(squash)
    .filter((w) => w !== '')
    .every((w) => n.includes(w));
}

/** One service table for a run of blocks: the columns its fields use, one row a block, lines between kept in place. */
export function serviceTable(entries: readonly Entry[]): RawLine[] {
  const blocks = entries.flatMap((e) => ('block' in e ? [e.block] : []));
  const used = new Set<ServiceColumn>(['serial', 'name']);
  for (const b of blocks) for (const f of b.fields) used.add(f.key);
  // A part without its whole is the whole: "প্রাপ্তিস্থান" alone is the documents column.
  const remap = new Map<ServiceColumn, ServiceColumn>();
  if (used.has('documentsSource') && !used.has('documents')) remap.set('documentsSource', 'documents');
  if (used.has('paymentMethod') && !used.has('fee')) remap.set('paymentMethod', 'fee');
  for (const [from, to] of remap) {
    used.delete(from);
    used.add(to);
  }
  const columns = ORDER.filter((k) => used.has(k));
  const title = (k: ServiceColumn): string => {
    if (k === 'documents' && used.has('documentsSource')) return 'প্রয়োজনীয় কাগজপত্র';
    if (k === 'fee' && used.has('paymentMethod')) return 'সেবার মূল্য';
    return TITLES[k] ?? SERVICE_FORMS.names[k][1];
  };
  const out: RawLine[] = [];
  let last = 0;
  let header = false;
  for (const entry of entries) {
    if ('line' in entry) {
      out.push(entry.line);
      continue;
    }
    const b = entry.block;
    if (!header) {
      out.push({ no: b.line, text: columns.map(title).join('\t') });
      header = true;
    }
    const values = new Map<ServiceColumn, string[]>();
    for (const f of b.fields) {
      const key = remap.get(f.key) ?? f.key;
      values.set(key, [...(values.get(key) ?? []), ...f.pieces]);
    }
    const named = joinPieces(values.get('name') ?? []);
    const name = named === '' ? b.title : named;
    // A heading that is not a short form of the name the fields give ("রাষ্ট্রপতির তহবিল হতে অনুদান") is kept, not dropped.
    if (named !== '' && b.title !== '' && !shortForm(b.title, named)) out.push({ no: b.line, text: b.headingText });
    const parsed = b.serial === null ? null : Number(toAsciiDigits(b.serial));
    const serialNo = parsed !== null && Number.isSafeInteger(parsed) && parsed > 0 ? parsed : last + 1;
    last = serialNo;
    // A counted serial in the document's digits: Bengali when the service is written in Bengali.
    const bengali = BENGALI.test(name) || b.fields.some((f) => f.pieces.some((p) => BENGALI.test(p)));
    const serial = b.serial ?? (bengali ? toBengaliDigits(serialNo) : String(serialNo));
    const cells = columns.map((k) => (k === 'serial' ? serial : k === 'name' ? name : joinPieces(values.get(k) ?? [])));
    out.push({ no: b.line, text: cells.map((c) => c.replace(/\t/g, ' ')).join('\t') });
  }
  return out;
}
