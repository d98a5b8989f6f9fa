// A web page saved from a browser (a portal's charter page): read with htmlparser2's streaming parser into a
// Layout (blocks.ts), so tables become tab-separated rows with colspan and rowspan resolved as in .docx.
// Page chrome (scripts, styles, navigation, header, footer, menus) is skipped. Portal pages of the national
// portal framework often carry the charter only inside a script or a data attribute, as a JSON string with
// \uXXXX escapes or escaped HTML: when the visible page holds no charter, those strings are decoded and read
// as HTML. Bijoy: escaped strings through convertJsonEscaped, elements in a Bijoy font (style font-family
// or <font face>) through convertBijoyRaw, and the rest by detection.
import { Parser } from 'htmlparser2';
import { convertJsonEscaped, decodeWindows1252 } from '../../bangla/bijoy.ts';
import { at, issue } from '../../charter/finding.ts';
import type { Finding } from '../../charter/model.ts';
import { ImportError } from '../errors.ts';
import type { Limits } from '../limits.ts';
import { sectionKindOf } from '../layout/headings.ts';
import { finishBijoy, isBijoyFont, Layout } from './blocks.ts';
import type { ReadResult, Reader } from './types.ts';

/** Elements whose text is not the document: code, page chrome, form controls. */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'nav',
  'aside',
  'svg',
  'math',
  'select',
  'option',
  'button',
  'iframe',
  'object',
  'textarea',
  'canvas',
  'map',
]);
/** Class or id words of menus and page chrome on portal pages. */
const CHROME =
  /^(nav|navbar|navigation|menu|main-?menu|top-?menu|mega-?menu|menubar|breadcrumbs?|sidebar|side-?bar|footer|site-?footer|header|site-?header|top-?bar|skip-?link|social|share)$/i;
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'main',
  'blockquote',
  'pre',
  'hr',
  'form',
  'fieldset',
  'address',
  'center',
  'figure',
  'figcaption',
  'caption',
  'legend',
  'details',
  'summary',
  'body',
  'html',
]);
/** Charsets a browser reads as Windows-1252 (the HTML standard maps Latin-1 and ASCII to it). */
const WINDOWS_1252 = new Set([
  'windows-1252',
  'cp1252',
  'x-cp1252',
  'iso-8859-1',
  'iso8859-1',
  'latin1',
  'l1',
  'ascii',
  'us-ascii',
  'iso-8859-15',
  'x-user-defined',
]);
/** A string literal in a script worth decoding is at least this long. */
const MIN_LITERAL = 40;

function decode(bytes: Uint8Array, findings: Finding[]): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const charset = /<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9_:.-]+)/i.exec(head)?.[1]?.toLowerCase();
  if (charset !== undefined && WINDOWS_1252.has(charset)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    findings.push(...at({ section: 'file' }, [issue('import.ansi', {}, 'page')]));
    return decodeWindows1252(bytes);
  }
}

function tooDeep(limits: Readonly<Limits>): ImportError {
  return new ImportError('import.unsafe', 'page-depth', { max: limits.maxNestingDepth });
}

function tooLarge(limits: Readonly<Limits>): ImportError {
  return new ImportError('import.too-large', 'page-text', { max: limits.maxTextChars });
}

/** The first family of a style's font-family, or of a <font face>. */
function fontOf(name: string, attribs: Record<string, string>): string | undefined {
  const style = attribs.style === undefined ? undefined : /font-family\s*:\s*([^;]+)/i.exec(attribs.style)?.[1];
  const family = style ?? (name === 'font' ? attribs.face : undefined);
  return family
    ?.split(',')[0]
    ?.trim()
    .replace(/^["']|["']$/g, '');
}

function isChrome(attribs: Record<string, string>): boolean {
  const words = `${attribs.class ?? ''} ${attribs.id ?? ''} ${attribs.role === 'navigation' ? 'nav' : ''}`.split(/\s+/);
  // Not display:none: portal pages keep the inactive tabs of a charter (institutional, internal services) hidden.
  return words.some((w) => CHROME.test(w));
}

function span(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = parseInt(value, 10);
  return Number.isFinite(n) ? n : undefined;
}

/** A page's header and footer are chrome; inside an <article> or <main> they are the document's own (its letterhead, its sign-off). */
const PAGE_PARTS = new Set(['header', 'footer']);

interface Frame {
  name: string;
  skip: boolean;
  /** Inside <article> or <main>. */
  content: boolean;
  bijoy: boolean;
  thead: boolean;
  /** On a <tr>: whether every cell so far is a <th>, and how many cells. */
  allTh: boolean;
  cells: number;
}

interface Pass {
  layout: Layout;
  /** Script texts and long attribute values: where a portal hides its content. */
  hidden: string[];
}

/** One pass of the parser over a page; `collect` gathers scripts and attributes (the first pass only). */
function parse(html: string, limits: Readonly<Limits>, collect: boolean): Pass {
  const layout = new Layout(limits);
  const hidden: string[] = [];
  let hiddenChars = 0;
  const keep = (text: string) => {
    hiddenChars += text.length;
    if (hiddenChars > limits.maxTextChars * 2) throw tooLarge(limits);
    hidden.push(text);
  };
  const root: Frame = { name: '', skip: false, content: false, bijoy: false, thead: false, allTh: true, cells: 0 };
  const stack: Frame[] = [root];
  const top = () => stack[stack.length - 1] ?? root;
  const rowFrame = (): Frame | undefined => {
    for (let i = stack.length - 1; i > 0; i--) {
      const f = stack[i];
      if (f?.name === 'tr') return f;
      if (f?.name === 'table') return undefined;
    }
    return undefined;
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (stack.length > limits.maxNestingDepth) throw tooDeep(limits);
        const parent = top();
        const font = fontOf(name, attribs);
        const frame: Frame = {
          name,
          skip: parent.skip || SKIP.has(name) || (PAGE_PARTS.has(name) && !parent.content) || isChrome(attribs),
          content: parent.content || name === 'article' || name === 'main',
          bijoy: font === undefined ? parent.bijoy : isBijoyFont(font),
          thead: name === 'thead' || (name !== 'table' && parent.thead),
          allTh: true,
          cells: 0,
        };
        if (collect) {
          for (const value of Object.values(attribs)) if (value.length >= MIN_LITERAL && /\\u[0-9a-f]{4}|<[a-z]/i.test(value)) keep(value);
        }
        stack.push(frame);
        if (frame.skip) return;
        if (BLOCK.has(name)) layout.paragraph();
        if (name === 'table') layout.openTable();
        else if (name === 'tr') layout.openRow(frame.thead);
        else if (name === 'td' || name === 'th') {
          const row = rowFrame();
          if (row !== undefined) {
            row.cells++;
            if (name === 'td') row.allTh = false;
          }
          layout.openCell({ span: span(attribs.colspan), rowspan: span(attribs.rowspan) });
        }
      },
      onclosetag(name) {
        const frame = stack.length > 1 ? stack.pop() : undefined;
        if (frame === undefined || frame.skip) return;
        if (name === 'td' || name === 'th') layout.closeCell();
        else if (name === 'tr') layout.closeRow(frame.thead || (frame.allTh && frame.cells > 0));
        else if (name === 'table') layout.closeTable();
        if (BLOCK.has(name)) layout.paragraph();
      },
      ontext(text) {
        const frame = top();
        if (frame.name === 'script' || frame.name === 'textarea' || frame.name === 'template') {
          if (collect && text.length >= MIN_LITERAL) keep(text);
          return;
        }
        if (frame.skip) return;
        layout.text(text.replace(/[\s\u00a0]+/g, ' '), frame.bijoy);
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { layout, hidden };
}

/** Whether a text reads as a charter: a table row of three cells or more, and a section heading. */
function looksLikeCharter(text: string): boolean {
  const lines = text.split('\n');
  const rows = lines.some((l) => l.split('\t').length >= 3);
  const heading = lines.some((l) => !l.includes('\t') && l.length <= 80 && sectionKindOf(l.replace(/^[০-৯0-9.)\s]+/, '')) !== null);
  return rows && (heading || text.includes('সেবার নাম'));
}

const SIMPLE_ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };

function unescape(body: string): string {
  return body.replace(/\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g, (_m, e: string) =>
    e.length > 1 ? String.fromCharCode(parseInt(e.slice(1), 16)) : (SIMPLE_ESCAPES[e] ?? e),
  );
}

const LITERAL = /"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'/g;

/** The long string literals of a script (or JSON) that may hold the page's content, decoded. */
function literals(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(LITERAL)) {
    const double = m[1];
    const body = double ?? m[2] ?? '';
    if (body.length < MIN_LITERAL || !/\\u0(9[89a-f]|03c)|[\u0980-\u09ff]|<[a-z]/i.test(body)) continue;
    let value: string;
    try {
      value = double !== undefined ? (JSON.parse(`"${double}"`) as string) : unescape(body);
    } catch {
      value = unescape(body);
    }
    out.push(value);
  }
  return out;
}

/** The content a portal page keeps in scripts and attributes, as one HTML document, and the Bijoy converted on the way. */
function embedded(hidden: readonly string[], limits: Readonly<Limits>): { html: string; bijoy: number } {
  let bijoy = 0;
  let size = 0;
  const parts: string[] = [];
  const add = (part: string) => {
    size += part.length;
    if (size > limits.maxTextChars) throw tooLarge(limits);
    parts.push(part);
  };
  for (const source of hidden) {
    // An attribute holding HTML (written escaped in the page, decoded by the parser) is HTML already.
    if (/^\s*</.test(source)) {
      add(source);
      continue;
    }
    const converted = source.includes('\\u') ? convertJsonEscaped(source) : { text: source, converted: 0 };
    bijoy += converted.converted;
    for (const value of literals(converted.text)) {
      add(
        /<[a-z][^>]*>/i.test(value)
          ? value
          : value
              .split('\n')
              .map((l) => `<p>${l.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
              .join(''),
      );
    }
  }
  return { html: parts.join('\n<div></div>\n'), bijoy };
}

function read(bytes: Uint8Array, limits: Readonly<Limits>): ReadResult {
  const findings: Finding[] = [];
  const html = decode(bytes, findings);
  const page = parse(html, limits, true);
  let text = page.layout.render();
  let fontRuns = page.layout.bijoyRuns;
  if (!looksLikeCharter(text) && page.hidden.length > 0) {
    const inside = embedded(page.hidden, limits);
    if (inside.html !== '') {
      const pass = parse(inside.html, limits, false);
      const found = pass.layout.render();
      if (looksLikeCharter(found) || text.trim() === '') {
        text = found;
        fontRuns = pass.layout.bijoyRuns + inside.bijoy;
      }
    }
  }
  const done = finishBijoy(text, fontRuns);
  return { text: done.text, findings: [...findings, ...done.findings] };
}

export const readHtml: Reader = (bytes, limits) => {
  try {
    return Promise.resolve(read(bytes, limits));
  } catch (e) {
    if (e instanceof ImportError) return Promise.reject(e);
    return Promise.reject(new ImportError('import.damaged', 'page'));
  }
};
