// A period report as CSV, one line per grievance: its clock and outcome for a spreadsheet, never who filed it.
// RFC 4180 (CRLF, fields quoted when they must be), with a BOM so that Excel reads the Bangla as UTF-8.
import { formatTrackingNumber } from '../../grievance/tracking.ts';
import { t, type Locale, type MessageKey } from '../../i18n/messages.ts';
import { isDecided, isLate, isOnTime, type GrievanceFacts } from './figures.ts';
import type { PeriodReport, ReportOffice } from './reports.service.ts';

const BOM = '\uFEFF';

/**
 * One field. Quoted when it holds a separator, a quote or a line break (our reader, src/cli/csv.ts, also splits
 * on ";" and tabs, and trims, so those and edge spaces are quoted too). A field that starts like a formula
 * (= + - @) gets a leading apostrophe: spreadsheets would otherwise run text from a charter as a formula.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",;\t\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  return BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** An instant as Bangladesh time in ISO 8601 with its offset: 2026-06-04T10:00:00+06:00. */
export function dhakaIso(at: Date | null): string {
  return at === null ? '' : `${new Date(at.getTime() + 6 * 3600_000).toISOString().slice(0, 19)}+06:00`;
}

const COLUMNS: readonly MessageKey[] = [
  'reports.csv.tracking',
  'reports.csv.office',
  'reports.csv.service',
  'reports.csv.status',
  'reports.csv.level',
  'reports.csv.received',
  'reports.csv.acknowledged',
  'reports.csv.decided',
  'reports.csv.closed',
  'reports.csv.due',
  'reports.csv.on-time',
];

/** yes / no once the outcome is known (decided, escalated or past its last day), else empty. */
function onTimeCell(g: GrievanceFacts, today: string): string {
  if (isOnTime(g)) return 'yes';
  return isDecided(g) || isLate(g, today) ? 'no' : '';
}

/**
 * The header is in the reader's language; the values are the same whoever downloads the file: status and level
 * as codes, dates in ISO with ASCII digits, so sheets from Bangla and English readers can be put together.
 */
export function reportCsv(report: PeriodReport, locale: Locale): string {
  const name = (o: ReportOffice | undefined) => (o === undefined ? '' : locale === 'bn' ? o.nameBn : o.nameEn);
  const header = COLUMNS.map((key) => t(locale, key));
  const lines = report.grievances.map((g) => [
    formatTrackingNumber(g.trackingNumber),
    name(report.officeNames.get(g.officeId)),
    g.serviceName,
    g.status,
    g.level,
    dhakaIso(g.receivedAt),
    dhakaIso(g.acknowledgedAt),
    dhakaIso(g.decidedAt),
    dhakaIso(g.closedAt),
    g.dueOn ?? '',
    onTimeCell(g, report.generatedOn),
  ]);
  return toCsv([header, ...lines]);
}

/** A file name of ASCII letters only: grievances-<office id>-<period>.csv. */
export const csvFileName = (officeId: number, periodKey: string, below: boolean) => `grievances-${officeId}${below ? '-tree' : ''}-${periodKey}.csv`;
