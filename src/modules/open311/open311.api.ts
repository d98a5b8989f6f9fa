// Open311 GeoReport v2 over the grievances, for existing clients and the 333 call centre's tools.
//
// What the specification says and where (read for this module, 2026):
// - GeoReport v2, http://wiki.open311.org/GeoReport_v2/ (source: github.com/open311/open311.github.io,
//   GeoReport_v2/index.md): methods GET services, GET services/:code, POST requests, GET requests,
//   GET requests/:id, each as .xml or .json; jurisdiction_id "only required if the endpoint serves multiple
//   jurisdictions" (here every office is one, so always); an empty optional argument is one not sent;
//   datetimes W3C/ISO 8601 with a zone (we write +06:00); XML with the declaration, encoding utf-8, no
//   namespace, root <services><service>, <service_requests><request>, <service_definition>, errors
//   <errors><error><code/><description/></error></errors>, JSON by the Spark convention (the same lists as
//   arrays: [{"code":400,"description":"…"}]); a service has service_code, service_name, description,
//   metadata (true|false), type (realtime|batch|blackbox), keywords (comma separated), group; POST is
//   form-encoded (jurisdiction_id, service_code, lat/long or address_string or address_id, attribute[],
//   email, device_id, account_id, first_name, last_name, phone, description, media_url, api_key) and answers
//   a list of one {service_request_id | token, service_notice, account_id}; GET requests takes
//   service_request_id (comma list; it overrides the rest), service_code, start_date, end_date, status
//   (open|closed) and returns at most 90 days or 1000 requests; GET requests/:id returns a list of one;
//   404 for what does not exist, 403 for a bad api_key, 400 for the rest.
// - Service discovery, http://wiki.open311.org/Service_Discovery/ (Service_Discovery.md there): discovery
//   in both XML and JSON, every field required: changeset, contact, key_service, endpoints[] of
//   {specification, url, changeset, type production|test, formats[]}.
// - JSON and XML conversion, http://wiki.open311.org/JSON_and_XML_Conversion/: the Spark convention.
// - Implementations read to confirm the shapes: mysociety/fixmystreet perllib/FixMyStreet/App/Controller/
//   Open311.pm (discovery, services with metadata "false" and type "realtime", W3C dates with the offset).
//
// Where we depart, on purpose (also said in discovery's contact and key_service): no location is needed (a
// grievance is about an office, not a place) and none is returned; POST needs no api_key (a registered
// client's key is recorded when given, never checked, so no 403); POST needs first_name or last_name,
// phone (a Bangladesh mobile) and description, which the grievance requires; service_request_id is the
// grievance's public id (its serial id as a string), never the tracking number: that number with the mobile
// is the complainant's only proof, so it is told only to the one who filed, in service_notice of the answer
// to POST; the public never sees the complainant's name or contacts, nor what they wrote unless they chose to
// publish it (anonymous false; Open311 has no field for that choice, so POST leaves it to the default).
// Our own words (errors, notices) are in the language ?lang= or Accept-Language asks for, else English then
// Bangla; what people wrote (descriptions, names of services) is as written.
import { Hono, type Context } from 'hono';
import type { AppEnv } from '../../http/context.ts';
import { rateLimit } from '../../http/rate-limit.ts';
import { PUBLIC } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { errorResponse, fromDomain, langOf, onOpen311Error, refuse } from './open311.errors.ts';
import { FORMATS, respond, type Format } from './open311.format.ts';
import { formOf, parsePost, parseRequestsQuery } from './open311.input.ts';
import * as present from './open311.presenter.ts';
import * as open311 from './open311.service.ts';

export const open311Api = new Hono<AppEnv>();
open311Api.onError(onOpen311Error);

// A call centre files for many people from one address: generous, but a flood still meets a limit
// (beside fileGrievance's own limit per mobile number).
const perAddress = rateLimit('open311', { max: 120, windowMs: 15 * 60_000 });

const deps = (c: Context<AppEnv>) => c.get('deps');
const jurisdictionOf = (c: Context<AppEnv>, given?: string) => open311.jurisdiction(deps(c).db, given ?? c.req.query('jurisdiction_id'));

/** "citizen-1.json" -> ["citizen-1", "json"]. */
function split(file: string): [string, Format] {
  const dot = file.lastIndexOf('.');
  return [file.slice(0, dot), file.slice(dot + 1) as Format];
}

for (const format of FORMATS) {
  open311Api.get(`/discovery.${format}`, async (c) => {
    const url = new URL(c.req.url);
    const proto = c.req.header('x-forwarded-proto') ?? url.protocol.replace(':', '');
    const body = present.discovery({
      url: `${proto}://${url.host}/open311/v2`,
      changeset: present.w3c(await open311.changeset(deps(c).db)),
      test: deps(c).demo === true,
      lang: langOf(c),
    });
    return respond(c, format, 'discovery', body);
  });

  open311Api.get(`/services.${format}`, async (c) => {
    const office = await jurisdictionOf(c);
    const lang = langOf(c);
    const rows = await open311.servicesOf(deps(c).db, office);
    return respond(
      c,
      format,
      'services',
      rows.map((row) => present.service(row, office, lang)),
    );
  });

  open311Api.get(`/requests.${format}`, async (c) => {
    const office = await jurisdictionOf(c);
    const query = parseRequestsQuery((name) => c.req.queries(name), deps(c).now());
    const lang = langOf(c);
    const found = await open311.listRequests(deps(c).db, office, query);
    return respond(
      c,
      format,
      'service_requests',
      found.map((f) => present.request(f.grievance, f.office, lang)),
    );
  });

  open311Api.post(`/requests.${format}`, perAddress, async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!type.startsWith('application/x-www-form-urlencoded') && !type.startsWith('multipart/form-data')) {
      throw refuse(400, 'open311.error.body');
    }
    const form = formOf(await c.req.parseBody({ all: true }));
    const office = await jurisdictionOf(c, form.jurisdiction_id ?? c.req.query('jurisdiction_id'));
    const input = parsePost(form);
    const filed = await open311.createRequest({ db: deps(c).db, actor: PUBLIC, now: deps(c).now() }, office, input).catch((e: unknown) => {
      throw e instanceof DomainError ? fromDomain(e, office.portal ?? '') : e;
    });
    return respond(c, format, 'service_requests', present.created(filed, office, langOf(c)));
  });
}

// GET service definition: no service asks anything more (metadata is false), so a known code has no attributes.
open311Api.get('/services/:file{[^/]+\\.(?:json|xml)}', async (c) => {
  const [code, format] = split(c.req.param('file'));
  const office = await jurisdictionOf(c);
  await open311.findService(deps(c).db, office, code);
  return respond(c, format, 'service_definition', present.serviceDefinition(code));
});

open311Api.get('/requests/:file{[^/]+\\.(?:json|xml)}', async (c) => {
  const [id, format] = split(c.req.param('file'));
  const office = await jurisdictionOf(c);
  const found = await open311.getRequest(deps(c).db, office, id);
  // a list of one, as the specification's example shows
  return respond(c, format, 'service_requests', [present.request(found.grievance, found.office, langOf(c))]);
});

// Anything else under /open311/v2 (tokens: every service is realtime, so there are none) in Open311's words.
open311Api.all('*', (c) => errorResponse(c, refuse(404, 'open311.error.no-resource')));
