// The serializer and the test checker themselves: XML escaped and well-formed whatever the text holds, the
// Spark convention both ways, and a checker strict enough to refuse what a lenient parser would let by.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeXml, toJson, toXml, type Value } from './open311.format.ts';
import { SHAPES, asXmlText, check, checkList, readXml } from './open311.spec-check.ts';

test('text is escaped, and characters XML cannot hold are dropped', () => {
  assert.equal(escapeXml(`a & b < c > d "e" 'f'`), 'a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;');
  assert.equal(escapeXml('bell\u0007 nul\u0000 tab\t lone\uD800 ok'), 'bell nul tab\t lone ok');
  assert.equal(escapeXml('দেবীগঞ্জ 😀'), 'দেবীগঞ্জ 😀');
});

test('lists, objects, empties: the Spark convention written as XML reads back as the same JSON', () => {
  const value: Value = [
    { service_request_id: '4821093755', status: 'open', status_notes: null, description: 'দুই লাইন\n<b>&', lat: undefined },
    { service_request_id: '1234567897', status: 'closed', status_notes: '', description: 'x' },
  ];
  const xml = toXml('service_requests', value);
  assert.match(xml, /^<\?xml version="1\.0" encoding="utf-8"\?>\n<service_requests>\n {2}<request>/);
  assert.ok(xml.includes('<status_notes/>') && !xml.includes('<lat'), 'null is an empty element, undefined is left out');
  const read = readXml(xml);
  assert.equal(read.root, 'service_requests');
  assert.deepEqual(read.value, asXmlText(JSON.parse(toJson(value)) as never));
  assert.equal(toJson(value).includes('"lat"'), false);
  assert.deepEqual(readXml(toXml('services', [])).value, []);
  assert.deepEqual(readXml(toXml('discovery', { endpoints: [{ formats: ['text/xml', 'application/json'] }] })).value, {
    endpoints: [{ formats: ['text/xml', 'application/json'] }],
  });
  assert.throws(() => toXml('unknown_list', ['x']), /No item element/);
});

test('the strict reader refuses what is not well-formed', () => {
  const decl = '<?xml version="1.0" encoding="utf-8"?>\n';
  const bad = [
    '<services></services>',
    `${decl}<services><service></services>`,
    `${decl}<services></service></services>`,
    `${decl}<errors><error><code>1</code></error></errors><errors></errors>`,
    `${decl}<errors a="1"></errors>`,
    `${decl}<errors><error><description>a & b</description></error></errors>`,
    `${decl}<errors><error><description>a &nbsp; b</description></error></errors>`,
    `${decl}<errors><error><description>a \u0001 b</description></error></errors>`,
    `${decl}<errors><request></request></errors>`,
    `${decl}text<errors></errors>`,
    `${decl}<errors><error><description>a < b</description></error></errors>`,
  ];
  for (const xml of bad) assert.throws(() => readXml(xml), Error, xml);
  assert.deepEqual(readXml(`${decl}<errors><error><code>400</code><description>a &amp; b</description></error></errors>`).value, [
    { code: '400', description: 'a & b' },
  ]);
});

test('the field rules: required, types, enumerations, datetimes with a zone, nothing foreign', () => {
  const good = { service_code: 'citizen-1', service_name: 'সেবা', description: null, metadata: false, type: 'realtime', keywords: null, group: 'g' };
  assert.deepEqual(check(SHAPES.service, good), []);
  assert.deepEqual(check(SHAPES.service, { ...good, metadata: 'false' }), ['metadata: not true or false']);
  assert.deepEqual(check(SHAPES.service, { ...good, metadata: 'false' }, true), [], 'XML carries booleans as text');
  assert.deepEqual(check(SHAPES.service, { ...good, type: 'instant', extra: 1 }), [
    'extra: not a field of the specification',
    'type: "instant" is not one of realtime, batch, blackbox',
  ]);
  const { service_code: _code, ...without } = good;
  assert.deepEqual(check(SHAPES.service, without), ['service_code: required']);
  const req = { service_request_id: '1', status: 'open', requested_datetime: '2026-06-04T10:00:00+06:00', updated_datetime: '2026-06-04T04:00:00Z' };
  assert.deepEqual(check(SHAPES.request, req), []);
  assert.deepEqual(checkList(SHAPES.request, [{ ...req, requested_datetime: '2026-06-04T10:00:00', service_request_id: 1 }]), [
    '[0].service_request_id: not a string (1)',
    '[0].requested_datetime: not a W3C datetime with a zone (2026-06-04T10:00:00)',
  ]);
});
