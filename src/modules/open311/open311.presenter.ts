// What leaves Open311: the specification's fields and nothing of the complainant. The public id, never the
// tracking number (which only the complainant gets, in the answer to POST); a description only when the
// complainant chose to publish it; description and the office's answer cleaned by the one shared function
// (contacts, the complainant's name and address taken out); our own words in the language asked for.
import { withoutIdentity } from '../../grievance/redact.ts';
import { formatTrackingNumber } from '../../grievance/tracking.ts';
import { OPEN_STATUSES, type GrievanceStatus } from '../../grievance/workflow.ts';
import { date } from '../../i18n/format.ts';
import { t, type Locale } from '../../i18n/messages.ts';
import type { ServiceRow } from '../charters/charters.repo.ts';
import type { GrievanceRow } from '../grievances/grievances.repo.ts';
import type { Office } from '../offices/offices.service.ts';
import { say, type Lang } from './open311.errors.ts';
import type { Value } from './open311.format.ts';
import { dhakaTimestamp } from '../../bangla/dates.ts';

export const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** An instant in W3C-DTF with Bangladesh's offset, which it keeps all year: 2026-06-04T10:00:00+06:00. */
export const w3c = dhakaTimestamp;

/** The last moment of a due day in Bangladesh: the working-day deadline as Open311's expected_datetime. */
export const endOfDay = (isoDate: string): string => `${isoDate}T23:59:59+06:00`;

const both = (fn: (locale: Locale) => string) => ({ bn: fn('bn'), en: fn('en') });
const dueText = (isoDate: string) => both((l) => date(isoDate, l));

export function discovery(o: { url: string; changeset: string; test: boolean; lang: Lang }): Value {
  return {
    changeset: o.changeset,
    contact: say(o.lang, (l) => t(l, 'open311.discovery.contact')),
    key_service: say(o.lang, (l) => t(l, 'open311.discovery.key')),
    endpoints: [
      {
        specification: SPECIFICATION,
        url: o.url,
        changeset: o.changeset,
        type: o.test ? 'test' : 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}

export const serviceCodeOf = (row: Pick<ServiceRow, 'category' | 'serial'>): string => `${row.category}-${row.serial}`;

/**
 * A service row of the current charter as an Open311 service: no attributes to ask (metadata false), and
 * the tracking number is given at once (realtime). The name is as the charter writes it.
 */
export function service(row: ServiceRow, office: Office, lang: Lang): Value {
  const group = (l: Locale) => t(l, `charter.category.${row.category as 'citizen' | 'institutional' | 'internal'}`);
  return {
    service_code: serviceCodeOf(row),
    service_name: row.name,
    description: say(lang, (l) =>
      t(l, 'open311.service.description', { service: row.name, group: group(l), serial: row.serial, office: l === 'bn' ? office.nameBn : office.nameEn }),
    ),
    metadata: false,
    type: 'realtime',
    keywords: `${group('en')}, ${group('bn')}`,
    group: say(lang, group),
  };
}

export const serviceDefinition = (code: string): Value => ({ service_code: code, attributes: [] });

/** A grievance's service_request_id: its serial id, public and opaque; never the tracking number. */
export const requestIdOf = (g: Pick<GrievanceRow, 'id'>): string => String(g.id);

/**
 * The answer to POST requests, which goes only to the one who filed: the public id, the tracking number
 * (with the mobile, the complainant's proof) and what happens next in service_notice, no account (we keep none).
 */
export function created(filed: { id: number; trackingNumber: string; dueOn: string }, office: Office, lang: Lang): Value {
  const tracking = formatTrackingNumber(filed.trackingNumber);
  return [
    {
      service_request_id: requestIdOf(filed),
      service_notice: say(lang, (l) =>
        t(l, 'open311.notice.filed', { tracking, office: l === 'bn' ? office.nameBn : office.nameEn, due: dueText(filed.dueOn) }),
      ),
      account_id: null,
    },
  ];
}

/** Published text without the complainant: contacts, their name and address (empty once anonymised). */
const cleaned = (text: string, g: GrievanceRow): string => withoutIdentity(text, { name: g.name, address: g.address });

const isOpen = (status: string) => OPEN_STATUSES.includes(status as GrievanceStatus);

function notice(g: GrievanceRow, lang: Lang): string | null {
  if (g.status === 'clarification') return say(lang, (l) => t(l, 'open311.notice.stopped'));
  if (!isOpen(g.status) || g.dueOn === null) return null;
  const level = g.level as 'officer' | 'appeal' | 'cell';
  const due = g.dueOn;
  return say(lang, (l) => t(l, 'open311.notice.due', { level: t(l, `grievance.level.${level}`), due: date(due, l) }));
}

/**
 * A grievance as a public service request: its public id (never the tracking number), status, what happened
 * (only when the complainant chose to publish it: anonymous is false) and the office's answer, both cleaned;
 * the office's name and address, never the complainant's; no coordinates (a grievance is about an office,
 * not a place). A description not published is returned empty, as the specification lists it among the
 * fields always returned (unlike status_notes, it is not marked "may not be returned").
 */
export function request(g: GrievanceRow, office: Office, lang: Lang): Value {
  const open = isOpen(g.status);
  const closedAt = g.closedAt ?? g.decidedAt ?? g.updatedAt;
  return {
    service_request_id: requestIdOf(g),
    status: open ? 'open' : 'closed',
    status_notes: g.answer.trim() ? cleaned(g.answer, g) : null,
    service_name: g.serviceName || null,
    service_code: g.serviceCode,
    description: g.anonymous === false ? cleaned(g.description, g) : null,
    agency_responsible: office.nameEn,
    service_notice: notice(g, lang),
    requested_datetime: w3c(g.receivedAt),
    updated_datetime: w3c(open ? g.updatedAt : closedAt),
    expected_datetime: g.dueOn ? endOfDay(g.dueOn) : null,
    address: office.address,
    address_id: null,
    zipcode: null,
    media_url: null,
  };
}
