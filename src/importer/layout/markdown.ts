// Markdown from PDF converters (front matter, # headings, a heading and **field:** bullets per service, bullets for the grievance steps, pipe tables) as the lines the importer reads.
//
// The rest of the importer reads tab-separated tables under plain section titles. AI converters write a charter
// as markdown instead: each service a heading with `* **field:** value` bullets, the grievance chain as bullets,
// markup everywhere. This turns a run of service blocks into one tab-separated service table (standard titles,
// one row a service), the grievance bullets into the grievance table, pipe tables into tab rows, and every
// other line into its text without markup. Line numbers are those of the input; a table's header row takes the
// number of its first row. Nothing but markup is dropped: a line that fits nowhere stays a line, and the
// importer reports it where it lands.
import { toBengaliDigits, toAsciiDigits } from '../../bangla/digits.ts';
import { bnRegExp, squash } from '../../charter/match.ts';
import type { Finding } from '../../charter/model.ts';
import { parseFee } from '../../charter/fee.ts';
import { parseTimeLimit } from '../../charter/time-limit.ts';
import { SERVICE_COLUMNS, SERVICE_FORMS, scoreTitle, type ColumnSpec, type ServiceColumn } from '../columns/columns.ts';
import type { RawLine } from '../lines.ts';

// ---- Inline markup: emphasis, links, tags, escapes ----

const ASCII_PUNCT = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');
/** Tags whose markup goes and whose text stays; a break (<br>) inside a cell or a line is a space. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'b',
  'big',
  'center',
  'code',
  'del',
  'div',
  'em',
  'font',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'p',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'u',
]);
const BREAK_TAGS = new Set(['br', 'hr']);
const ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ndash: '–',
  mdash: '—',
  hellip: '…',
  bull: '•',
};
const TAG = /<\/?([a-zA-Z][a-zA-Z0-9]*)(?:\s[^<>]*)?\/?>/y;
const AUTOLINK = /<((?:https?|ftp):\/\/[^\s<>]*|mailto:[^\s<>]*|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)>/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/y;
const PUNCT = /[\p{P}\p{S}]/u;
const SPACE = /\s/u;

const isSpace = (c: string | undefined): boolean => c === undefined || SPACE.test(c);
const isPunct = (c: string | undefined): boolean => c !== undefined && PUNCT.test(c);

function entity(body: string): string | null {
  if (body.startsWith('#')) {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : null;
  }
  return ENTITIES[body.toLowerCase()] ?? null;
}

/** For each position, the first position at or after it holding `ch` as markup (not escaped); n when none. */
function nextOf(s: string, ch: string, literal: Uint8Array): Int32Array {
  const next = new Int32Array(s.length + 1).fill(s.length);
  for (let i = s.length - 1; i >= 0; i--) next[i] = s[i] === ch && literal[i] === 0 ? i : (next[i + 1] ?? s.length);
  return next;
}

interface Delimiter {
  ch: string;
  start: number;
  len: number;
}

/**
 * A line or a cell without its inline markup, in one pass each for escapes, code, tags, links and emphasis
 * (CommonMark's flanking rules, simplified), so that the time stays linear in the length of the text.
 */
export function cleanInline(s: string): string {
  const n = s.length;
  if (n === 0) return '';
  const drop = new Uint8Array(n);
  const literal = new Uint8Array(n);
  const put = new Map<number, string>();
  // Escapes: "\-", "\*", "\|" are the characters themselves.
  for (let i = 0; i + 1 < n; i++) {
    if (s[i] === '\\' && ASCII_PUNCT.has(s[i + 1] ?? '')) {
      drop[i] = 1;
      literal[i + 1] = 1;
      i++;
    }
  }
  // Code spans: the backticks go, what they hold is kept as written.
  let tick = -1;
  let tickLen = 0;
  for (let i = 0; i < n; i++) {
    if (s[i] !== '`' || literal[i] === 1) continue;
    let j = i;
    while (j < n && s[j] === '`') j++;
    const len = j - i;
    if (tick < 0) {
      tick = i;
      tickLen = len;
    } else if (len === tickLen) {
      for (let k = tick; k < tick + tickLen; k++) drop[k] = 1;
      for (let k = i; k < j; k++) drop[k] = 1;
      for (let k = tick + tickLen; k < i; k++) literal[k] = 1;
      tick = -1;
    }
    i = j - 1;
  }
  // Comments, tags, autolinks and entities. The last "-->" is found once: a line of unclosed "<!--" would
  // otherwise search to its end at each one (quadratic).
  const lastClose = s.lastIndexOf('-->');
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if (literal[i] === 1 || drop[i] === 1) continue;
    if (c === '<') {
      if (s.startsWith('<!--', i)) {
        const end = i + 4 <= lastClose ? s.indexOf('-->', i + 4) : -1;
        if (end >= 0) {
          drop.fill(1, i, end + 3);
          i = end + 2;
        }
        continue;
      }
      AUTOLINK.lastIndex = i;
      const auto = AUTOLINK.exec(s);
      if (auto !== null) {
        drop[i] = 1;
        drop[i + auto[0].length - 1] = 1;
        i += auto[0].length - 1;
        continue;
      }
      TAG.lastIndex = i;
      const tag = TAG.exec(s);
      const name = tag?.[1]?.toLowerCase();
      if (tag !== null && name !== undefined && (INLINE_TAGS.has(name) || BREAK_TAGS.has(name))) {
        drop.fill(1, i, i + tag[0].length);
        if (BREAK_TAGS.has(name)) put.set(i, ' ');
        i += tag[0].length - 1;
      }
    } else if (c === '&') {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(s);
      const text = m?.[1] === undefined ? null : entity(m[1]);
      if (m !== null && text !== null) {
        drop.fill(1, i, i + m[0].length);
        put.set(i, text);
        i += m[0].length - 1;
      }
    }
  }
  // Links keep their text ("[text](url)" → text; "[](url)" → url); images are markup.
  const close = nextOf(s, ']', literal);
  const open = nextOf(s, '[', literal);
  const paren = nextOf(s, ')', literal);
  for (let i = 0; i < n; i++) {
    if (s[i] !== '[' || literal[i] === 1 || drop[i] === 1) continue;
    const end = close[i + 1] ?? n;
    if (end >= n || (open[i + 1] ?? n) < end) continue;
    const image = i > 0 && s[i - 1] === '!' && literal[i - 1] === 0;
    if (s[end + 1] === '(') {
      const last = paren[end + 2] ?? n;
      if (last >= n) continue;
      const text = s.slice(i + 1, end).trim();
      if (image) drop.fill(1, i - 1, last + 1);
      else if (text === '') {
        drop.fill(1, i, end + 2);
        drop[last] = 1;
      } else {
        drop[i] = 1;
        drop.fill(1, end, last + 1);
      }
      i = last;
    } else if (s[end + 1] === '[' && !image && s.slice(i + 1, end).trim() !== '') {
      // "[text][ref]": the reference is markup.
      const refEnd = close[end + 2] ?? n;
      if (refEnd >= n || (open[end + 2] ?? n) < refEnd || refEnd - end > 40) continue;
      drop[i] = 1;
      drop.fill(1, end, refEnd + 1);
      i = refEnd;
    }
  }
  // Emphasis: a run of * or _ (or ~~) that opens before text and closes after it, matched per character.
  const stacks = new Map<string, Delimiter[]>();
  for (let i = 0; i < n; i++) {
    const c = s[i];
    if ((c !== '*' && c !== '_' && c !== '~') || literal[i] === 1 || drop[i] === 1) continue;
    let j = i;
    while (j < n && s[j] === c && literal[j] === 0 && drop[j] === 0) j++;
    const run: Delimiter = { ch: c, start: i, len: j - i };
    i = j - 1;
    if (c === '~' && run.len !== 2) continue;
    const before = run.start > 0 ? s[run.start - 1] : undefined;
    const after = s[j];
    const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
    const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
    // An underscore inside a word (an e-mail address, a file name) is not emphasis.
    const canOpen = c === '_' ? left && (!right || isPunct(before)) : left;
    const canClose = c === '_' ? right && (!left || isPunct(after)) : right;
    let stack = stacks.get(c);
    if (stack === undefined) {
      stack = [];
      stacks.set(c, stack);
    }
    if (canClose) {
      while (run.len > 0) {
        const opener = stack[stack.length - 1];
        if (opener === undefined) break;
        const m = Math.min(opener.len, run.len);
        drop.fill(1, opener.start + opener.len - m, opener.start + opener.len);
        drop.fill(1, run.start, run.start + m);
        opener.len -= m;
        run.start += m;
        run.len -= m;
        if (opener.len === 0) stack.pop();
      }
    }
    if (run.len > 0 && canOpen) stack.push(run);
  }
  let out = '';
  for (let i = 0; i < n; i++) {
    const rep = put.get(i);
    if (rep !== undefined) out += rep;
    else if (drop[i] === 0) out += s[i];
  }
  return out;
}

/** A value for one cell: no markup, no tab (it would split the cell), spaces collapsed. */
function cellText(s: string): string {
  return cleanInline(s)
    .replace(/[ \t\u00a0]+/g, ' ')
    .trim();
}

// ---- Lines ----

type Kind = 'blank' | 'heading' | 'item' | 'text' | 'row' | 'skip';

interface Field {
  label: string;
  value: string;
  bold: boolean;
}

interface MdLine {
  /** 1-based line number in the input. */
  no: number;
  kind: Kind;
  /** Columns of white space before the content (a tab is 4). */
  indent: number;
  /** 1–6 for a heading, 7 for a bold line standing alone. */
  level: number;
  /** The list marker as written ("-", "৩।", "2)"), or null. */
  marker: string | null;
  /** The item's number, or null for a bullet or a line that is no item. */
  number: number | null;
  /** The content without markup. */
  text: string;
  /** "**label:** value", "label: value", or null. */
  field: Field | null;
  /** Cells of a table row. */
  cells: string[] | null;
}

const LIST_ITEM = /^([ \t]*)([-*+•●▪]|[0-9]{1,3}[.)]|[০-৯]{1,3}[.)।])(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function indentOf(s: string): number {
  let w = 0;
  for (const c of s) {
    if (c === ' ') w++;
    else if (c === '\t') w += 4;
    else break;
  }
  return w;
}

/** "---", "***", "___", "- - -": a thematic break. */
function isRule(t: string): boolean {
  const c = t[0];
  if (c !== '-' && c !== '*' && c !== '_') return false;
  let count = 0;
  for (const d of t) {
    if (d === c) count++;
    else if (d !== ' ' && d !== '\t') return false;
  }
  return count >= 3;
}

/** "|---|:--:|", "---|---": the row under a pipe table's header. */
function isDelimiterRow(t: string): boolean {
  if (!t.includes('-') || !t.includes('|')) return false;
  for (const c of t) if (c !== '|' && c !== '-' && c !== ':' && c !== ' ' && c !== '\t') return false;
  return true;
}

/** Whether the line holds a bar that is not escaped. */
function hasBar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '|') return true;
  }
  return false;
}

/** A pipe row's cells; an escaped bar ("\|") stays in its cell, the outer bars are the frame. */
function splitRow(line: string): string[] {
  const t = line.trim();
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === '\\' && t[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  cells.push(cell);
  if (t.startsWith('|')) cells.shift();
  if (t.endsWith('|') && !t.endsWith('\\|') && cells.length > 1) cells.pop();
  return cells.map(cellText);
}

/** The first ":" or "ঃ" that ends a label (followed by a space or the end), within the first 60 characters. */
function labelEnd(t: string): number {
  const limit = Math.min(t.length, 61);
  for (let i = 1; i < limit; i++) {
    const c = t[i];
    if ((c === ':' || c === 'ঃ') && isSpace(t[i + 1])) return i;
  }
  return -1;
}

/** "**label:** value", "**label**: value", "__label__ – value", or "label: value". */
function fieldOf(content: string): Field | null {
  const t = content.trim();
  for (const mark of ['**', '__']) {
    if (!t.startsWith(mark)) continue;
    const close = t.indexOf(mark, 2);
    if (close <= 2) return null;
    let label = cellText(t.slice(2, close));
    const rest = t.slice(close + 2);
    if (label.endsWith(':') || label.endsWith('ঃ')) {
      label = label.slice(0, -1).trim();
      return label === '' ? null : { label, value: cellText(rest), bold: true };
    }
    const sep = /^\s*(?:[:ঃ]|[-–—](?=\s))\s*/.exec(rest);
    if (sep !== null && label !== '') return { label, value: cellText(rest.slice(sep[0].length)), bold: true };
    return null;
  }
  const clean = cellText(t);
  const at = labelEnd(clean);
  if (at < 0) return null;
  const label = clean.slice(0, at).trim();
  if (label === '' || /https?$|www$/i.test(label)) return null;
  return { label, value: clean.slice(at + 1).trim(), bold: false };
}

/** "**…**" and nothing else: a line standing as a heading. */
function isBoldOnly(content: string): boolean {
  const t = content.trim();
  return t.length > 4 && ((t.startsWith('**') && t.endsWith('**')) || (t.startsWith('__') && t.endsWith('__'))) && t.indexOf(t.slice(0, 2), 2) === t.length - 2;
}

function heading(raw: string): { level: number; text: string } | null {
  let i = 0;
  while (i < 3 && raw[i] === ' ') i++;
  let level = 0;
  while (raw[i + level] === '#') level++;
  if (level === 0 || level > 6) return null;
  const after = raw[i + level];
  if (after !== undefined && after !== ' ' && after !== '\t') return null;
  let text = raw.slice(i + level).trim();
  // A closing run of "#" after a space is markup too.
  let end = text.length;
  while (end > 0 && text[end - 1] === '#') end--;
  if (end < text.length && (end === 0 || text[end - 1] === ' ')) text = text.slice(0, end).trim();
  return { level, text };
}

const blank = (no: number): MdLine => ({ no, kind: 'blank', indent: 0, level: 0, marker: null, number: null, text: '', field: null, cells: null });

/** Front matter at the very top ("---", "key: value" lines, "---"): its end, and its title. */
function frontMatter(lines: readonly string[]): { end: number; title: string | null; titleLine: number } | null {
  const first = (lines[0] ?? '').replace(/^\uFEFF/, '').trim();
  if (first !== '---' && first !== '+++') return null;
  let title: string | null = null;
  let titleLine = 0;
  for (let i = 1; i < Math.min(lines.length, 200); i++) {
    const t = (lines[i] ?? '').trim();
    if (t === first || (first === '---' && t === '...')) return { end: i, title, titleLine };
    const kv = /^([A-Za-z_][\w -]{0,40}?)\s*[:=]\s*(.*)$/.exec(t);
    if (kv !== null) {
      if (kv[1]?.toLowerCase() === 'title') {
        title = (kv[2] ?? '').replace(/^["']|["']$/g, '').trim();
        titleLine = i + 1;
      }
    } else if (t !== '' && !t.startsWith('#') && !t.startsWith('- ') && !/^\s/.test(lines[i] ?? '')) return null;
  }
  return null;
}

/** Sorts every line into blank, heading, item, text or table row, with its content without markup. */
function classify(lines: readonly string[], start: number): MdLine[] {
  const out: MdLine[] = [];
  let comment = false;
  let inTable = false;
  for (let i = start; i < lines.length; i++) {
    const no = i + 1;
    let raw = (lines[i] ?? '').replace(/^\uFEFF/, '');
    const skip: MdLine = { ...blank(no), kind: 'skip' };
    if (comment) {
      if (raw.includes('-->')) comment = false;
      out.push(skip);
      continue;
    }
    const fence = FENCE.exec(raw);
    if (fence?.[1] !== undefined) {
      // A whole document in a ```markdown fence is common: the fences go, what they hold is read as markdown
      // (a charter holds no code).
      out.push(skip);
      continue;
    }
    if (/^\s*<!--/.test(raw) && !raw.includes('-->')) {
      comment = true;
      out.push(skip);
      continue;
    }
    // A block quote is its content.
    const quote = /^\s{0,3}(?:>\s?)+/.exec(raw);
    if (quote !== null) raw = raw.slice(quote[0].length);
    const t = raw.trim();
    if (t === '') {
      inTable = false;
      out.push(blank(no));
      continue;
    }
    const prev = out[out.length - 1];
    // Setext headings: a paragraph line underlined with === or ---.
    if (prev?.kind === 'text' && prev.field === null && prev.cells === null && /^ {0,3}(=+|-+)\s*$/.test(raw)) {
      prev.kind = 'heading';
      prev.level = t.startsWith('=') ? 1 : 2;
      out.push(skip);
      continue;
    }
    if (isDelimiterRow(t)) {
      inTable = true;
      if (prev?.kind === 'text' && prev.cells === null && hasBar(lines[i - 1] ?? '')) {
        prev.kind = 'row';
        prev.cells = splitRow(lines[i - 1] ?? '');
      }
      out.push(skip);
      continue;
    }
    if (isRule(t)) {
      inTable = false;
      out.push(skip);
      continue;
    }
    const h = heading(raw);
    if (h !== null) {
      inTable = false;
      out.push({ ...blank(no), kind: 'heading', level: h.level, text: cellText(h.text), field: fieldOf(h.text) });
      continue;
    }
    if (hasBar(t) && (inTable || t.startsWith('|'))) {
      inTable = true;
      out.push({ ...blank(no), kind: 'row', text: t, cells: splitRow(raw) });
      continue;
    }
    inTable = false;
    const item = LIST_ITEM.exec(raw);
    if (item?.[2] !== undefined) {
      const marker = item[2];
      const content = raw.slice(item[0].length);
      const digits = /^[0-9০-৯]+/.exec(marker)?.[0];
      out.push({
        no,
        kind: 'item',
        indent: indentOf(item[1] ?? ''),
        level: isBoldOnly(content) ? 7 : 0,
        marker,
        number: digits === undefined ? null : Number(toAsciiDigits(digits)),
        text: cellText(content),
        field: fieldOf(content),
        cells: null,
      });
      continue;
    }
    if (raw.includes('\t') && /\S\t+\S/.test(raw)) {
      // A tab-separated row pasted into the markdown is already the importer's shape.
      const cells = raw.split('\t').map(cellText);
      out.push({ ...blank(no), kind: 'row', text: t, cells });
      continue;
    }
    const text = cellText(raw);
    if (text === '') {
      // Only markup (an image, a tag): nothing to read.
      out.push(skip);
      continue;
    }
    out.push({ ...blank(no), kind: 'text', indent: indentOf(raw), level: isBoldOnly(t) ? 7 : 0, text, field: fieldOf(raw) });
  }
  return out;
}

// ---- What a title, a label or a heading means ----

type TitleKind = 'vision' | 'services' | 'subordinate' | 'expectations' | 'grievance';

/** Words of the section titles, checked in this order ("আওতাধীন দপ্তরের সেবা" names services too). */
const TITLE_WORDS: ReadonlyArray<readonly [TitleKind, readonly string[]]> = [
  ['subordinate', ['আওতাধীন', 'অধীনস্থ দপ্তর', 'অধীন দপ্তর', 'subordinate office']],
  ['grievance', ['অভিযোগ প্রতিকার', 'অভিযোগ ব্যবস্থাপনা', 'অভিযোগ নিষ্পত্তি ব্যবস্থা', 'grievance redress', 'grievance management']],
  ['expectations', ['প্রত্যাশা', 'expectation', 'expect from you']],
  ['vision', ['ভিশন', 'রূপকল্প', 'মিশন', 'অভিলক্ষ্য', 'vision', 'mission']],
  [
    'services',
    [
      'প্রতিশ্রুত সেবা',
      'প্রদত্ত সেবা',
      'সেবাসমূহ',
      'সেবার তালিকা',
      'সেবা তালিকা',
      'নাগরিক সেবা',
      'প্রাতিষ্ঠানিক সেবা',
      'অভ্যন্তরীণ সেবা',
      'অভ্যন্তরীন সেবা',
      'promised services',
      'citizen services',
      'citizen service',
      'institutional services',
      'institutional service',
      'internal services',
      'internal service',
      'list of services',
      'our services',
      'services provided',
    ],
  ],
];
const SQUASHED_TITLES = TITLE_WORDS.map(([kind, words]) => [kind, words.map(squash)] as const);
/** Titles that name the services only when they are the whole title ("2. Services"), not inside a service's name. */
const WHOLE_SERVICES_TITLES = new Set(['services', 'service', 'সেবা', 'সেবাসমূহ', 'সেবাতালিকা'].map(squash));

/** What section a title names, or null; a long line or a sentence is no title. */
function titleKind(text: string): TitleKind | null {
  if (text.length > 80 || text.endsWith('।')) return null;
  if (/\bGRS\b/.test(text) && !/আওতাধীন/.test(text)) return 'grievance';
  const s = squash(text);
  if (WHOLE_SERVICES_TITLES.has(squash(headingName(text).name))) return 'services';
  return SQUASHED_TITLES.find(([, words]) => words.some((w) => s.includes(w)))?.[0] ?? null;
}

/** Labels converters write that table titles do not use. */
const EXTRA_LABELS: ReadonlyArray<readonly [string, ServiceColumn]> = (
  [
    ['আপিল', 'superior'],
    ['appeal', 'superior'],
    ['appellate', 'superior'],
    ['প্রক্রিয়া', 'channels'],
    ['যোগাযোগ', 'responsible'],
    ['contact', 'responsible'],
  ] as const
).map(([w, k]) => [squash(w), k] as const);

const GROUP = new Map(SERVICE_COLUMNS.map((c) => [c.key, c.partOf ?? c.key]));

/** The service field a label names, by the titles' words (columns.ts); null when none, or two, fit. */
function serviceKey(label: string, value: string): { key: ServiceColumn; score: number } | null {
  if (label.length > 60) return null;
  const ranked = [...scoreTitle(label, SERVICE_COLUMNS)].sort((a, b) => b[1] - a[1]);
  const best = ranked[0];
  if (best === undefined) {
    const s = squash(label);
    const extra = EXTRA_LABELS.find(([w]) => s.includes(w));
    return extra === undefined ? null : { key: extra[1], score: 2 };
  }
  const rival = ranked.find(([k]) => GROUP.get(k) !== GROUP.get(best[0]));
  if (rival === undefined || best[1] - rival[1] >= 2) return { key: best[0], score: best[1] };
  // "Service Delivery Time": the value says which ("৭ কার্যদিবস" is a time limit, "৫০ টাকা" a fee).
  const rivals = [best[0], rival[0]];
  if (rivals.includes('timeLimit') && value !== '') {
    const t = parseTimeLimit(value);
    if (t.workingDays !== null || t.immediate) return { key: 'timeLimit', score: best[1] };
  }
  if (rivals.includes('fee') && value !== '' && parseFee(value).kind !== 'text') return { key: 'fee', score: best[1] };
  return null;
}

const OFFICERS: ReadonlySet<ServiceColumn> = new Set(['responsible', 'superior', 'alternate']);
/** Labels of the parts of an officer's block, which the block reader does not need ("নাম:", "পদবি:"). */
const PERSON_PART = bnRegExp('^(?:নাম|পদবি|পদবী|পদ|কর্মকর্তার নাম|name|designation|officer)\\s*$', 'i');

type GrievanceKey = 'when' | 'role' | 'contact' | 'days';
const GRIEVANCE_FIELDS: readonly ColumnSpec<GrievanceKey>[] = [
  { key: 'when', words: ['কখন', 'when to', '=when'] },
  { key: 'role', words: ['কার সঙ্গে', 'কার সাথে', 'কাহার', 'whom', '=role'] },
  { key: 'days', words: ['নিষ্পত্তির সময়', 'সময়সীমা', 'সময়', 'মেয়াদ', 'time limit', 'resolution time', 'deadline', 'timeframe', '=time', '=days'] },
  { key: 'contact', words: ['ঠিকানা', 'address', ['=contact', 2], 'contact details', 'যোগাযোগের তথ্য'] },
];
const GRIEVANCE_ORDER: readonly GrievanceKey[] = ['when', 'role', 'days', 'contact'];

/** The grievance column a label names; a sentence ("অনিক নির্দিষ্ট সময়ে … ব্যর্থ হলে আপিল কর্মকর্তা") is no label. */
function grievanceKey(label: string): GrievanceKey | null {
  if (label.length > 32 || hasRoleWord(label) || WHEN_MARKS.some((w) => label.includes(w))) return null;
  const scores = scoreTitle(label, GRIEVANCE_FIELDS);
  let best: GrievanceKey | null = null;
  let top = 0;
  for (const key of GRIEVANCE_ORDER) {
    const s = scores.get(key) ?? 0;
    if (s > top) [best, top] = [key, s];
  }
  return best;
}

/** Words that name a step of grievance redress, as the lint's roles do. */
const ROLE_WORDS = [
  'অনিক',
  'অভিযোগ নিষ্পত্তি কর্মকর্তা',
  'আপিল',
  'মন্ত্রিপরিষদ',
  'মন্ত্রীপরিষদ',
  'মন্ত্রি পরিষদ',
  'মন্ত্রী পরিষদ',
  'অভিযোগ ব্যবস্থাপনা সেল',
  'grievance redress officer',
  'grievance officer',
  'gro',
  'appeal',
  'appellate',
  'cabinet',
  'grs cell',
  'focal point',
].map(squash);
const hasRoleWord = (text: string): boolean => {
  const s = squash(text);
  return ROLE_WORDS.some((w) => (w === 'gro' ? /\bGRO\b/.test(text) : s.includes(w)));
};
/** Where "when to go" ends in a Bangla step: "… সমাধান দিতে ব্যর্থ হলে". */
const WHEN_MARKS = ['ব্যর্থ হলে', 'না পেলে', 'সন্তুষ্ট না হলে', 'অসন্তুষ্ট হলে', 'না হলে', 'ব্যর্থ হন'].map((w) => w.normalize('NFC'));
const WHEN_EN = /^(?:if|when|in case)\b|\bfails?\b|\bnot (?:satisfied|resolved)\b/i;
const DAYS_LABELS = ['নিষ্পত্তির সময়', 'সময়সীমা', 'time limit', 'resolution time', 'deadline', 'disposal time'].map((w) => w.normalize('NFC'));
const STEP_LABEL = bnRegExp(
  '^(?:(?:ধাপ|স্তর|পর্যায়|step|level|tier) ?[-–]? ?([০-৯0-9]{1,2})|(প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|first|second|third|fourth) (?:ধাপ|স্তর|পর্যায়|step|level|tier))(?: ?[-–:ঃ.)] ?| |$)',
  'i',
);
const ORDINALS = new Map(
  Object.entries({ প্রথম: 1, দ্বিতীয়: 2, তৃতীয়: 3, চতুর্থ: 4, first: 1, second: 2, third: 3, fourth: 4 }).map(([w, n]) => [w.normalize('NFC'), n] as const),
);

/** "ধাপ ১: …", "Step 2 - …", "প্রথম ধাপ: …": the step's number and the rest. */
function stepLabel(text: string): { serial: number | null; rest: string } | null {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  const m = STEP_LABEL.exec(t);
  if (m === null) return null;
  const serial = m[1] !== undefined ? Number(toAsciiDigits(m[1])) : (ORDINALS.get((m[2] ?? '').toLowerCase()) ?? null);
  return { serial, rest: t.slice(m[0].length).trim() };
}

const HEAD_PREFIX = bnRegExp('^(?:সেবা|service|ক্রমিক|sl\\.?|sr\\.?)(?: ?(?:নং|নম্বর|no\\.?|#))? ?[-:ঃ.]? ?(?=[০-৯0-9])', 'i');
const HEAD_NUMBER = /^([০-৯0-9]{1,3})((?: ?\. ?[০-৯0-9]{1,3}){0,3})/;
const HEAD_SEP = /^ ?[.):ঃ।\-–—] ?/;

/** "১. জন্ম নিবন্ধন", "সেবা ৩: …", "২.১.৪ …": the number as written (its last part) and the name. */
function headingName(text: string): { serial: string | null; name: string } {
  let t = text.replace(/\s+/g, ' ').trim();
  const prefix = HEAD_PREFIX.exec(t);
  if (prefix !== null) t = t.slice(prefix[0].length);
  const num = HEAD_NUMBER.exec(t);
  if (num?.[1] === undefined) return { serial: null, name: text.trim() };
  const parts = `${num[1]}${num[2] ?? ''}`.split('.').map((p) => p.trim());
  const rest = t.slice(num[0].length);
  const sep = HEAD_SEP.exec(rest);
  if (sep === null && rest !== '' && !(prefix !== null && rest.startsWith(' '))) return { serial: null, name: text.trim() };
  return { serial: parts[parts.length - 1] ?? null, name: rest.slice(sep?.[0].length ?? 0).trim() };
}

// ---- Service blocks ----

interface FieldValue {
  key: ServiceColumn;
  pieces: string[];
  indent: number;
  /** The field's own line had no value: the bullets after it are its value. */
  open: boolean;
}

interface Block {
  line: number;
  serial: string | null;
  /** The heading's or item's text without its number, the name when no field gives one. */
  title: string;
  /** The heading as written, kept as a line when a name field gives another name. */
  headingText: string;
  fields: FieldValue[];
  current: FieldValue | null;
}

type Entry = { block: Block } | { line: RawLine };

/** The standard order of the columns, and their titles (columns.ts reads them back by meaning); other fields follow. */
const STANDARD_ORDER: readonly ServiceColumn[] = [
  'serial',
  'name',
  'channels',
  'documents',
  'documentsSource',
  'fee',
  'paymentMethod',
  'timeLimit',
  'responsible',
  'superior',
  'alternate',
  'remedy',
  'remarks',
];
const ORDER: readonly ServiceColumn[] = [...STANDARD_ORDER, ...SERVICE_COLUMNS.map((c) => c.key).filter((k) => !STANDARD_ORDER.includes(k))];
const TITLES: Readonly<Partial<Record<ServiceColumn, string>>> = {
  serial: 'ক্রমিক নং',
  name: 'সেবার নাম',
  channels: 'সেবা প্রদান পদ্ধতি',
  documents: 'প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান',
  documentsSource: 'প্রাপ্তিস্থান',
  fee: 'সেবার মূল্য এবং পরিশোধ পদ্ধতি',
  paymentMethod: 'পরিশোধ পদ্ধতি',
  timeLimit: 'সেবা প্রদানের সময়সীমা',
  responsible: 'দায়িত্বপ্রাপ্ত কর্মকর্তা',
  superior: 'ঊর্ধ্বতন কর্মকর্তা',
  alternate: 'বিকল্প কর্মকর্তা',
  remedy: 'সেবা না পেলে প্রতিকার',
  remarks: 'মন্তব্য',
};

const joinPieces = (pieces: readonly string[]): string =>
  pieces
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .join('; ');

const BENGALI = /[\u0980-\u09FF]/;

/** Whether every word of a heading is in the name ("Vehicle Registration", "Registration of motor vehicle"). */
function shortForm(heading: string, name: string): boolean {
  const n = squash(name);
  return heading
    .split(/[\s,()/]+/)
    .map(squash)
    .filter((w) => w !== '')
    .every((w) => n.includes(w));
}

/** One service table for a run of blocks: the columns its fields use, one row a block, lines between kept in place. */
function serviceTable(entries: readonly Entry[]): RawLine[] {
  const blocks = entries.flatMap((e) => ('block' in e ? [e.block] : []));
  const used = new Set<ServiceColumn>(['serial', 'name']);
  for (const b of blocks) for (const f of b.fields) used.add(f.key);
  // A part without its whole is the whole: "প্রাপ্তিস্থান" alone is the documents column.
  const remap = new Map<ServiceColumn, ServiceColumn>();
  if (used.has('documentsSource') && !used.has('documents')) remap.set('documentsSource', 'documents');
  if (used.has('paymentMethod') && !used.has('fee')) remap.set('paymentMethod', 'fee');
  for (const [from, to] of remap) {
    used.delete(from);
    used.add(to);
  }
  const columns = ORDER.filter((k) => used.has(k));
  const title = (k: ServiceColumn): string => {
    if (k === 'documents' && used.has('documentsSource')) return 'প্রয়োজনীয় কাগজপত্র';
    if (k === 'fee' && used.has('paymentMethod')) return 'সেবার মূল্য';
    return TITLES[k] ?? SERVICE_FORMS.names[k][1];
  };
  const out: RawLine[] = [];
  let last = 0;
  let header = false;
  for (const entry of entries) {
    if ('line' in entry) {
      out.push(entry.line);
      continue;
    }
    const b = entry.block;
    if (!header) {
      out.push({ no: b.line, text: columns.map(title).join('\t') });
      header = true;
    }
    const values = new Map<ServiceColumn, string[]>();
    for (const f of b.fields) {
      const key = remap.get(f.key) ?? f.key;
      values.set(key, [...(values.get(key) ?? []), ...f.pieces]);
    }
    const named = joinPieces(values.get('name') ?? []);
    const name = named === '' ? b.title : named;
    // A heading that is not a short form of the name the fields give ("রাষ্ট্রপতির তহবিল হতে অনুদান") is kept, not dropped.
    if (named !== '' && b.title !== '' && !shortForm(b.title, named)) out.push({ no: b.line, text: b.headingText });
    const parsed = b.serial === null ? null : Number(toAsciiDigits(b.serial));
    const serialNo = parsed !== null && Number.isSafeInteger(parsed) && parsed > 0 ? parsed : last + 1;
    last = serialNo;
    // A counted serial in the document's digits: Bengali when the service is written in Bengali.
    const bengali = BENGALI.test(name) || b.fields.some((f) => f.pieces.some((p) => BENGALI.test(p)));
    const serial = b.serial ?? (bengali ? toBengaliDigits(serialNo) : String(serialNo));
    const cells = columns.map((k) => (k === 'serial' ? serial : k === 'name' ? name : joinPieces(values.get(k) ?? [])));
    out.push({ no: b.line, text: cells.map((c) => c.replace(/\t/g, ' ')).join('\t') });
  }
  return out;
}

// ---- Grievance steps ----

interface Step {
  line: number;
  serial: number | null;
  indent: number;
  parts: Record<GrievanceKey, string[]>;
  /** The role the heading or the bold label gives, used when no "কার সঙ্গে" field does. */
  headingRole: string;
}

function newStep(line: number, serial: number | null, indent: number): Step {
  return { line, serial, indent, parts: { when: [], role: [], contact: [], days: [] }, headingRole: '' };
}

/** Splits a step's text at ";", "।", a spaced dash, and before a deadline's label ("…, নিষ্পত্তির সময় ৩০ কার্যদিবস"). */
function stepPieces(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[;।]|\s[—–]\s/)) {
    let rest = piece.trim();
    for (;;) {
      const lower = rest.toLowerCase();
      let cut = -1;
      for (const w of DAYS_LABELS) {
        const at = lower.indexOf(w);
        if (at > 0 && /[,.]\s*$/.test(rest.slice(0, at)) && (cut < 0 || at < cut)) cut = at;
      }
      if (cut < 0) break;
      out.push(rest.slice(0, cut).replace(/[,.]\s*$/, ''));
      rest = rest.slice(cut);
    }
    if (rest !== '') out.push(rest);
  }
  return out.map((p) => p.trim()).filter((p) => p !== '');
}

const CONTACT_EN = /,\s*(?:please\s+)?(?:contact|approach|go to|write to)\s+(?:the\s+)?/i;

/** "… সমাধান দিতে ব্যর্থ হলে অনিক: …" and "If the GRO fails, contact the Appeal Officer: …": when to go, and the rest. */
function splitWhen(text: string): { when: string; rest: string } | null {
  const mark = WHEN_MARKS.map((w) => [w, text.indexOf(w)] as const).find(([, i]) => i >= 0);
  if (mark !== undefined) {
    const end = mark[1] + mark[0].length;
    return { when: text.slice(0, end).trim(), rest: text.slice(end).replace(/^[\s,:ঃ\-–]+/, '') };
  }
  if (!WHEN_EN.test(text)) return null;
  const contact = CONTACT_EN.exec(text);
  if (contact === null) return { when: text, rest: '' };
  return { when: text.slice(0, contact.index).trim(), rest: text.slice(contact.index + contact[0].length).trim() };
}

/** Puts one piece of a step's text in its column: a labelled field, the role, when to go, a deadline, or the contact. */
function placePiece(step: Step, piece: string): void {
  const noRole = step.parts.role.length === 0 && step.headingRole === '';
  const at = labelEnd(piece);
  if (at > 0) {
    const label = piece.slice(0, at).trim();
    const value = piece.slice(at + 1).trim();
    const key = grievanceKey(label);
    if (key !== null) {
      step.parts[key].push(value);
      return;
    }
    if (PERSON_PART.test(label)) {
      step.parts.contact.push(value);
      return;
    }
    // "অনিক ব্যর্থ হলে আপিল কর্মকর্তা: জেলা প্রশাসক …": the label is when to go and the role, the rest the contact.
    if (noRole && hasRoleWord(label) && value !== '') {
      const when = step.parts.when.length === 0 ? splitWhen(label) : null;
      if (when !== null && when.rest !== '') step.parts.when.push(when.when);
      step.parts.role.push(when !== null && when.rest !== '' ? when.rest : label);
      placePiece(step, value);
      return;
    }
  }
  const when = step.parts.when.length === 0 ? splitWhen(piece) : null;
  if (when !== null && (when.rest !== '' || parseTimeLimit(piece).workingDays === null)) {
    step.parts.when.push(when.when);
    if (when.rest !== '') placePiece(step, when.rest);
    return;
  }
  if (parseTimeLimit(piece).workingDays !== null) {
    // "জনাব …, পরিচালক, ৩০ কার্যদিবস", "অনিকের সাথে যোগাযোগ করুন (৩০ কার্যদিবস)": only the tail is the deadline.
    const cut = Math.max(piece.lastIndexOf(','), piece.lastIndexOf('('));
    const head = cut > 0 ? piece.slice(0, cut).trim() : '';
    const tail =
      cut > 0
        ? piece
            .slice(cut + 1)
            .replace(/\)\s*[.।]?\s*$/, '')
            .trim()
        : '';
    if (head !== '' && parseTimeLimit(tail).workingDays !== null && parseTimeLimit(head).workingDays === null) {
      placePiece(step, head);
      step.parts.days.push(tail);
    } else step.parts.days.push(piece);
    return;
  }
  if (noRole && hasRoleWord(piece)) {
    // "… অভিযোগ ব্যবস্থাপনা সেল (www.grs.gov.bd)": the address in brackets is the contact.
    const open = piece.endsWith(')') ? piece.lastIndexOf('(') : -1;
    const inner = open > 0 ? piece.slice(open + 1, -1) : '';
    if (/www\.|https?:\/\/|@|\.gov\.bd/i.test(inner)) {
      step.parts.role.push(piece.slice(0, open).trim());
      step.parts.contact.push(inner.trim());
      return;
    }
    // "আপিল কর্মকর্তা, জেলা প্রশাসক": the role, then who holds it.
    const comma = piece.indexOf(',');
    const rest = comma > 0 ? piece.slice(comma + 1).trim() : '';
    if (rest !== '' && hasRoleWord(piece.slice(0, comma)) && !hasRoleWord(rest)) {
      step.parts.role.push(piece.slice(0, comma).trim());
      step.parts.contact.push(rest);
    } else step.parts.role.push(piece);
    return;
  }
  step.parts.contact.push(piece);
}

function numbered(text: string): { serial: number | null; rest: string } {
  const h = headingName(text);
  return { serial: h.serial === null ? null : Number(toAsciiDigits(h.serial)), rest: h.name };
}

/** A step's own line: "**অনিক:** …", "১. **কখন যোগাযোগ করবেন:** …", "ধাপ ২: …", or plain text. */
function readStepLine(step: Step, line: MdLine): void {
  const f = line.field;
  if (f !== null) {
    const key = grievanceKey(f.label);
    if (key !== null) {
      if (f.value !== '') step.parts[key].push(f.value);
      return;
    }
    const label = stepLabel(f.label);
    if (label !== null) {
      if (label.serial !== null) step.serial = label.serial;
      if (label.rest !== '') step.headingRole = label.rest;
      for (const p of stepPieces(f.value)) placePiece(step, p);
      return;
    }
    if (PERSON_PART.test(f.label)) {
      if (f.value !== '') step.parts.contact.push(f.value);
      return;
    }
    if (f.bold) {
      // "**অনিক:** …", "**অনিক ব্যর্থ হলে আপিল কর্মকর্তা:** …": the label is the role (after when to go).
      const when = step.parts.when.length === 0 ? splitWhen(f.label) : null;
      if (when !== null && when.rest !== '') step.parts.when.push(when.when);
      step.headingRole = when !== null && when.rest !== '' ? when.rest : f.label;
      for (const p of stepPieces(f.value)) placePiece(step, p);
      return;
    }
  }
  const label = stepLabel(line.text);
  if (label !== null) {
    if (label.serial !== null) step.serial = label.serial;
    for (const p of stepPieces(label.rest)) placePiece(step, p);
    return;
  }
  for (const p of stepPieces(line.text)) placePiece(step, p);
}

function looksLikeStep(line: MdLine): boolean {
  const f = line.field;
  if (f !== null && (grievanceKey(f.label) !== null || f.bold || hasRoleWord(f.label))) return true;
  return stepLabel(line.text) !== null || hasRoleWord(line.text) || parseTimeLimit(line.text).workingDays !== null;
}

const GRIEVANCE_HEADER = ['ক্রমিক নং', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা'].join('\t');

function grievanceTable(entries: ReadonlyArray<{ step: Step } | { line: RawLine }>): RawLine[] {
  const out: RawLine[] = [];
  let last = 0;
  let header = false;
  for (const entry of entries) {
    if ('line' in entry) {
      out.push(entry.line);
      continue;
    }
    const s = entry.step;
    if (!header) {
      out.push({ no: s.line, text: GRIEVANCE_HEADER });
      header = true;
    }
    const serial = s.serial !== null && s.serial > 0 ? s.serial : last + 1;
    last = serial;
    // The role a field gives, after the heading's or the label's when they differ.
    const roles = [s.headingRole, ...s.parts.role].filter((r, i, all) => r !== '' && all.indexOf(r) === i);
    const role = joinPieces(roles);
    const text = [toBengaliDigits(serial), joinPieces(s.parts.when), role, joinPieces(s.parts.contact), joinPieces(s.parts.days)].map((c) =>
      c.replace(/\t/g, ' '),
    );
    out.push({ no: s.line, text: text.join('\t') });
  }
  return out;
}

// ---- The document ----

/** A line as the importer reads it: a bullet as "- …", a numbered item with its number, a field as "label: value". */
function plain(line: MdLine): RawLine {
  if (line.kind === 'row') return { no: line.no, text: (line.cells ?? []).join('\t') };
  if (line.kind === 'item' && line.marker !== null) {
    if (line.number !== null) return { no: line.no, text: `${line.marker} ${line.text}` };
    // "* **ভিশন:** …" is the field, not a list item ("- ভিশন: …" is no label for the vision reader).
    if (line.field?.bold === true) return { no: line.no, text: line.text };
    return { no: line.no, text: `- ${line.text}` };
  }
  return { no: line.no, text: line.text };
}

/** A heading, or a bold line standing alone; a bold numbered item ("১. **জন্ম নিবন্ধন**") is an item, and may name a service. */
const isHeadingLike = (l: MdLine): boolean => l.kind === 'heading' || (l.kind === 'text' && l.level === 7);

/** A numbered or plain line that is a section title without heading marks ("৪. অভিযোগ প্রতিকার ব্যবস্থা (GRS)"). */
function isTitleLine(l: MdLine): boolean {
  if (l.kind !== 'text' && !(l.kind === 'item' && l.number !== null && l.indent < 2)) return false;
  if (l.indent >= 4 || (l.field !== null && l.field.value !== '') || l.text.length > 60) return false;
  return titleKind(l.text) !== null;
}

/** A two-column pipe table of "field | value" rows is a service's fields. */
function fieldRows(lines: MdLine[]): void {
  for (let i = 0; i < lines.length;) {
    if (lines[i]?.kind !== 'row') {
      i++;
      continue;
    }
    let j = i;
    while (j < lines.length && (lines[j]?.kind === 'row' || lines[j]?.kind === 'skip')) j++;
    const rows = lines.slice(i, j).filter((l) => l.kind === 'row');
    const two = rows.every((r) => (r.cells ?? []).length === 2);
    const keys = new Set(rows.flatMap((r) => serviceKeyOf(r.cells?.[0] ?? '', r.cells?.[1] ?? '') ?? []));
    if (two && keys.size >= 2) {
      rows.forEach((r, k) => {
        const [label = '', value = ''] = r.cells ?? [];
        // The table's own header ("বিষয় | বিবরণ") names no field: it is the frame, not the content.
        if (k === 0 && serviceKeyOf(label, value) === null && grievanceKey(label) === null) r.kind = 'skip';
        else Object.assign(r, { kind: 'text', cells: null, text: `${label}: ${value}`, field: { label, value, bold: true } });
      });
    }
    i = j;
  }
}

const serviceKeyOf = (label: string, value: string): ServiceColumn | null => serviceKey(label, value)?.key ?? null;

/**
 * Walks the lines once. A run of service blocks is held until it ends (a heading that is no service's, a table,
 * the end) because its header row lists the fields all its blocks use; the grievance steps likewise until the
 * section ends. The section a title names decides how much evidence a block needs ("services": one field).
 */
class Reader {
  private readonly out: RawLine[] = [];
  private context: TitleKind | null = null;
  private run: Entry[] | null = null;
  private block: Block | null = null;
  private grievance: { level: number; entries: Array<{ step: Step } | { line: RawLine }>; step: Step | null } | null = null;
  private afterBlank = false;

  constructor(private readonly lines: readonly MdLine[]) {}

  read(): RawLine[] {
    for (let i = 0; i < this.lines.length; i++) {
      const line = this.lines[i];
      if (line === undefined || line.kind === 'skip') continue;
      this.step(i, line);
      this.afterBlank = line.kind === 'blank';
    }
    this.endRun();
    this.endGrievance();
    return this.out;
  }

  private emit(line: RawLine): void {
    if (this.grievance !== null) this.grievance.entries.push({ line });
    else if (this.run !== null) this.run.push({ line });
    else this.out.push(line);
  }

  private endRun(): void {
    if (this.run === null) return;
    const lines = serviceTable(this.run);
    this.run = null;
    this.block = null;
    for (const l of lines) this.emit(l);
  }

  private endGrievance(): void {
    const g = this.grievance;
    if (g === null) return;
    this.grievance = null;
    for (const l of grievanceTable(g.entries)) this.emit(l);
  }

  private step(i: number, line: MdLine): void {
    if (line.kind === 'blank') {
      if (this.run === null && this.grievance === null) this.out.push({ no: line.no, text: '' });
      return;
    }
    const headingLike = isHeadingLike(line) || isTitleLine(line);
    if (this.grievance !== null && this.inGrievance(i, line, headingLike)) return;
    if (headingLike) {
      const kind = titleKind(line.text);
      if (kind === 'grievance') {
        this.endRun();
        this.emit(plain(line));
        this.context = kind;
        this.grievance = { level: line.kind === 'heading' ? line.level : 7, entries: [], step: null };
        return;
      }
      if (kind !== null) {
        this.endRun();
        this.emit(plain(line));
        this.context = kind;
        return;
      }
      if (line.kind !== 'item' && this.isServiceHeading(i)) {
        this.startBlock(line, headingName(line.text));
        return;
      }
      this.endRun();
      this.emit(plain(line));
      return;
    }
    if (this.block !== null && this.addToBlock(line)) return;
    if (this.startsBlock(i, line)) return;
    if (line.kind === 'row') this.endRun();
    this.emit(plain(line));
  }

  // ---- services ----

  /** The service fields of the lines after a heading, up to the next heading: the keys in order (an officer's "নাম:" is none). */
  private fieldsAfter(i: number): ServiceColumn[] {
    const keys: ServiceColumn[] = [];
    let officer: number | null = null;
    for (let j = i + 1; j < this.lines.length; j++) {
      const l = this.lines[j];
      if (l === undefined || isHeadingLike(l) || isTitleLine(l) || l.kind === 'row') break;
      if (l.kind === 'blank' || l.kind === 'skip' || (officer !== null && l.indent > officer)) continue;
      const f = l.field;
      const key = f === null || PERSON_PART.test(f.label) ? null : serviceKeyOf(f.label, f.value);
      officer = key !== null && OFFICERS.has(key) ? l.indent : null;
      if (key !== null) keys.push(key);
    }
    return keys;
  }

  /** A heading followed by the field bullets of one service is that service's heading. */
  private isServiceHeading(i: number): boolean {
    const keys = this.fieldsAfter(i);
    if (keys.length === 0) return false;
    // Two names under it: a group's title over service blocks; one name (or none): the service's own heading.
    if (keys.filter((k) => k === 'name').length > 1) return false;
    return this.context === 'services' || this.run !== null || new Set(keys).size >= 2;
  }

  private startBlock(line: MdLine, head: { serial: string | null; name: string }): void {
    this.run ??= [];
    const block: Block = { line: line.no, serial: head.serial, title: head.name, headingText: line.text, fields: [], current: null };
    this.run.push({ block });
    this.block = block;
  }

  /** A name field, or a numbered item with field bullets under it, opens a service block. */
  private startsBlock(i: number, line: MdLine): boolean {
    if (this.grievance !== null || (line.kind !== 'item' && line.kind !== 'text')) return false;
    const f = line.field;
    const key = f === null ? null : serviceKey(f.label, f.value);
    const inServices = this.context === 'services' || this.run !== null;
    if (f !== null && key?.key === 'name') {
      const next = this.nextField(i);
      if (!inServices && key.score < 3 && next === null) return false;
      this.startBlock(line, { serial: line.number === null ? null : (line.marker ?? '').replace(/[.)।]$/, ''), name: '' });
      this.addField(line, 'name', f.value);
      return true;
    }
    // Fields of a service with no name under a group heading: a row all the same, and service.no-name says what is missing.
    if (f !== null && key !== null && key.score >= 3 && this.context === 'services' && this.nextField(i) !== null) {
      this.startBlock(line, { serial: null, name: '' });
      this.addField(line, key.key, f.value);
      return true;
    }
    if (line.kind !== 'item' || line.number === null || key !== null) return false;
    const next = this.nextField(i);
    if (next === null || next.key === 'name' || !(next.line.indent > line.indent || next.line.number === null)) return false;
    if (!inServices && this.nextField(next.at) === null) return false;
    this.startBlock(line, { serial: (line.marker ?? '').replace(/[.)।]$/, ''), name: line.text });
    return true;
  }

  /** The next non-blank line, when it is a service field. */
  private nextField(i: number): { line: MdLine; at: number; key: ServiceColumn } | null {
    for (let j = i + 1; j < this.lines.length; j++) {
      const l = this.lines[j];
      if (l === undefined || l.kind === 'blank' || l.kind === 'skip') continue;
      const key = l.field === null || isHeadingLike(l) ? null : serviceKeyOf(l.field.label, l.field.value);
      return key === null ? null : { line: l, at: j, key };
    }
    return null;
  }

  private addField(line: MdLine, key: ServiceColumn, value: string): void {
    const block = this.block;
    if (block === null) return;
    const field: FieldValue = { key, pieces: value === '' ? [] : [value], indent: line.indent, open: value === '' };
    block.fields.push(field);
    block.current = field;
  }

  /** A line of the block being read: a field, a bullet or line of the field above, or a continuation. */
  private addToBlock(line: MdLine): boolean {
    const block = this.block;
    if (block === null || (line.kind !== 'item' && line.kind !== 'text')) return false;
    const cur = block.current;
    const nested = cur !== null && line.indent > cur.indent;
    const f = line.field;
    const key = f === null ? null : serviceKeyOf(f.label, f.value);
    // Under an officer, "নাম:", "পদবি:", "ফোন:" are parts of the block, not fields of the service, nested or not.
    const officerPart = cur !== null && OFFICERS.has(cur.key) && f !== null && PERSON_PART.test(f.label);
    if (cur !== null && ((nested && (OFFICERS.has(cur.key) || key === null || key === cur.key)) || officerPart)) {
      this.addPiece(cur, line);
      return true;
    }
    if (f !== null && key !== null) {
      // A second name is the next service.
      if (key === 'name' && block.fields.length > 0) return false;
      this.addField(line, key, f.value);
      return true;
    }
    if (cur === null) return false;
    if (line.kind === 'text' && !this.afterBlank && f === null) {
      // A line that goes on without a blank line is the same value (a lazy continuation).
      const last = cur.pieces.length - 1;
      if (last >= 0) cur.pieces[last] = `${cur.pieces[last] ?? ''} ${line.text}`;
      else cur.pieces.push(line.text);
      return true;
    }
    // Converters often lose the nesting: bullets right under a field with no value are its value.
    if (line.kind === 'item' && key === null && line.number === null && (cur.open || cur.pieces.length > 1)) {
      this.addPiece(cur, line);
      return true;
    }
    return false;
  }

  private addPiece(field: FieldValue, line: MdLine): void {
    const f = line.field;
    let text = line.text;
    if (f !== null && OFFICERS.has(field.key) && PERSON_PART.test(f.label)) text = f.value;
    if (text === '') return;
    if (line.kind === 'text' && field.pieces.length > 0 && !field.open) {
      const last = field.pieces.length - 1;
      field.pieces[last] = `${field.pieces[last] ?? ''} ${text}`;
    } else field.pieces.push(text);
  }

  // ---- grievance ----

  /** A line inside the grievance section; false when the section ends here. */
  private inGrievance(i: number, line: MdLine, headingLike: boolean): boolean {
    const g = this.grievance;
    if (g === null) return false;
    if (headingLike) {
      const kind = titleKind(line.text);
      const level = line.kind === 'heading' ? line.level : 7;
      const stepLike = stepLabel(line.text) !== null || hasRoleWord(line.text) || this.grievanceFieldsAfter(i);
      if ((kind !== null && kind !== 'grievance') || (!stepLike && level <= g.level)) {
        this.endGrievance();
        return false;
      }
      if (!stepLike) {
        g.step = null;
        g.entries.push({ line: plain(line) });
        return true;
      }
      // Indent -1: every line under a step's heading is the step's, down to the next heading.
      const step = newStep(line.no, null, -1);
      const head = stepLabel(line.text) ?? numbered(line.text);
      step.serial = head.serial;
      step.headingRole = head.rest;
      g.step = step;
      g.entries.push({ step });
      return true;
    }
    if (line.kind === 'row') {
      g.step = null;
      g.entries.push({ line: plain(line) });
      return true;
    }
    const cur = g.step;
    // Under a step's heading (indent -1) a paragraph after a blank line is no longer the step's (a sign-off, a note).
    const nested = cur !== null && line.indent > cur.indent && (line.kind === 'item' || !this.afterBlank || (cur.indent >= 0 && line.indent >= cur.indent + 2));
    if (line.kind === 'item' && !nested) {
      if (looksLikeStep(line)) {
        const step = newStep(line.no, line.number, line.indent);
        readStepLine(step, line);
        g.step = step;
        g.entries.push({ step });
        return true;
      }
    }
    if (cur !== null && (nested || (line.kind === 'text' && line.field !== null && grievanceKey(line.field.label) !== null))) {
      readStepLine(cur, line);
      return true;
    }
    if (cur !== null && line.kind === 'text' && !this.afterBlank) {
      for (const p of stepPieces(line.text)) placePiece(cur, p);
      return true;
    }
    g.step = null;
    g.entries.push({ line: plain(line) });
    return true;
  }

  private grievanceFieldsAfter(i: number): boolean {
    for (let j = i + 1; j < this.lines.length; j++) {
      const l = this.lines[j];
      if (l === undefined || isHeadingLike(l) || l.kind === 'row') return false;
      if (l.field !== null && grievanceKey(l.field.label) !== null) return true;
    }
    return false;
  }
}

// ---- Evidence ----

const ATX = /^ {0,3}#{1,6}[ \t]+\S/;
const BOLD_LABEL = /^\s*(?:[-*+]\s+|[0-9]{1,3}[.)]\s+|[০-৯]{1,3}[.)।]\s+)?(?:\*\*|__)[^*_\n]{1,80}(?:\*\*|__)/;
const LINK = /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/;
const ESCAPE = /\\[-*_|#`[\]]/;
const BR = /<br\s*\/?>/i;

/** Whether a text is markdown (front matter, # headings, **bold** field bullets, |---| rules): evidence, not one sign. */
export function isMarkdown(text: string): boolean {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(lines);
  const signs = { front: front === null ? 0 : 3, headings: 0, bold: 0, links: 0, rules: 0, escapes: 0, breaks: 0 };
  let pipes = 0;
  // The front matter's own "---" lines are no rules.
  for (const line of front === null ? lines : lines.slice(front.end + 1)) {
    const t = line.trim();
    if (t === '') continue;
    if (ATX.test(line)) signs.headings++;
    if (BOLD_LABEL.test(line)) signs.bold++;
    if (LINK.test(line)) signs.links++;
    if (isRule(t)) signs.rules++;
    if (ESCAPE.test(line)) signs.escapes++;
    if (BR.test(line)) signs.breaks++;
    if (isDelimiterRow(t)) pipes++;
  }
  const score =
    signs.front +
    Math.min(signs.headings, 3) +
    Math.min(signs.bold, 3) +
    Math.min(signs.links, 2) +
    Math.min(signs.rules, 1) +
    Math.min(signs.escapes, 1) +
    Math.min(signs.breaks, 1);
  const kinds = Object.values(signs).filter((v) => v > 0).length;
  // A pipe table alone is a table shapes.ts reads; beside other signs it is markdown's too.
  return kinds >= 1 && score + (pipes > 0 ? 1 : 0) >= 3 && kinds + (pipes > 0 ? 1 : 0) >= 2;
}

/** The markdown as the plain lines the importer reads, line numbers those of the input. */
export function fromMarkdown(text: string): { lines: RawLine[]; findings: Finding[] } {
  // NFC once, as the rest of the importer compares: a য় typed as one code point is য + nukta after it.
  const lines = text.normalize('NFC').replace(/\r\n?/g, '\n').split('\n');
  const front = frontMatter(lines);
  const md = classify(lines, front === null ? 0 : front.end + 1);
  fieldRows(md);
  const out = new Reader(md).read();
  // The front matter's title ("সিটিজেন চার্টার") is the letterhead's title when the document has none of its own.
  if (front?.title) {
    const firstTitle = out.findIndex((l) => titleKind(l.text) !== null);
    const head = firstTitle < 0 ? out : out.slice(0, firstTitle);
    if (!head.some((l) => /চার্টার|প্রতিশ্রুতি|charter/i.test(l.text))) out.unshift({ no: front.titleLine, text: front.title });
  }
  return { lines: out, findings: [] };
}
