// A period report as CSV, one line per grievance: its clock and outcome for a spreadsheet, never who filed it.
// Written by the one CSV writer (src/csv/csv.ts: RFC 4180, CRLF, formula-looking text kept as text), with a BOM
// so that Excel reads the Bangla as UTF-8.
import { toCsv } from '../../csv/csv.ts';
import { formatTrackingNumber } from '../../grievance/tracking.ts';
import { t, type Locale, type MessageKey } from '../../i18n/messages.ts';
import { isDecided, isLate, isOnTime, type GrievanceFacts } from './figures.ts';
import type { PeriodReport, ReportOffice } from './reports.service.ts';
import { officeLabel } from './views/shared.tsx';
import { dhakaTimestamp } from '../../bangla/dates.ts';

/** An instant as Bangladesh time in ISO 8601 with its offset (2026-06-04T10:00:00+06:00); '' for none. */
export const dhakaIso = (at: Date | null): string => (at === null ? '' : dhakaTimestamp(at));

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
  const name = (o: ReportOffice | undefined) => (o === undefined ? '' : officeLabel(o, locale).text);
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
  return toCsv([header, ...lines], { bom: true });
}

/** A file name of ASCII letters only: grievances-<office id>-<period>.csv. */
export const csvFileName = (officeId: number, periodKey: string, below: boolean) => `grievances-${officeId}${below ? '-tree' : ''}-${periodKey}.csv`;
