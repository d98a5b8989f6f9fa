// Open311's two formats from one value: JSON as it is, XML by the Spark convention read backwards (a list is
// a container element whose children are all one element; an empty value is an empty element).
// http://wiki.open311.org/JSON_and_XML_Conversion/ ("The Spark Convention"); GeoReport_v2 "Format Support".
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type Value = string | number | boolean | null | readonly Value[] | { readonly [key: string]: Value | undefined };
export type Format = 'json' | 'xml';
export const FORMATS: readonly Format[] = ['json', 'xml'];

/** The specification's content types (GeoReport_v2, "Format Support"). */
export const CONTENT_TYPE: Readonly<Record<Format, string>> = {
  json: 'application/json; charset=utf-8',
  xml: 'text/xml; charset=utf-8',
};

/** The element each container's items are written as ("services ⇊ service ↴" in the specification's tables). */
export const ITEM_OF: Readonly<Record<string, string>> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
};

// XML 1.0 allows tab, line feed, carriage return and every character from U+0020 on, less the surrogates
// and U+FFFE/U+FFFF: anything else (a stray control byte in pasted text) would make the document ill-formed.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function element(name: string, value: Value | undefined, indent: string): string {
  if (value === undefined) return '';
  if (value === null) return `${indent}<${name}/>\n`;
  if (typeof value !== 'object') return `${indent}<${name}>${escapeXml(String(value))}</${name}>\n`;
  const inner = `${indent}  `;
  let body = '';
  if (Array.isArray(value)) {
    const item = ITEM_OF[name];
    if (item === undefined) throw new Error(`No item element for the list <${name}>`);
    for (const v of value as readonly Value[]) body += element(item, v, inner);
  } else {
    for (const [key, v] of Object.entries(value)) body += element(key, v, inner);
  }
  return body ? `${indent}<${name}>\n${body}${indent}</${name}>\n` : `${indent}<${name}></${name}>\n`;
}

/** The document: the XML declaration with its encoding (required by the specification), then the root. */
export function toXml(root: string, value: Value): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${element(root, value, '')}`;
}

/** JSON drops what is undefined (not returned) and keeps null (returned empty), as XML does. */
export const toJson = (value: Value): string => JSON.stringify(value);

export function serialize(format: Format, root: string, value: Value): string {
  return format === 'json' ? toJson(value) : toXml(root, value);
}

export function respond(c: Context, format: Format, root: string, value: Value, status: ContentfulStatusCode = 200): Response {
  return c.body(serialize(format, root, value), status, { 'content-type': CONTENT_TYPE[format] });
}

/** The format a path asks for by its ending; XML, the specification's required format, otherwise. */
export const formatOfPath = (path: string): Format => (path.endsWith('.json') ? 'json' : 'xml');
