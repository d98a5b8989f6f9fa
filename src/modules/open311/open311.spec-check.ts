// For the tests: the specification's field rules as a checker (required fields, types, enumerations, W3C
// datetimes with a zone, no foreign fields), and XML read strictly and back into JSON by the Spark convention,
// so every response in either format goes through the same rules. Sources as in open311.api.ts.
import { Parser } from 'htmlparser2';
import { ITEM_OF } from './open311.format.ts';

export type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

interface Field {
  type: 'string' | 'boolean' | 'number' | 'datetime' | 'list' | 'object';
  /** the key must be there (its value may still be empty when nullable) */
  required?: boolean;
  nullable?: boolean;
  values?: readonly string[];
  of?: Shape | Field;
}
type Shape = Readonly<Record<string, Field>>;

const str = (more: Partial<Field> = {}): Field => ({ type: 'string', required: true, ...more });
const maybe = (type: Field['type'] = 'string'): Field => ({ type, nullable: true });

/** W3C-DTF as the specification requires it for datetimes: a time and a zone (Z or ±hh:mm). */
export const W3C_DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

export const SHAPES = {
  discovery: {
    changeset: str(),
    contact: str(),
    key_service: str(),
    endpoints: {
      type: 'list',
      required: true,
      of: {
        specification: str(),
        url: str(),
        changeset: str(),
        type: str({ values: ['production', 'test'] }),
        formats: { type: 'list', required: true, of: str() },
      },
    },
  },
  service: {
    service_code: str(),
    service_name: str(),
    description: maybe(),
    metadata: { type: 'boolean', required: true },
    type: str({ values: ['realtime', 'batch', 'blackbox'] }),
    keywords: maybe(),
    group: maybe(),
  },
  service_definition: { service_code: str(), attributes: { type: 'list', required: true, of: { type: 'object' } } },
  created: { service_request_id: str(), service_notice: maybe(), account_id: maybe() },
  request: {
    service_request_id: str(),
    status: str({ values: ['open', 'closed'] }),
    status_notes: maybe(),
    service_name: maybe(),
    service_code: maybe(),
    description: maybe(),
    agency_responsible: maybe(),
    service_notice: maybe(),
    requested_datetime: { type: 'datetime', required: true },
    updated_datetime: { type: 'datetime', required: true },
    expected_datetime: maybe('datetime'),
    address: maybe(),
    address_id: maybe(),
    zipcode: maybe(),
    lat: maybe('number'),
    long: maybe('number'),
    media_url: maybe(),
  },
  error: { code: { type: 'number', required: true }, description: str() },
} as const satisfies Record<string, Shape>;

const isShape = (x: Shape | Field): x is Shape => typeof (x as Field).type !== 'string';

/**
 * What breaks the rules, as readable lines ([] when none). With `fromXml`, values are the text of elements:
 * a boolean must read "true"/"false", a number must be numeric, and an empty element is null.
 */
export function check(shape: Shape, value: Json, fromXml = false, at = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${at || 'value'}: not an object`];
  const problems: string[] = [];
  for (const key of Object.keys(value)) if (!(key in shape)) problems.push(`${at}${key}: not a field of the specification`);
  for (const [key, field] of Object.entries(shape)) {
    const where = `${at}${key}`;
    if (!(key in value)) {
      if (field.required) problems.push(`${where}: required`);
      continue;
    }
    problems.push(...checkField(field, value[key] ?? null, fromXml, where));
  }
  return problems;
}

function checkField(field: Field, v: Json, fromXml: boolean, where: string): string[] {
  if (v === null) return field.nullable || (field.type === 'list' && fromXml) ? [] : [`${where}: empty`];
  switch (field.type) {
    case 'string':
      if (typeof v !== 'string') return [`${where}: not a string (${JSON.stringify(v)})`];
      return field.values && !field.values.includes(v) ? [`${where}: "${v}" is not one of ${field.values.join(', ')}`] : [];
    case 'boolean':
      return typeof v === 'boolean' || (fromXml && (v === 'true' || v === 'false')) ? [] : [`${where}: not true or false`];
    case 'number':
      return typeof v === 'number' || (fromXml && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) ? [] : [`${where}: not a number`];
    case 'datetime':
      return typeof v === 'string' && W3C_DATETIME.test(v) && !Number.isNaN(Date.parse(v)) ? [] : [`${where}: not a W3C datetime with a zone (${String(v)})`];
    case 'object':
      return typeof v === 'object' && !Array.isArray(v) ? [] : [`${where}: not an object`];
    case 'list': {
      if (!Array.isArray(v)) return [`${where}: not a list`];
      const of = field.of;
      if (!of) return [];
      return v.flatMap((item, i) => (isShape(of) ? check(of, item, fromXml, `${where}[${i}].`) : checkField(of, item, fromXml, `${where}[${i}]`)));
    }
  }
}

/** A body that is a list of one shape: services, service requests, the answer to POST, errors. */
export const checkList = (shape: Shape, value: Json, fromXml = false): string[] =>
  Array.isArray(value) ? value.flatMap((item, i) => check(shape, item, fromXml, `[${i}].`)) : ['not a list'];

interface XmlNode {
  name: string;
  children: XmlNode[];
  text: string;
}

/**
 * The document read strictly: the declaration with encoding utf-8 first, one root, every tag closed by its
 * own name (htmlparser2 in XML mode would otherwise close it for us), no attributes (the specification has
 * none), only the five entities or character references, no character XML forbids. Throws on any of these.
 */
export function readXml(xml: string): { root: string; value: Json } {
  if (!/^<\?xml version="1\.0" encoding="utf-8"\?>\n/i.test(xml)) throw new Error('no XML declaration with encoding utf-8 first');
  if (/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(xml)) throw new Error('a bare & or an unknown entity');
  if (/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.test(xml)) throw new Error('a character XML 1.0 does not allow');
  const body = xml.replace(/^<\?xml[^>]*\?>\n/, '');
  // a < that starts no tag is text htmlparser2 would keep; XML forbids it
  if (/<(?![A-Za-z_/])/.test(body)) throw new Error('a raw < in text');
  const stack: XmlNode[] = [];
  const roots: XmlNode[] = [];
  let closes = 0;
  const fail = (why: string) => {
    throw new Error(why);
  };
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        if (Object.keys(attribs).length) fail(`<${name}> has attributes`);
        const node: XmlNode = { name, children: [], text: '' };
        const parent = stack.at(-1);
        if (parent) parent.children.push(node);
        else roots.push(node);
        stack.push(node);
      },
      ontext(text) {
        const top = stack.at(-1);
        if (!top) {
          if (text.trim()) fail('text outside the root');
          return;
        }
        top.text += text;
      },
      onclosetag(name, isImplied) {
        const top = stack.pop();
        // htmlparser2 calls a self-closed element's end implied too; any other implied end is a missing one
        const selfClosed = body.slice(parser.startIndex, parser.endIndex + 1).endsWith('/>');
        if (!selfClosed) closes++;
        if ((isImplied && !selfClosed) || top?.name !== name) fail(`</${name}> does not close <${top?.name ?? ''}>`);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(body);
  parser.end();
  if (stack.length) fail(`<${stack.at(-1)?.name ?? ''}> is not closed`);
  // an end tag that closes nothing is dropped by htmlparser2 without a word; every "</" must have been one
  if (closes !== body.split('</').length - 1) fail('an end tag that closes nothing');
  const [root, ...more] = roots;
  if (!root || more.length) fail('not exactly one root element');
  return { root: root?.name ?? '', value: root ? spark(root) : null };
}

/** The Spark convention: a known container is a list of its children; an element of elements an object. */
function spark(node: XmlNode): Json {
  const item = ITEM_OF[node.name];
  if (item !== undefined) {
    for (const child of node.children) if (child.name !== item) throw new Error(`<${child.name}> inside <${node.name}>, not <${item}>`);
    return node.children.map(spark);
  }
  if (node.children.length === 0) return node.text === '' ? null : node.text;
  if (node.text.trim()) throw new Error(`mixed content in <${node.name}>`);
  const out: Record<string, Json> = {};
  for (const child of node.children) {
    if (child.name in out) throw new Error(`<${child.name}> twice in <${node.name}>`);
    out[child.name] = spark(child);
  }
  return out;
}

/** JSON as XML would carry it (booleans and numbers as text, '' as empty), to compare the two formats. */
export function asXmlText(value: Json): Json {
  if (value === null || value === '') return null;
  if (Array.isArray(value)) return value.map(asXmlText);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asXmlText(v)]));
  return String(value);
}
