// The promised-services table as the table reader sees it, and how to tell one by its header wherever it stands.
import { SERVICE_COLUMNS, SERVICE_FORMS, scoreTitle, type ServiceColumn } from './columns.ts';
import { splitFeeTime } from './fee-time.ts';
import { headerMap, type TableSpec } from './table.ts';

/** Column titles are read by meaning (columns.ts); a fee and time limit run into one cell are split (fee-time.ts). */
export const serviceSpec = (label: string): TableSpec<ServiceColumn> => ({
  label,
  serial: 'serial',
  columns: SERVICE_COLUMNS,
  forms: SERVICE_FORMS,
  // Without a header an eighth column is taken as the superior officer, the commoner layout.
  positions: ['serial', 'name', 'channels', 'documents', 'fee', 'timeLimit', 'responsible', 'superior'],
  runTogether: { left: 'fee', right: 'timeLimit', split: (text, first) => splitFeeTime(text, first === 'fee') },
});

const DETECT = serviceSpec('detect');
/** Fields that make a table with a name column a table of services, not of offices or contacts. */
const SERVICE_FIELDS: readonly ServiceColumn[] = ['timeLimit', 'fee', 'channels', 'documents', 'remedy', 'responsible'];

/**
 * Whether a row is the header of a services table: a column titled as the service's name (a strong title, not
 * "নাম" alone) and at least one column only a service has (time limit, fee, method, documents, remedy, officer).
 */
export function isServiceHeader(cells: readonly string[]): boolean {
  if (cells.length < 2) return false;
  const map = headerMap(cells, DETECT);
  if (map === null) return false;
  const nameAt = map.indexOf('name');
  if (nameAt < 0 || (scoreTitle(cells[nameAt] ?? '', SERVICE_COLUMNS).get('name') ?? 0) < 3) return false;
  return map.some((k) => k !== null && SERVICE_FIELDS.includes(k));
}
