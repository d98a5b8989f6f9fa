// Open311 GeoReport v2 end to end, in process: every response in both formats through the specification's
// field rules (open311.spec-check.ts), the two formats the same, filing by POST, the filters, the errors, and
// nothing of any complainant in any public body: no name, no contact, no tracking number (only the answer to
// POST, which goes to the one who filed, carries it), no description unless the complainant chose to publish.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { eq } from 'drizzle-orm';
import { testDatabase } from '../../../test/helpers/db.ts';
import { grievanceWorld, type GrievanceWorld } from '../../../test/helpers/grievances.ts';
import { operatorCtx } from '../../../test/helpers/factories.ts';
import type { Database } from '../../db/client.ts';
import { grievances } from '../../db/schema.ts';
import { createApp } from '../../app.tsx';
import { formatTrackingNumber } from '../../grievance/tracking.ts';
import { toBengaliDigits } from '../../bangla/digits.ts';
import { date } from '../../i18n/format.ts';
import { PUBLIC } from '../shared/context.ts';
import { updateOfficeContacts } from '../offices/offices.service.ts';
import { fileGrievance, type GrievanceInput } from '../grievances/file.service.ts';
import { takeStep } from '../grievances/handle.service.ts';
import { SHAPES, asXmlText, check, checkList, readXml, type Json } from './open311.spec-check.ts';

// Thursday 4 June 2026, 10:00 in Dhaka.
const NOW = new Date('2026-06-04T04:00:00Z');
const daysAgo = (n: number) => new Date(NOW.getTime() - n * 24 * 3600_000);
const J = 'doict.debiganj.panchagarh.gov.bd';
const OFFICE_ADDRESS = 'উপজেলা পরিষদ ভবন, দেবীগঞ্জ, পঞ্চগড়';
// Who filed, and what they typed: none of it may appear in a public body (the phone typed into the text either).
const PEOPLE = ['রহিমা খাতুন', 'Karim Uddin', 'আনোয়ারা বেগম', 'সালমা আক্তার', 'Jamal Hossain'];
const SECRETS = [...PEOPLE, 'rahima@example.com', 'karim@example.com', 'গ্রাম শালডাঙা', 'Village Shaldanga', '01711-223344', '০১৭১১-২২৩৩৪৪', '01711223344'];
const TYPED = 'প্রশিক্ষণের আবেদন করে তিন সপ্তাহ উত্তর পাইনি। ফোন ০১৭১১-২২৩৩৪৪, মেইল rahima@example.com।';

let database: Database;
let w: GrievanceWorld;
let app: ReturnType<typeof createApp>;
/** The public ids (service_request_id) of the grievances filed here, and their tracking numbers. */
const filed: Record<string, string> = {};
const trackingOf: Record<string, string> = {};
const bodies: { method: string; text: string }[] = [];
let mobiles = 0;

const file = (at: Date, more: Partial<GrievanceInput>) =>
  fileGrievance(
    { db: database.db, actor: PUBLIC, now: at },
    {
      officeId: w.upazila.id,
      serviceId: w.serviceIds[0] ?? null,
      name: PEOPLE[0] ?? '',
      mobile: `0171${String(1_000_000 + mobiles++).padStart(7, '0')}`,
      email: 'rahima@example.com',
      address: 'গ্রাম শালডাঙা, দেবীগঞ্জ',
      description: TYPED,
      ...more,
    },
  );

/** Keeps a grievance by name: its public id for the requests, its tracking number to look for in bodies. */
const keep = (key: string, g: { id: number; trackingNumber: string }) => {
  filed[key] = String(g.id);
  trackingOf[key] = g.trackingNumber;
};
/** What the complainant chose, set in the database as the web form would have recorded it. */
const publish = (id: number, published: boolean) => database.db.update(grievances).set({ anonymous: !published }).where(eq(grievances.id, id));
const rowOf = async (publicId: string) =>
  (
    await database.db
      .select()
      .from(grievances)
      .where(eq(grievances.id, Number(publicId)))
  )[0];

before(async () => {
  database = await testDatabase();
  w = await grievanceWorld(database.db, NOW);
  await updateOfficeContacts(operatorCtx(database.db, NOW), {
    officeId: w.upazila.id,
    contacts: { phone: null, email: null, hours: null, address: OFFICE_ADDRESS },
  });
  // whether a grievance's text is published is left to the use case's default here, except where set below
  keep('recent', await file(daysAgo(3), {}));
  keep('anonymous', await file(daysAgo(5), { serviceId: w.serviceIds[1] ?? null, name: PEOPLE[2], anonymous: true }));
  // the complainant chose to publish what they wrote, their own name and address typed into it
  const decided = await file(daysAgo(20), { name: PEOPLE[3], description: `${TYPED} — সালমা  আক্তার, গ্রাম শালডাঙা, দেবীগঞ্জ` });
  await publish(decided.id, true);
  await takeStep(w.as('gro', daysAgo(2)), { grievanceId: decided.id, action: 'resolve', note: 'সালমা আক্তার প্রশিক্ষণে ভর্তি হয়েছেন; যোগাযোগ ০১৭১১-২২৩৩৪৪।' });
  keep('decided', decided);
  keep('old', await file(daysAgo(100), { name: PEOPLE[4] }));
  keep('elsewhere', await file(daysAgo(1), { officeId: w.district.id, serviceId: null }));
  app = createApp({ db: database.db, now: () => NOW });
});
after(() => database.close());

type Kind = 'discovery' | 'services' | 'service_definition' | 'requests' | 'created' | 'errors';
const ROOT: Record<Kind, string> = {
  discovery: 'discovery',
  services: 'services',
  service_definition: 'service_definition',
  requests: 'service_requests',
  created: 'service_requests',
  errors: 'errors',
};
function rules(kind: Kind, v: Json, fromXml: boolean): string[] {
  if (kind === 'discovery') return check(SHAPES.discovery, v, fromXml);
  if (kind === 'service_definition') return check(SHAPES.service_definition, v, fromXml);
  const shape = { services: SHAPES.service, requests: SHAPES.request, created: SHAPES.created, errors: SHAPES.error }[kind];
  return checkList(shape, v, fromXml);
}

/** One call: the status, the content type, the body through the rules; XML read strictly and back into JSON. */
async function call(path: string, kind: Kind, init?: RequestInit): Promise<{ status: number; body: Json }> {
  const res = await app.request(`/open311/v2/${path}`, init);
  const text = await res.text();
  bodies.push({ method: init?.method ?? 'GET', text });
  const xml = path.split('?')[0]?.endsWith('.xml') ?? false;
  assert.equal(res.headers.get('content-type'), xml ? 'text/xml; charset=utf-8' : 'application/json; charset=utf-8', path);
  let body: Json;
  if (xml) {
    const read = readXml(text);
    assert.equal(read.root, ROOT[kind], `${path}: root element`);
    body = read.value;
  } else body = JSON.parse(text) as Json;
  assert.deepEqual(rules(kind, body, xml), [], `${path}: the specification's field rules`);
  if (kind === 'errors') assert.ok([400, 404, 500].includes(res.status), `${path}: ${res.status}`);
  return { status: res.status, body };
}

/** Both formats of a GET: the same answer, once as XML would carry it. */
async function both(path: string, kind: Kind, status = 200): Promise<Json> {
  const [base = '', query = ''] = path.split('?');
  const json = await call(`${base}.json${query ? `?${query}` : ''}`, kind);
  const xml = await call(`${base}.xml${query ? `?${query}` : ''}`, kind);
  assert.equal(json.status, status, path);
  assert.equal(xml.status, status, path);
  assert.deepEqual(xml.body, asXmlText(json.body), `${path}: XML and JSON say the same`);
  return json.body;
}

// As an Open311 client sends it: form-encoded, no CSRF token, no cookie (auth.ts lets these through as the public).
const form = (fields: Record<string, string>, more: RequestInit = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
  body: new URLSearchParams(fields).toString(),
  ...more,
});
const post = (format: 'json' | 'xml', fields: Record<string, string>) => call(`requests.${format}`, 'created', form(fields));
const postError = (format: 'json' | 'xml', fields: Record<string, string>, more: RequestInit = {}) => call(`requests.${format}`, 'errors', form(fields, more));

const KARIM = {
  jurisdiction_id: J,
  service_code: 'citizen-2',
  first_name: 'Karim',
  last_name: 'Uddin',
  phone: '01812-345678',
  email: 'karim@example.com',
  description: 'ভর্তির ফরম জমা দিয়েছি, রসিদ দেয়নি। 01711-223344',
};
const ids = (body: Json) => (body as { service_request_id: string }[]).map((r) => r.service_request_id);
const descriptions = (body: Json) => (body as { description: string }[]).map((e) => e.description);

test('discovery: every field, both formats, this endpoint as GeoReport v2 in XML and JSON', async () => {
  const d = (await both('discovery', 'discovery')) as {
    changeset: string;
    endpoints: { url: string; type: string; formats: string[]; specification: string }[];
  };
  assert.equal(d.endpoints.length, 1);
  assert.equal(d.endpoints[0]?.specification, 'http://wiki.open311.org/GeoReport_v2');
  assert.equal(d.endpoints[0]?.url, 'http://localhost/open311/v2');
  assert.equal(d.endpoints[0]?.type, 'production');
  assert.deepEqual(d.endpoints[0]?.formats, ['text/xml', 'application/json']);
  assert.match(d.changeset, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+06:00$/);
});

test("services: the office's current charter, each with every field; a definition with no attributes", async () => {
  const services = (await both(`services?jurisdiction_id=${J}`, 'services')) as Record<string, unknown>[];
  assert.deepEqual(
    services.map((s) => [s.service_code, s.service_name, s.metadata, s.type]),
    [
      ['citizen-1', 'ডিজিটাল সেন্টার বিষয়ক সেবা', false, 'realtime'],
      ['citizen-2', 'আইসিটি প্রশিক্ষণ', false, 'realtime'],
    ],
  );
  assert.deepEqual(await both(`services/citizen-2?jurisdiction_id=${J}`, 'service_definition'), { service_code: 'citizen-2', attributes: [] });
  await both(`services/citizen-9?jurisdiction_id=${J}`, 'errors', 404);
  // any written form of the portal address names the office
  assert.equal(((await both(`services?jurisdiction_id=https://www.${J}/`, 'services')) as unknown[]).length, 2);
});

test('a jurisdiction is required and must exist: 400 and 404 with an Open311 error body, in the language asked for', async () => {
  for (const path of ['services', 'requests', 'requests/4821093755']) {
    const missing = (await both(path, 'errors', 400)) as { code: number; description: string }[];
    assert.equal(missing[0]?.code, 400);
    assert.match(missing[0]?.description ?? '', /^jurisdiction_id was not provided.* \/ jurisdiction_id দেওয়া হয়নি/, 'English, then Bangla');
    await both(`${path}?jurisdiction_id=nowhere.gov.bd`, 'errors', 404);
  }
  assert.deepEqual(descriptions(await both('services?jurisdiction_id=nowhere.gov.bd&lang=bn', 'errors', 404)), [
    'jurisdiction_id "nowhere.gov.bd" পাওয়া যায়নি: এই পোর্টাল ঠিকানার কোনো দপ্তর নেই।',
  ]);
  const en = await call('services.json', 'errors', { headers: { 'accept-language': 'en-GB,en;q=0.9,bn;q=0.5' } });
  assert.deepEqual(descriptions(en.body), ['jurisdiction_id was not provided: give the portal address of the office (e.g. doict.debiganj.panchagarh.gov.bd).']);
  await both('tokens/12345', 'errors', 404); // no tokens: every service is realtime
});

test('POST: form-encoded, no location, no api_key needed; a grievance on the open311 channel with the key when given', async () => {
  const keyed = await post('json', { ...KARIM, api_key: 'call-centre-333' });
  assert.equal(keyed.status, 200);
  const [answer] = keyed.body as { service_request_id: string; service_notice: string; account_id: null }[];
  assert.match(answer?.service_request_id ?? '', /^[1-9]\d*$/, 'the public id');
  assert.equal(answer?.account_id, null);
  const row = await rowOf(answer?.service_request_id ?? '');
  assert.ok(row);
  assert.notEqual(answer?.service_request_id, row.trackingNumber);
  assert.equal(row.anonymous, (await rowOf(filed.recent ?? ''))?.anonymous, 'published or not: the default, as when filed without the choice');
  assert.deepEqual(
    [row.channel, row.clientKey, row.name, row.mobile, row.serviceCode, row.address],
    ['open311', 'call-centre-333', 'Karim Uddin', '+8801812345678', 'citizen-2', null],
  );
  // the tracking number is told to the one who filed, here and only here
  const tracking = formatTrackingNumber(row.trackingNumber);
  assert.ok(answer?.service_notice.startsWith(`Tracking number ${tracking} (also sent to the phone by SMS)`), answer?.service_notice);
  assert.ok(
    answer?.service_notice.includes(`Received by Upazila Office, Debiganj, Panchagarh; a decision is due by ${date(row.dueOn ?? '', 'en')}`),
    answer?.service_notice,
  );
  assert.ok(answer?.service_notice.includes(` / ট্র্যাকিং নম্বর ${tracking} (ফোনে এসএমএসেও পাঠানো হয়েছে)`), answer?.service_notice);
  assert.ok(answer?.service_notice.includes(`উপজেলা কার্যালয়, দেবীগঞ্জ, পঞ্চগড় অভিযোগটি গ্রহণ করেছে; অভিযোগ নিষ্পত্তি কর্মকর্তা ${date(row.dueOn ?? '', 'bn')}`));
  trackingOf.posted = row.trackingNumber;
  const xml = await post('xml', {
    jurisdiction_id: J,
    service_code: 'citizen-1',
    last_name: 'Jamal Hossain',
    phone: '+8801912345678',
    address_string: 'Village Shaldanga',
    description: 'সনদ পেতে তিনবার ঘুরেছি।',
  });
  assert.equal(xml.status, 200);
  filed.postedXml = ids(xml.body)[0] ?? '';
  const kept = await rowOf(filed.postedXml);
  assert.ok(kept);
  assert.match(
    (xml.body as { service_notice: string }[])[0]?.service_notice ?? '',
    new RegExp(`^Tracking number ${formatTrackingNumber(kept.trackingNumber)} `),
  );
  trackingOf.postedXml = kept.trackingNumber;
  assert.deepEqual(
    [kept?.clientKey, kept?.address, kept?.channel],
    [null, 'Village Shaldanga', 'open311'],
    'address_string is the complainant’s own, kept private',
  );
  filed.posted = answer?.service_request_id ?? '';
  // the new request is read back with the working-day deadline as expected_datetime
  const [read] = (await both(`requests/${filed.posted}?jurisdiction_id=${J}`, 'requests')) as Record<string, unknown>[];
  assert.equal(read?.expected_datetime, `${row.dueOn}T23:59:59+06:00`);
  assert.equal(read?.requested_datetime, '2026-06-04T10:00:00+06:00');
});

test('POST refused: every missing field at once (400), unknown jurisdiction or service (404), a wrong phone, a JSON body', async () => {
  for (const format of ['json', 'xml'] as const) {
    const missing = await postError(format, { jurisdiction_id: J });
    assert.equal(missing.status, 400);
    assert.deepEqual(
      descriptions(missing.body).map((d) => d.split(':')[0]),
      ['service_code was not provided', 'first_name or last_name is required', 'phone is required', 'description is required'],
    );
    assert.equal((await postError(format, { service_code: 'citizen-1' })).status, 400, 'no jurisdiction');
    assert.equal((await postError(format, { jurisdiction_id: 'nowhere.gov.bd', service_code: 'citizen-1' })).status, 404);
    const unknown = await postError(format, {
      jurisdiction_id: J,
      service_code: 'citizen-9',
      first_name: 'A',
      phone: '01712345000',
      description: 'যথেষ্ট লম্বা একটি বর্ণনা।',
    });
    assert.equal(unknown.status, 404);
    assert.match(descriptions(unknown.body)[0] ?? '', /^service_code "citizen-9" was not found in the current charter of doict\.debiganj/);
    const phone = await postError(format, {
      jurisdiction_id: J,
      service_code: 'citizen-1',
      first_name: 'A',
      phone: '12345',
      description: 'যথেষ্ট লম্বা একটি বর্ণনা।',
    });
    assert.equal(phone.status, 400);
    assert.match(descriptions(phone.body)[0] ?? '', /^phone: Give a Bangladesh mobile number/);
  }
  const asJson = await postError('json', {}, { headers: { 'content-type': 'application/json' }, body: '{}' });
  assert.equal(asJson.status, 400);
  assert.match(descriptions(asJson.body)[0] ?? '', /form-encoded/);
});

test('GET requests: the last 90 days of the jurisdiction, newest first; status, service_code, dates and ids filter', async () => {
  const q = `jurisdiction_id=${J}`;
  assert.deepEqual(ids(await both(`requests?${q}`, 'requests')), [filed.postedXml, filed.posted, filed.recent, filed.anonymous, filed.decided]);
  assert.deepEqual(ids(await both(`requests?${q}&status=closed`, 'requests')), [filed.decided]);
  assert.deepEqual(ids(await both(`requests?${q}&status=closed&status=open&service_request_ids=${filed.recent}`, 'requests')), [filed.recent]);
  assert.equal(ids(await both(`requests?${q}&status=open`, 'requests')).includes(filed.decided ?? ''), false);
  assert.deepEqual(ids(await both(`requests?${q}&status=open,closed&service_code=citizen-2`, 'requests')), [filed.posted, filed.anonymous]);
  const window = `start_date=2026-05-25T00:00:00+06:00&end_date=2026-06-01T23:59:59Z`.replace(/\+/g, '%2B');
  assert.deepEqual(ids(await both(`requests?${q}&${window}`, 'requests')), [filed.recent, filed.anonymous]);
  // a "+" a client left unencoded arrives as a space, and is read as the offset it was
  assert.deepEqual(ids(await both(`requests?${q}&${window.replace('%2B', '+')}`, 'requests')), [filed.recent, filed.anonymous]);
  assert.deepEqual(ids(await both(`requests?${q}&start_date=2026-02-20&end_date=2026-03-01`, 'requests')), [filed.old]);
  // ids override every other argument, and only this jurisdiction's are found; a tracking number is no id
  const list = [filed.old, filed.decided, filed.elsewhere, trackingOf.recent, '0', '99999999999', 'not-a-number'].join(',');
  assert.deepEqual(ids(await both(`requests?${q}&status=open&service_request_id=${list}`, 'requests')), [filed.decided, filed.old]);
  for (const bad of [
    'status=pending',
    'start_date=yesterday',
    'start_date=2026-06-01T10:00:00',
    'start_date=2026-01-01&end_date=2026-06-01',
    'start_date=2026-06-02&end_date=2026-06-01',
  ]) {
    await both(`requests?${q}&${bad}`, 'errors', 400);
  }
});

test('GET requests/:id: a list of one, the office answering, a published text cleaned, an unpublished one withheld', async () => {
  const [decided] = (await both(`requests/${filed.decided}?${`jurisdiction_id=${J}`}`, 'requests')) as Record<string, unknown>[];
  assert.equal(decided?.service_request_id, filed.decided);
  assert.equal(decided?.status, 'closed');
  assert.equal(decided?.status_notes, '••• প্রশিক্ষণে ভর্তি হয়েছেন; যোগাযোগ [ফোন / phone]।');
  assert.equal(decided?.description, 'প্রশিক্ষণের আবেদন করে তিন সপ্তাহ উত্তর পাইনি। ফোন [ফোন / phone], মেইল [ই-মেইল / e-mail]। — •••, •••');
  assert.equal(decided?.agency_responsible, 'Upazila Office, Debiganj, Panchagarh');
  assert.equal(decided?.address, OFFICE_ADDRESS);
  assert.equal(decided?.service_code, 'citizen-1');
  assert.equal(decided?.updated_datetime, '2026-06-02T10:00:00+06:00', 'closed: when it was decided');
  assert.equal('lat' in (decided ?? {}), false);
  const [anonymous] = (await both(`requests/${filed.anonymous}?jurisdiction_id=${J}`, 'requests')) as Record<string, unknown>[];
  assert.equal(anonymous?.description, null);
  assert.equal(anonymous?.status, 'open');
  assert.match(String(anonymous?.service_notice), /Grievance redress officer: a decision is due by .* \/ /);
  // found by its public id only: a tracking number (in any written form), an id not here, another office's, garbage
  assert.deepEqual(ids(await both(`requests/${filed.recent}?jurisdiction_id=${J}`, 'requests')), [filed.recent]);
  const recent = trackingOf.recent ?? '';
  for (const id of [recent, formatTrackingNumber(recent), '999999', '0', '99999999999', filed.elsewhere, 'abc', '-1', '1e3']) {
    await both(`requests/${id}?jurisdiction_id=${J}`, 'errors', 404);
  }
});

test('a description is published only where the complainant chose it: anonymous false in the database', async () => {
  await publish(Number(filed.anonymous), true);
  const [shown] = (await both(`requests/${filed.anonymous}?jurisdiction_id=${J}`, 'requests')) as Record<string, unknown>[];
  assert.equal(shown?.description, 'প্রশিক্ষণের আবেদন করে তিন সপ্তাহ উত্তর পাইনি। ফোন [ফোন / phone], মেইল [ই-মেইল / e-mail]।');
  await publish(Number(filed.anonymous), false);
  const [withheld] = (await both(`requests/${filed.anonymous}?jurisdiction_id=${J}`, 'requests')) as Record<string, unknown>[];
  assert.equal(withheld?.description, null);
  // in the list, whatever the default: a text exactly where the row says it may be published
  const listed = (await both(`requests?jurisdiction_id=${J}`, 'requests')) as { service_request_id: string; description: string | null }[];
  assert.ok(listed.length >= 5);
  for (const r of listed) {
    const row = await rowOf(r.service_request_id);
    assert.equal(r.description !== null, row?.anonymous === false, `request ${r.service_request_id}`);
  }
});

test('no public read carries a tracking number, in any written form', async () => {
  const all = await database.db.select({ tracking: grievances.trackingNumber }).from(grievances);
  assert.ok(all.length >= 7 && Object.keys(trackingOf).length === 7);
  const gets = bodies.filter((b) => b.method === 'GET');
  assert.ok(gets.length > 60, `${gets.length} GET bodies`);
  for (const { tracking } of all) {
    const forms = [tracking, formatTrackingNumber(tracking), toBengaliDigits(tracking), toBengaliDigits(formatTrackingNumber(tracking))];
    for (const { text } of gets) for (const form of forms) assert.equal(text.includes(form), false, `${form} in ${text.slice(0, 200)}`);
  }
  // the answers to POST did carry theirs (to the one who filed only)
  const posted = bodies.filter((b) => b.method === 'POST' && b.text.includes('service_request_id'));
  assert.equal(posted.length, 2);
  for (const key of ['posted', 'postedXml']) {
    assert.ok(
      posted.some((b) => b.text.includes(formatTrackingNumber(trackingOf[key] ?? '-'))),
      key,
    );
  }
});

test('no public body names a complainant or shows their contacts', () => {
  assert.ok(bodies.length > 60, `${bodies.length} bodies`);
  for (const { text } of bodies) for (const secret of SECRETS) assert.equal(text.includes(secret), false, `${secret} in ${text.slice(0, 200)}`);
  for (const { text } of bodies) assert.equal(/\+?8801\d{9}|01[3-9]\d{8}/.test(text), false, text.slice(0, 200));
});
