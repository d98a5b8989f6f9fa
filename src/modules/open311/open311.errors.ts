// Open311's errors and the language of our own words in Open311 bodies. The specification's error body is a
// list of {code, description}; the HTTP status is 404 for what does not exist and 400 for any other request
// that cannot be fulfilled (GeoReport_v2 "Errors"); the body's code may be more specific (429 too many) since
// "the code in the response body shouldn't necessarily match the HTTP error code".
import type { Context } from 'hono';
import { t, type Locale, type Message, type MessageKey, type Params, render } from '../../i18n/messages.ts';
import { DomainError } from '../shared/domain-error.ts';
import { formatOfPath, respond, type Format } from './open311.format.ts';

/** One language asked for (?lang=, else Accept-Language), or both, English first, when nobody asked. */
export type Lang = Locale | 'both';

export function langOf(c: Context): Lang {
  const asked = c.req.query('lang');
  if (asked === 'bn' || asked === 'en') return asked;
  const header = c.req.header('accept-language') ?? '';
  let best: { lang: Locale; q: number } | null = null;
  for (const part of header.split(',')) {
    const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
    const lang = tag.split('-')[0];
    if (lang !== 'bn' && lang !== 'en') continue;
    const qParam = rest.map((r) => r.trim()).find((r) => r.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (Number.isFinite(q) && q > 0 && (best === null || q > best.q)) best = { lang, q };
  }
  return best?.lang ?? 'both';
}

/** A text of ours, rendered per language. */
export type Words = (locale: Locale) => string;
export const words =
  (key: MessageKey, params: Params = {}): Words =>
  (locale) =>
    t(locale, key, params);

export const say = (lang: Lang, w: Words): string => (lang === 'both' ? `${w('en')} / ${w('bn')}` : w(lang));

export interface Problem {
  code: number;
  text: Words;
}

/** A refusal in Open311's terms: the HTTP status and one or more errors. */
export class Open311Refusal extends Error {
  constructor(
    public readonly status: 400 | 404,
    public readonly problems: readonly Problem[],
  ) {
    super(`open311 ${status} ${problems.map((p) => p.text('en')).join('; ')}`);
    this.name = 'Open311Refusal';
  }
}

export const refuse = (status: 400 | 404, key: MessageKey, params: Params = {}): Open311Refusal =>
  new Open311Refusal(status, [{ code: status, text: words(key, params) }]);

/** The grievance's field names as an Open311 client sent them. */
const FIELD_OF: Readonly<Record<string, string>> = {
  name: 'first_name, last_name',
  mobile: 'phone',
  email: 'email',
  address: 'address_string',
  description: 'description',
  serviceCode: 'service_code',
  serviceId: 'service_code',
};

const fieldProblem =
  (field: string, m: Message): Words =>
  (locale) =>
    t(locale, 'open311.error.field', { field: FIELD_OF[field] ?? field, problem: render(locale, m) });

/** A use case's DomainError in Open311's terms. */
export function fromDomain(err: DomainError, jurisdiction: string): Open311Refusal {
  switch (err.code) {
    case 'grievance.invalid': {
      const problems = Object.entries(err.fields).map(([field, m]) => ({ code: 400, text: fieldProblem(field, m) }));
      return new Open311Refusal(400, problems.length ? problems : [{ code: 400, text: (locale) => render(locale, err.text) }]);
    }
    case 'grievance.service-unknown':
      return refuse(404, 'open311.error.service-unknown', { code: String(err.params.service ?? ''), jurisdiction });
    case 'grievance.not-found':
    case 'not-found':
      return refuse(404, 'open311.error.not-found');
    default: {
      const status = err.status === 404 ? 404 : 400;
      return new Open311Refusal(status, [{ code: err.status, text: (locale) => render(locale, err.text) }]);
    }
  }
}

/** The error body in the format the path asked for. */
export function errorResponse(c: Context, refusal: Open311Refusal, format: Format = formatOfPath(c.req.path)): Response {
  const lang = langOf(c);
  const body = refusal.problems.map((p) => ({ code: p.code, description: say(lang, p.text) }));
  return respond(c, format, 'errors', body, refusal.status);
}

/** The module's error handler: refusals as they are, DomainErrors translated, anything else a general error. */
export function onOpen311Error(err: Error, c: Context): Response {
  if (err instanceof Open311Refusal) return errorResponse(c, err);
  const jurisdiction = c.req.query('jurisdiction_id') ?? '';
  if (err instanceof DomainError) return errorResponse(c, fromDomain(err, jurisdiction));
  const ref = String(c.get('requestId') ?? '');
  console.error(`[${ref}] open311`, err);
  // a fault of ours, not of the request: 500, with the specification's error body all the same
  const body = [{ code: 500, description: say(langOf(c), words('open311.error.general', { ref })) }];
  return respond(c, formatOfPath(c.req.path), 'errors', body, 500);
}
