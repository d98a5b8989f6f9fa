// Markdown lines sorted into blank, heading, list item, text and table row, each with its content without markup; front matter found.
import { toAsciiDigits } from '../../../bangla/digits.ts';
import { cellText, isSpace } from './inline.ts';

export type Kind = 'blank' | 'heading' | 'item' | 'text' | 'row' | 'skip';

export interface Field {
  label: string;
  value: string;
  bold: boolean;
}

export interface MdLine {
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
export function isRule(t: string): boolean {
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
export function isDelimiterRow(t: string): boolean {
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
export function labelEnd(t: string): number {
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
export function frontMatter(lines: readonly string[]): { end: number; title: string | null; titleLine: number } | null {
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
export function classify(lines: readonly string[], start: number): MdLine[] {
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
