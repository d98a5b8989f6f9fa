// The promised-services table as the table reader sees it, and how to tell one by its header wherever it stands.
import { SERVICE_COLUMNS, SERVICE_FORMS, scoreTitle, type ServiceColumn } from './columns.ts';
import { isFeeText, isTimeText, splitFeeTime } from '../cells/fee-time.ts';
import { parsePerson } from '../cells/person.ts';
import { headerMap, type TableSpec } from './table.ts';

/** Column titles are read by meaning (columns.ts); a fee and time limit run into one cell are split (fee-time.ts). */
export const serviceSpec = (section: string): TableSpec<ServiceColumn> => ({
  section,
  serial: 'serial',
  columns: SERVICE_COLUMNS,
  forms: SERVICE_FORMS,
  // Without a header an eighth column is taken as the superior officer, the commoner layout.
  positions: ['serial', 'name', 'channels', 'documents', 'fee', 'timeLimit', 'responsible', 'superior'],
  runTogether: { left: 'fee', right: 'timeLimit', split: (text, first) => splitFeeTime(text, first === 'fee') },
  name: { key: 'name', looks: looksLikeServiceName },
  fits: (key, cell) => (key === 'timeLimit' ? isTimeText(cell) : key === 'fee' ? isFeeText(cell) : false),
});

/** A cell that could be a service's name: words, not a duration, a fee, a serial or a person's block. */
function looksLikeServiceName(cell: string): boolean {
  const t = cell.trim();
  if (t.length < 3 || /^[\d০-৯\s.,/()-]+$/u.test(t) || isTimeText(t) || isFeeText(t)) return false;
  const person = parsePerson(t).person;
  return person === null || (person.designation === null && person.phones.length === 0 && person.emails.length === 0);
}

const DETECT = serviceSpec('detect');
/** Fields that make a table with a name column a table of services, not of offices or contacts. */
const SERVICE_FIELDS: readonly ServiceColumn[] = ['timeLimit', 'fee', 'channels', 'documents', 'remedy', 'responsible'];

/**
 * Whether a row is the header of a services table: a column titled as the service's name (a strong title, not
 * "নাম" alone) and at least one column only a service has (time limit, fee, method, documents, remedy, officer);
 * or, with no title for the name, a serial column and two such columns.
 */
export function isServiceHeader(cells: readonly string[]): boolean {
  if (cells.length < 2) return false;
  const map = headerMap(cells, DETECT);
  if (map === null) return false;
  const fields = new Set(map.filter((k): k is ServiceColumn => k !== null && SERVICE_FIELDS.includes(k)));
  // A title that names the service, even where two columns claim it (the reader decides by the cells).
  const named = cells.some((c) => (scoreTitle(c, SERVICE_COLUMNS).get('name') ?? 0) >= 3);
  // A serial and a name column alone is a list of services, set out as a table.
  if (named) return fields.size >= 1 || (map[0] === 'serial' && cells.filter((c) => c !== '').length === 2);
  // No title names it: a serial column and two fields only services have are evidence enough.
  return map[0] === 'serial' && fields.size >= 2;
}
