// What an Open311 client sends, read by the specification's rules: an empty parameter is one not sent
// ("Optional Arguments"), lists are comma separated or repeated, datetimes are W3C (with an offset).
import { OPEN_STATUSES, GRIEVANCE_STATUSES } from '../../grievance/workflow.ts';
import { Open311Refusal, refuse, words, type Problem } from './open311.errors.ts';
import { dhakaMidnight } from '../../bangla/dates.ts';

const DAY_MS = 24 * 3600_000;
/** GeoReport_v2 "Response Volume": 90 days or the first 1000 requests, whichever is smaller. */
export const SPAN_DAYS = 90;
export const MAX_REQUESTS = 1000;

export const CLOSED_STATUSES = GRIEVANCE_STATUSES.filter((s) => !OPEN_STATUSES.includes(s));

/** The largest id a serial column holds: a longer number cannot be a request of ours. */
const MAX_ID = 2_147_483_647;

/**
 * A service_request_id as the grievance's public id (the grievances table's serial id, never the tracking
 * number, which with the mobile is the complainant's own proof), or null when it cannot be one.
 */
export function parseRequestId(text: string): number | null {
  const given = text.trim();
  if (!/^[1-9]\d{0,9}$/.test(given)) return null;
  const id = Number(given);
  return id <= MAX_ID ? id : null;
}

/** Every value of a parameter, repeated or comma separated, blanks dropped. */
export function listParam(values: readonly string[] | undefined): string[] | null {
  const items = (values ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());
  const kept = items.filter((v) => v !== '');
  return kept.length ? kept : null;
}

// W3C-DTF (http://www.w3.org/TR/NOTE-datetime) as the specification uses it: a date, or a date and time
// with minutes or seconds (and fractions) and a zone, Z or ±hh:mm. A zone is required with a time.
const W3C = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** The instant a client wrote; a bare date is the start of that day in Bangladesh. */
export function parseW3c(text: string, field: 'start_date' | 'end_date'): { at: Date; dateOnly: boolean } {
  // A "+" left unencoded in a query string arrives as a space: "2026-06-01T00:00:00 06:00".
  const value = text.trim().replace(/ (\d{2}:\d{2})$/, '+$1');
  const m = W3C.exec(value);
  const at = m === null ? null : m[2] === undefined ? dhakaMidnight(m[1] ?? '') : new Date(value);
  if (at === null || Number.isNaN(at.getTime())) throw refuse(400, 'open311.error.date', { field });
  return { at, dateOnly: m?.[2] === undefined };
}

export interface RequestsQuery {
  /** the grievances' public ids (service_request_id) */
  ids: number[] | null;
  serviceCodes: string[] | null;
  statuses: string[] | null;
  from: Date | null;
  to: Date | null;
}

/** GET requests' optional arguments. Ids override the rest; otherwise the window is at most 90 days. */
export function parseRequestsQuery(q: (name: string) => string[] | undefined, now: Date): RequestsQuery {
  const ids = listParam([...(q('service_request_id') ?? []), ...(q('service_request_ids') ?? [])]);
  if (ids) {
    // A string that cannot be an id of ours matches nothing (it is not an error to ask for it).
    const known = [...new Set(ids.map(parseRequestId).filter((id): id is number => id !== null))];
    return { ids: known.slice(0, MAX_REQUESTS), serviceCodes: null, statuses: null, from: null, to: null };
  }
  const problems: Problem[] = [];
  const date = (field: 'start_date' | 'end_date') => {
    const text = listParam(q(field))?.[0];
    if (text === undefined) return null;
    try {
      return parseW3c(text, field);
    } catch (e) {
      if (e instanceof Open311Refusal) problems.push(...e.problems);
      return null;
    }
  };
  const start = date('start_date');
  const end = date('end_date');
  let statuses: string[] | null = null;
  const asked = listParam(q('status'));
  if (asked) {
    if (asked.some((s) => s !== 'open' && s !== 'closed')) problems.push({ code: 400, text: words('open311.error.status') });
    statuses = [...(asked.includes('open') ? OPEN_STATUSES : []), ...(asked.includes('closed') ? CLOSED_STATUSES : [])];
  }
  // The end is the latest instant to include (a bare date: the whole day); the filter's end is exclusive.
  const span = SPAN_DAYS * DAY_MS;
  const last = end?.at ?? (start ? new Date(start.at.getTime() + span) : now);
  const first = start?.at ?? new Date(last.getTime() - span);
  if (first.getTime() > last.getTime()) problems.push({ code: 400, text: words('open311.error.date-order') });
  else if (last.getTime() - first.getTime() > span) problems.push({ code: 400, text: words('open311.error.date-span') });
  if (problems.length) throw new Open311Refusal(400, problems);
  const from = first;
  const to = new Date(last.getTime() + (end?.dateOnly ? DAY_MS : 1));
  return { ids: null, serviceCodes: listParam(q('service_code')), statuses, from, to };
}

/** The form of POST requests, each field trimmed; a file or a repeated field counts by its first text. */
export type Form = Readonly<Record<string, string>>;

export function formOf(body: Record<string, unknown>): Form {
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(body)) {
    const first = Array.isArray(value) ? (value as unknown[])[0] : value;
    if (typeof first === 'string' && first.trim() !== '') form[key] = first.trim();
  }
  return form;
}

export interface PostInput {
  serviceCode: string;
  name: string;
  phone: string;
  email: string | null;
  address: string | null;
  description: string;
  clientKey: string | null;
}

/**
 * The fields the grievance needs, every missing one reported at once. Not read: lat/long, address_id
 * (a grievance is about an office, not a place), device_id, account_id, media_url (nothing is fetched;
 * files come through the web form) and attribute[] (no service has a definition).
 */
export function parsePost(form: Form): PostInput {
  const problems: Problem[] = [];
  const need = (value: string | undefined, key: Parameters<typeof words>[0]) => {
    if (value === undefined) problems.push({ code: 400, text: words(key) });
    return value ?? '';
  };
  const serviceCode = need(form.service_code, 'open311.error.service-missing');
  const name = [form.first_name, form.last_name].filter((s) => s !== undefined).join(' ');
  need(name || undefined, 'open311.error.name-missing');
  const phone = need(form.phone, 'open311.error.phone-missing');
  const description = need(form.description, 'open311.error.description-missing');
  if (problems.length) throw new Open311Refusal(400, problems);
  return {
    serviceCode,
    name,
    phone,
    email: form.email ?? null,
    address: form.address_string ?? null,
    description,
    clientKey: form.api_key ?? null,
  };
}
