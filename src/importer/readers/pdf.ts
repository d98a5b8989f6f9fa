// PDF: pdf.js (legacy build, no worker, no fonts, no eval) gives positioned runs of text; this reader puts
// them back into the tab-separated lines importText reads. A PDF has no tables, only text at places, so:
//   - runs are grouped into visual lines by their baseline, ordered by x, and split into segments where
//     the gap is wider than a space (a cell boundary);
//   - a block of lines with two or more segments is a table: its columns are the x-ranges of the segments,
//     and the visual lines of one row (a cell wraps over several) are joined until the next serial number
//     appears in the first column;
//   - Bengali is put back into logical order: shaped text is drawn with ি ে ৈ (and the first half of ো ৌ)
//     before their consonant cluster and reph after it; when the PDF says what the glyphs stand for
//     (/ActualText, which Chromium and Word write), that text is used instead.
// What comes out is a best effort: every PDF gets an import.needs-review warning.
import { inflateSync } from 'node:zlib';
import { normalizeLine } from '../../bangla/normalize.ts';
import { sizeInWords, toBengaliDigits } from '../../bangla/digits.ts';
import { at, issue } from '../../charter/finding.ts';
import { ImportError } from '../errors.ts';
import type { Limits } from '../limits.ts';
import type { Reader, ReadResult } from './types.ts';

/** A hostile PDF can keep pdf.js busy; past this the file is refused. */
export const PDF_TIME_LIMIT_MS = 20_000;

// ---------------------------------------------------------------------------------------------------
// Bengali order

const CONSONANT = '[\\u0995-\\u09B9\\u09CE\\u09DC-\\u09DF\\u09F0\\u09F1]';
const CLUSTER = `${CONSONANT}\\u09BC?(?:\\u09CD\\u200D?${CONSONANT}\\u09BC?)*`;
const PRE_BASE = '[\\u09BF\\u09C7\\u09C8]';
const SIGNS = '[\\u09BE-\\u09CC\\u09D7\\u0981-\\u0983]*';
const PRE_BASE_BEFORE = new RegExp(`(${PRE_BASE})(${CLUSTER})`, 'gu');
const REPH_AFTER = new RegExp(`(${CLUSTER})(${SIGNS})\\u09B0\\u09CD(?![\\u0995-\\u09B9\\u09DC-\\u09DF\\u200D])`, 'gu');
const REPH_AFTER_VISUAL = new RegExp(`(${CLUSTER})(${SIGNS})\\u09B0\\u09CD`, 'gu');
/** A pre-base sign where logical order cannot have it: not after a consonant (or nukta). */
const VISUAL_SIGN = new RegExp(`(?:^|[^\\u0995-\\u09B9\\u09BC\\u09CE\\u09DC-\\u09DF\\u09F0\\u09F1])${PRE_BASE}`, 'gu');
/** A pre-base sign where visual order cannot have it: not before a consonant. */
const LOGICAL_SIGN = new RegExp(`${PRE_BASE}(?!${CONSONANT})`, 'gu');

/** Whether a text is Bengali in visual order: pre-base signs where only visual order has them outnumber the reverse. */
export function isVisualOrder(text: string): boolean {
  const visual = (text.match(VISUAL_SIGN) ?? []).length;
  const logical = (text.match(LOGICAL_SIGN) ?? []).length;
  return visual > logical;
}

/**
 * Puts Bengali drawn in visual order back into logical order: ি ে ৈ after their cluster, reph (র্) before
 * it; ো ৌ come back together through NFC. `visual` says whether the text is in visual order (a page
 * decides: "উপেজলা" alone could be either); by default the text itself decides. Logical text is left alone.
 */
export function logicalOrder(text: string, visual = isVisualOrder(text)): string {
  let out = text;
  if (visual) {
    out = out.replace(PRE_BASE_BEFORE, '$2$1').replace(REPH_AFTER_VISUAL, '\u09B0\u09CD$1$2');
  } else {
    // Reph before something that is not a consonant cannot be logical order in any case.
    out = out.replace(REPH_AFTER, '\u09B0\u09CD$1$2');
  }
  return out.normalize('NFC');
}

// ---------------------------------------------------------------------------------------------------
// /ActualText: pdf.js does not report it, so the page's content stream is read for it here.

type PdfValue = string | number | boolean | null | { name: string } | PdfValue[] | Map<string, PdfValue>;

const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIM = new Set('()<>[]{}/%'.split('').map((c) => c.charCodeAt(0)));

/** Decodes a PDF text string (UTF-16BE with a mark, UTF-8 with a mark, else PDFDocEncoding as Latin-1). */
function textString(raw: string): string {
  if (raw.startsWith('\u00fe\u00ff')) {
    let s = '';
    for (let i = 2; i + 1 < raw.length; i += 2) s += String.fromCharCode((raw.charCodeAt(i) << 8) | raw.charCodeAt(i + 1));
    return s;
  }
  if (raw.startsWith('\u00ef\u00bb\u00bf')) {
    return new TextDecoder('utf-8').decode(Uint8Array.from(raw.slice(3), (c) => c.charCodeAt(0) & 0xff));
  }
  return raw;
}

/** The /ActualText of every BDC of a content stream, in order (null where a BDC has none), or null when unreadable. */
export function actualTexts(content: string): (string | null)[] | null {
  const s = content;
  let i = 0;
  const stack: PdfValue[] = [];
  const out: (string | null)[] = [];
  const skipWhite = () => {
    while (i < s.length) {
      const c = s.charCodeAt(i);
      if (WHITE.has(c)) i++;
      else if (c === 0x25) {
        while (i < s.length && s[i] !== '\n' && s[i] !== '\r') i++;
      } else break;
    }
  };
  const literal = (): string => {
    // at '('
    i++;
    let depth = 1;
    let v = '';
    while (i < s.length) {
      const ch = s[i++] ?? '';
      if (ch === '\\') {
        const e = s[i++] ?? '';
        const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
        if (e in map) v += map[e];
        else if (/[0-7]/.test(e)) {
          let oct = e;
          while (oct.length < 3 && /[0-7]/.test(s[i] ?? '')) oct += s[i++];
          v += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (e === '\r') {
          if (s[i] === '\n') i++;
        } else if (e !== '\n') v += e;
      } else if (ch === '(') {
        depth++;
        v += ch;
      } else if (ch === ')') {
        if (--depth === 0) break;
        v += ch;
      } else v += ch;
    }
    return v;
  };
  const hex = (): string => {
    // at '<'
    const end = s.indexOf('>', i);
    const digits = s.slice(i + 1, end < 0 ? s.length : end).replace(/[^0-9a-fA-F]/g, '');
    i = end < 0 ? s.length : end + 1;
    let v = '';
    for (let k = 0; k < digits.length; k += 2) v += String.fromCharCode(parseInt((digits[k] ?? '0') + (digits[k + 1] ?? '0'), 16));
    return v;
  };
  const value = (depth: number): PdfValue | undefined => {
    if (depth > 32) throw new Error('too deep');
    skipWhite();
    const c = s[i];
    if (c === undefined) return undefined;
    if (c === '(') return literal();
    if (c === '<' && s[i + 1] === '<') {
      i += 2;
      const dict = new Map<string, PdfValue>();
      for (;;) {
        skipWhite();
        if (i >= s.length) return dict;
        if (s[i] === '>' && s[i + 1] === '>') {
          i += 2;
          return dict;
        }
        const key = value(depth + 1);
        const val = value(depth + 1);
        if (key && typeof key === 'object' && 'name' in key) dict.set(key.name, val ?? null);
        else if (key === undefined) return dict;
      }
    }
    if (c === '<') return hex();
    if (c === '[') {
      i++;
      const arr: PdfValue[] = [];
      for (;;) {
        skipWhite();
        if (i >= s.length) return arr;
        if (s[i] === ']') {
          i++;
          return arr;
        }
        const v = value(depth + 1);
        if (v === undefined) return arr;
        arr.push(v);
      }
    }
    if (c === '/') {
      let j = i + 1;
      while (j < s.length && !WHITE.has(s.charCodeAt(j)) && !DELIM.has(s.charCodeAt(j))) j++;
      const name = s.slice(i + 1, j);
      i = j;
      return { name };
    }
    if (c === ']' || c === '>' || c === ')' || c === '{' || c === '}') {
      i++;
      return null;
    }
    let j = i;
    while (j < s.length && !WHITE.has(s.charCodeAt(j)) && !DELIM.has(s.charCodeAt(j))) j++;
    const word = s.slice(i, j);
    i = j;
    const n = Number(word);
    if (word !== '' && !Number.isNaN(n)) return n;
    return { name: `op:${word}` };
  };
  try {
    while (i < s.length) {
      const before = i;
      const v = value(0);
      if (v === undefined) break;
      if (i === before) i++;
      if (v && typeof v === 'object' && 'name' in v && v.name.startsWith('op:')) {
        const op = v.name.slice(3);
        if (op === 'BDC') {
          const props = stack[stack.length - 1];
          const actual = props instanceof Map ? props.get('ActualText') : undefined;
          out.push(typeof actual === 'string' ? textString(actual) : null);
        } else if (op === 'ID') {
          // inline image data: binary until EI
          const end = s.slice(i).search(/[\s]EI(?=[\s]|$)/);
          i = end < 0 ? s.length : i + end + 3;
        }
        stack.length = 0;
      } else {
        stack.push(v);
        if (stack.length > 64) stack.shift();
      }
    }
  } catch {
    return null;
  }
  return out;
}

/** The decoded content of one page, found by its object number in the file; null when it cannot be had. */
function pageContent(file: string, ref: { num: number; gen: number } | null, budget: { bytes: number }): string | null {
  if (!ref) return null;
  const objectText = (num: number, gen: number): { dict: string; start: number } | null => {
    const m = new RegExp(`(?:^|[^0-9])${num}\\s+${gen}\\s+obj\\b`).exec(file);
    if (!m) return null;
    const start = m.index + m[0].length;
    const end = file.indexOf('endobj', start);
    const streamAt = file.indexOf('stream', start);
    const dictEnd = streamAt >= 0 && (end < 0 || streamAt < end) ? streamAt : end < 0 ? file.length : end;
    return { dict: file.slice(start, dictEnd), start };
  };
  const page = objectText(ref.num, ref.gen);
  if (!page) return null;
  const contents = /\/Contents\s*(?:(\d+)\s+(\d+)\s+R|\[([^\]]*)\])/.exec(page.dict);
  if (!contents) return null;
  const refs: [number, number][] = [];
  if (contents[1] !== undefined) refs.push([Number(contents[1]), Number(contents[2])]);
  else for (const r of (contents[3] ?? '').matchAll(/(\d+)\s+(\d+)\s+R/g)) refs.push([Number(r[1]), Number(r[2])]);
  const parts: string[] = [];
  for (const [num, gen] of refs.slice(0, 64)) {
    const obj = objectText(num, gen);
    if (!obj) return null;
    const m = /stream\r?\n/.exec(file.slice(obj.start + obj.dict.length, obj.start + obj.dict.length + 16));
    if (!m) return null;
    const dataStart = obj.start + obj.dict.length + m[0].length;
    const length = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(obj.dict);
    const dataEnd = length ? dataStart + Number(length[1]) : file.indexOf('endstream', dataStart);
    if (dataEnd < dataStart || dataEnd > file.length) return null;
    const raw = Buffer.from(file.slice(dataStart, dataEnd), 'latin1');
    const filter = /\/Filter\s*\[?\s*\/(\w+)\s*\]?/.exec(obj.dict)?.[1];
    let data: Buffer;
    if (filter === undefined) data = raw;
    else if (filter === 'FlateDecode') {
      try {
        data = inflateSync(raw, { maxOutputLength: Math.max(1, budget.bytes), finishFlush: 2 /* Z_SYNC_FLUSH */ });
      } catch {
        return null;
      }
    } else return null;
    budget.bytes -= data.length;
    if (budget.bytes <= 0) return null;
    parts.push(data.toString('latin1'));
  }
  return parts.join('\n');
}

// ---------------------------------------------------------------------------------------------------
// Layout

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface MarkItem {
  type: string;
}
type Item = TextItem | MarkItem;

export interface Run {
  x: number;
  y: number;
  w: number;
  size: number;
  str: string;
  /** A space glyph, or a space pdf.js put where it saw a gap. */
  space?: boolean;
}

/** Table borders: vertical rules (x, from y0 up to y1) and horizontal ones (y, from x0 to x1), in page space. */
export interface Rules {
  vertical: { x: number; y0: number; y1: number }[];
  horizontal: { y: number; x0: number; x1: number }[];
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface VisualLine {
  y: number;
  size: number;
  runs: Run[];
  segments: Segment[];
  /** x of the vertical rules crossing the line, when it is a row of a ruled table. */
  bounds: number[];
}

const isText = (i: Item): i is TextItem => 'str' in i;

/** The runs of one page, with the /ActualText of a marked span in place of its glyphs' text. */
function pageRuns(items: readonly Item[], actual: (string | null)[] | null): Run[] {
  const begins = items.filter((i) => !isText(i) && i.type === 'beginMarkedContentProps').length;
  const useActual = actual !== null && actual.length === begins && actual.some((a) => a !== null);
  const runs: Run[] = [];
  const open: { actual: string | null; run: Run | null }[] = [];
  let k = 0;
  for (const item of items) {
    if (!isText(item)) {
      if (item.type === 'beginMarkedContentProps') open.push({ actual: useActual ? (actual[k++] ?? null) : null, run: null });
      else if (item.type === 'beginMarkedContent') open.push({ actual: null, run: null });
      else if (item.type === 'endMarkedContent') open.pop();
      continue;
    }
    const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = item.transform;
    if (Math.abs(b) > Math.abs(a) * 0.2 || Math.abs(c) > Math.abs(d) * 0.2) continue; // rotated text: a stamp, a margin note
    const size = Math.hypot(c, d) || item.height || 10;
    const str = item.str.replace(/\u0000/g, '');
    const run: Run = { x: e, y: f, w: Math.max(0, item.width), size, str };
    const span = open.find((o) => o.actual !== null);
    if (str.trim() === '' && (span === undefined || str !== '')) {
      // a space (inside a span too: the span's text has its own), or nothing at all
      if (str !== '') runs.push({ ...run, str: ' ', space: true });
      continue;
    }
    if (span) {
      if (span.run === null) {
        span.run = { ...run, str: span.actual ?? '' };
        runs.push(span.run);
      } else {
        const right = Math.max(span.run.x + span.run.w, run.x + run.w);
        span.run.x = Math.min(span.run.x, run.x);
        span.run.w = right - span.run.x;
      }
      continue;
    }
    runs.push(run);
  }
  return runs.filter((r) => r.str !== '');
}

/** Whether the page draws its spaces as glyphs (Chromium, Word): then a gap alone is no space, as widths of shaped glyphs are unreliable. */
function drawsSpaces(runs: readonly Run[]): boolean {
  return runs.filter((r) => r.space && r.w >= 0.1 * r.size && r.w <= 0.6 * r.size).length >= 3;
}

/** Joins the runs of one cell or line (x order) with spaces where the page has them. */
function joinRuns(runs: readonly Run[], glyphSpaces: boolean, visual: boolean): string {
  let text = '';
  let right = -Infinity;
  let pendingSpace = false;
  for (const r of runs) {
    if (r.space) {
      if (!glyphSpaces || r.w <= 0.6 * r.size) pendingSpace = true;
      continue;
    }
    const gap = r.x - right;
    if (text !== '' && (pendingSpace || (!glyphSpaces && gap > 0.12 * r.size))) text += ' ';
    text += r.str;
    right = Math.max(right, r.x + r.w);
    pendingSpace = false;
  }
  return normalizeLine(logicalOrder(text, visual));
}

/** Groups runs into visual lines, top to bottom, each in x order. */
function groupLines(runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((p, q) => q.y - p.y || p.x - q.x);
  const groups: Run[][] = [];
  let head: Run | undefined;
  for (const run of sorted) {
    const last = groups[groups.length - 1];
    if (last && head && Math.abs(head.y - run.y) <= 0.45 * Math.min(head.size, run.size)) last.push(run);
    else {
      groups.push([run]);
      head = run;
    }
  }
  for (const g of groups) g.sort((p, q) => p.x - q.x);
  return groups.filter((g) => g.some((r) => !r.space));
}

/** The x of the vertical rules that cross a line at its text's height, left to right. */
function boundsAt(rules: Rules, y: number, size: number): number[] {
  const xs = rules.vertical
    .filter((r) => r.y0 <= y + 0.3 * size && r.y1 >= y + 0.3 * size)
    .map((r) => r.x)
    .sort((a, b) => a - b);
  const out: number[] = [];
  for (const x of xs) if (out.length === 0 || x - (out[out.length - 1] ?? 0) > 2) out.push(x);
  return out;
}

function toVisualLines(runs: readonly Run[], rules: Rules, glyphSpaces: boolean, visual: boolean): VisualLine[] {
  const tabGap = glyphSpaces ? 3 : 0.9;
  return groupLines(runs)
    .map((group) => {
      const size = Math.max(...group.map((r) => r.size));
      const y = group.find((r) => !r.space)?.y ?? 0;
      const words = group.filter((r) => !r.space);
      let bounds = boundsAt(rules, y, size);
      const first = bounds[0] ?? 0;
      const last = bounds[bounds.length - 1] ?? 0;
      if (bounds.length < 2 || !words.some((r) => r.x > first && r.x < last)) bounds = [];
      const segments: Segment[] = [];
      let cur: Run[] = [];
      let right = -Infinity;
      const flush = () => {
        const parts = cur.filter((r) => !r.space);
        const text = joinRuns(cur, glyphSpaces, visual);
        if (parts.length > 0 && text !== '') {
          segments.push({ x0: Math.min(...parts.map((r) => r.x)), x1: Math.max(...parts.map((r) => r.x + r.w)), text });
        }
        cur = [];
      };
      for (const r of group) {
        if (!r.space && cur.some((c) => !c.space)) {
          const prev = cur.filter((c) => !c.space).at(-1);
          const ruled = bounds.length > 0 && prev !== undefined && bounds.some((x) => x > prev.x && x <= r.x + 0.5);
          if (ruled || (bounds.length === 0 && r.x - right > tabGap * r.size)) flush();
        }
        cur.push(r);
        if (!r.space) right = Math.max(right, r.x + r.w);
      }
      flush();
      return { y, size, runs: group, segments, bounds };
    })
    .filter((l) => l.segments.length > 0);
}

const SERIAL = /^[০-৯0-9]{1,3}\s*[.)।]?$/u;
const NUMBERING = /^\(?[০-৯0-9]{1,2}\)?$/u;

interface Column {
  x0: number;
  x1: number;
}

/** Which column a segment falls in; -1 when it spans two, -2 when none. */
function columnOf(columns: readonly Column[], s: Segment): number {
  const tol = 2;
  const hit = columns.flatMap((c, i) => (s.x0 < c.x1 + tol && s.x1 > c.x0 - tol ? [i] : []));
  if (hit.length === 1) return hit[0] ?? -1;
  if (hit.length === 0) return -2;
  return -1;
}

/** Adds a line's segments to the columns; false when a segment straddles two columns (not this table). */
function widen(columns: Column[], line: VisualLine): boolean {
  const next = columns.map((c) => ({ ...c }));
  for (const s of line.segments) {
    const i = columnOf(next, s);
    if (i === -1) return false;
    if (i === -2) next.push({ x0: s.x0, x1: s.x1 });
    else {
      const c = next[i];
      if (c) {
        c.x0 = Math.min(c.x0, s.x0);
        c.x1 = Math.max(c.x1, s.x1);
      }
    }
    next.sort((a, b) => a.x0 - b.x0);
    for (let k = 1; k < next.length; k++) if ((next[k]?.x0 ?? 0) < (next[k - 1]?.x1 ?? 0)) return false;
  }
  columns.splice(0, columns.length, ...next);
  return true;
}

/** An unruled table: the visual lines of each row joined cell by cell, a new row at each serial number. */
function unruledRows(lines: readonly VisualLine[], columns: readonly Column[]): string[] {
  const rows: string[][][] = [];
  let current: string[][] | null = null;
  const start = () => {
    const row = columns.map(() => [] as string[]);
    rows.push(row);
    return row;
  };
  for (const line of lines) {
    const cells = columns.map(() => [] as string[]);
    for (const s of line.segments) cells[Math.max(0, columnOf(columns, s))]?.push(s.text);
    const first = (cells[0] ?? []).join(' ');
    const numbering = line.segments.length >= 2 && line.segments.every((s) => NUMBERING.test(s.text) && s.text.includes('('));
    let row: string[][];
    if (numbering) {
      row = start();
      current = null;
    } else if (SERIAL.test(first) || current === null) {
      row = start();
      current = row;
    } else row = current;
    cells.forEach((c, i) => row[i]?.push(...c));
  }
  return rows.map((r) => r.map((c) => c.join(' ')).join('\t'));
}

/** A ruled table: rows are split by the horizontal rules, cells by the vertical ones. */
function ruledRows(lines: readonly VisualLine[], rules: Rules, glyphSpaces: boolean, visual: boolean): string[] {
  const bounds = lines[0]?.bounds ?? [];
  const left = bounds[0] ?? 0;
  const right = bounds[bounds.length - 1] ?? 0;
  const rows: Run[][][] = [];
  let prev: VisualLine | null = null;
  for (const line of lines) {
    const split =
      prev === null ||
      rules.horizontal.some((h) => h.y < (prev?.y ?? 0) - 0.2 * (prev?.size ?? 0) && h.y > line.y + 0.6 * line.size && h.x1 > left + 2 && h.x0 < right - 2);
    if (split) rows.push(bounds.slice(1).map(() => []));
    const row = rows[rows.length - 1] ?? [];
    for (const r of line.runs) {
      let c = bounds.findIndex((x) => x > r.x + 0.5) - 1;
      if (c < 0) c = r.x < left ? 0 : bounds.length - 2;
      row[Math.min(Math.max(c, 0), row.length - 1)]?.push(r);
    }
    prev = line;
  }
  return rows.map((row) =>
    row
      .map((cell) => {
        // the visual lines of a cell, top to bottom, each joined, then the lines joined by a space
        return groupLines(cell)
          .map((l) => joinRuns(l, glyphSpaces, visual))
          .filter((t) => t !== '')
          .join(' ');
      })
      .join('\t'),
  );
}

function sameBounds(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((x, i) => Math.abs(x - (b[i] ?? 0)) <= 3);
}

/** A page's lines as text: tables as tab-separated rows, the rest as lines. */
export function layoutPage(runs: readonly Run[], rules: Rules): string[] {
  const glyphSpaces = drawsSpaces(runs);
  const visual = isVisualOrder(runs.map((r) => r.str).join(' '));
  const lines = toVisualLines(runs, rules, glyphSpaces, visual);
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (!line) break;
    if (line.bounds.length > 0) {
      let j = i + 1;
      while (j < lines.length && sameBounds(lines[j]?.bounds ?? [], line.bounds)) j++;
      out.push(...ruledRows(lines.slice(i, j), rules, glyphSpaces, visual));
      i = j;
      continue;
    }
    if (line.segments.length < 2) {
      out.push(line.segments.map((s) => s.text).join(' '));
      i++;
      continue;
    }
    // An unruled table starts here: widen its columns line by line while the lines fit.
    const columns: Column[] = [];
    widen(columns, line);
    let j = i + 1;
    while (j < lines.length) {
      const next = lines[j];
      if (!next || next.bounds.length > 0) break;
      if (next.size > line.size * 1.15 || line.y - next.y > 0) {
        // a heading in a bigger type, or a gap of more than three lines, ends the table
        const above = lines[j - 1];
        if (next.size > line.size * 1.15 || (above && above.y - next.y > 3 * above.size)) break;
      }
      if (next.segments.length === 1) {
        if (columnOf(columns, next.segments[0] ?? { x0: 0, x1: 0, text: '' }) < 0) break;
      } else if (!widen(columns, next)) break;
      j++;
    }
    out.push(...unruledRows(lines.slice(i, j), columns));
    i = j;
  }
  return out;
}

/** The table borders a page draws, from pdf.js's operator list (thin filled rectangles and stroked lines). */
function rulesOf(fnArray: readonly number[], argsArray: readonly unknown[], OPS: Record<string, number>): Rules {
  const rules: Rules = { vertical: [], horizontal: [] };
  type M = [number, number, number, number, number, number];
  let ctm: M = [1, 0, 0, 1, 0, 0];
  const stack: M[] = [];
  const mul = (m: M, n: M): M => [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ];
  const apply = (m: M, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
  const limit = 200_000;
  for (let i = 0; i < fnArray.length && rules.vertical.length + rules.horizontal.length < limit; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === OPS.save) stack.push(ctm);
    else if (fn === OPS.restore) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.transform && Array.isArray(args) && args.length === 6) ctm = mul(ctm, args.map(Number) as M);
    else if (fn === OPS.paintFormXObjectBegin && Array.isArray(args)) {
      stack.push(ctm);
      const m = args[0];
      if (Array.isArray(m) && m.length === 6) ctm = mul(ctm, m.map(Number) as M);
    } else if (fn === OPS.paintFormXObjectEnd) ctm = stack.pop() ?? ctm;
    else if (fn === OPS.constructPath && Array.isArray(args)) {
      const paint = Number(args[0]);
      if (paint === OPS.endPath) continue; // a clip, not a line
      const stroked =
        paint === OPS.stroke ||
        paint === OPS.closeStroke ||
        paint === OPS.fillStroke ||
        paint === OPS.eoFillStroke ||
        paint === OPS.closeFillStroke ||
        paint === OPS.closeEOFillStroke;
      const data = (args[1] as unknown[] | undefined)?.[0] as ArrayLike<number> | undefined;
      if (!data || typeof data.length !== 'number') continue;
      // subpaths of straight lines; curves end a subpath's use as a rule
      let points: [number, number][] = [];
      const flushPath = () => {
        if (points.length < 2) return;
        const t = points.map(([x, y]) => apply(ctm, x, y));
        if (stroked) {
          for (let p = 1; p < t.length; p++) add(t[p - 1] ?? [0, 0], t[p] ?? [0, 0]);
        } else {
          const xs = t.map((q) => q[0]);
          const ys = t.map((q) => q[1]);
          add([Math.min(...xs), Math.min(...ys)], [Math.max(...xs), Math.max(...ys)]);
        }
      };
      const add = (a: [number, number], b: [number, number]) => {
        const x0 = Math.min(a[0], b[0]);
        const x1 = Math.max(a[0], b[0]);
        const y0 = Math.min(a[1], b[1]);
        const y1 = Math.max(a[1], b[1]);
        if (![x0, x1, y0, y1].every(Number.isFinite)) return;
        if (x1 - x0 <= 2.5 && y1 - y0 >= 4) rules.vertical.push({ x: (x0 + x1) / 2, y0, y1 });
        else if (y1 - y0 <= 2.5 && x1 - x0 >= 4) rules.horizontal.push({ y: (y0 + y1) / 2, x0, x1 });
      };
      let curve = false;
      for (let k = 0; k < data.length && k < 1_000_000;) {
        const code = data[k];
        if (code === 0) {
          if (!curve) flushPath();
          points = [[Number(data[k + 1]), Number(data[k + 2])]];
          curve = false;
          k += 3;
        } else if (code === 1) {
          points.push([Number(data[k + 1]), Number(data[k + 2])]);
          k += 3;
        } else if (code === 2) {
          curve = true;
          k += 7;
        } else if (code === 3) {
          curve = true;
          k += 5;
        } else if (code === 4) {
          if (stroked && points[0]) points.push(points[0]);
          k += 1;
        } else break;
      }
      if (!curve) flushPath();
    }
  }
  return rules;
}

// ---------------------------------------------------------------------------------------------------
// Reading. pdf.js runs in a worker thread (this same module, started with workerData): in Node it has no
// worker of its own, and in the main thread a hostile file could hold the event loop, and pdf.js leaves
// some of its own promise rejections unhandled. The worker is terminated when a read takes too long.

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

interface PageData {
  items: Item[];
  ref: { num: number; gen: number } | null;
  rules: Rules;
}
type WorkerReply = { id: number; pages: PageData[] } | { id: number; refused: 'password' | 'damaged' | 'pages' | 'chars'; numPages?: number };

const WORKER_FLAG = 'protishruti-pdf-reader';

async function extract(lib: PdfJs, bytes: Uint8Array, maxPdfPages: number, maxTextChars: number): Promise<Omit<WorkerReply, 'id'>> {
  const task = lib.getDocument({
    data: bytes,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    useWorkerFetch: false,
    isOffscreenCanvasSupported: false,
    isImageDecoderSupported: false,
    disableAutoFetch: true,
    disableStream: true,
    enableXfa: false,
    stopAtErrors: false,
    verbosity: lib.VerbosityLevel.ERRORS,
  });
  try {
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (err) {
      return { refused: err instanceof Error && err.name === 'PasswordException' ? 'password' : 'damaged' };
    }
    if (doc.numPages > maxPdfPages) return { refused: 'pages', numPages: doc.numPages };
    const pages: PageData[] = [];
    let chars = 0;
    for (let p = 1; p <= doc.numPages; p++) {
      const items: Item[] = [];
      let rules: Rules = { vertical: [], horizontal: [] };
      let ref: { num: number; gen: number } | null = null;
      try {
        const page = await doc.getPage(p);
        const r = (page as unknown as { ref?: { num: number; gen: number } | null }).ref;
        ref = r ? { num: r.num, gen: r.gen } : null;
        const reader = page.streamTextContent({ includeMarkedContent: true }).getReader();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          for (const item of (value as { items: Item[] }).items) {
            if (isText(item)) {
              chars += item.str.length;
              items.push({ str: item.str, transform: [...item.transform], width: item.width, height: item.height });
            } else items.push({ type: item.type });
          }
          // the stream is left to doc.destroy(): cancelling it races pdf.js's own close
          if (chars > maxTextChars || items.length > maxTextChars) return { refused: 'chars' };
        }
        if (items.some(isText)) {
          const ops = await page.getOperatorList();
          rules = rulesOf(ops.fnArray, ops.argsArray, lib.OPS as unknown as Record<string, number>);
        }
      } catch {
        // a broken page: read the others
      }
      pages.push({ items, ref, rules });
    }
    return { pages };
  } finally {
    await task.destroy().catch(() => undefined);
  }
}

/** The worker side: reads PDFs posted to it, one at a time. */
async function serveWorker(): Promise<void> {
  const { parentPort } = await import('node:worker_threads');
  if (!parentPort) return;
  const port = parentPort;
  // pdf.js leaves some rejections of its own unhandled (a font it cannot parse); they are not ours to crash on
  process.on('unhandledRejection', () => undefined);
  const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let queue = Promise.resolve();
  port.on('message', (msg: { id: number; bytes: Uint8Array; maxPdfPages: number; maxTextChars: number }) => {
    queue = queue.then(async () => {
      let reply: Omit<WorkerReply, 'id'>;
      try {
        reply = await extract(lib, msg.bytes, msg.maxPdfPages, msg.maxTextChars);
      } catch {
        reply = { refused: 'damaged' };
      }
      port.postMessage({ id: msg.id, ...reply });
    });
  });
}

const threads = await import('node:worker_threads');
if (!threads.isMainThread && threads.workerData === WORKER_FLAG) void serveWorker();

/** A PDF whose streams inflate to gigabytes (a PDF bomb) runs the thread out of this heap; the read is then refused. */
const WORKER_MEMORY = { maxOldGenerationSizeMb: 768, maxYoungGenerationSizeMb: 64 };

let worker: import('node:worker_threads').Worker | null = null;
const pending = new Map<number, { resolve: (r: WorkerReply) => void; reject: (e: Error) => void }>();
let nextId = 1;

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function pdfWorker(): import('node:worker_threads').Worker {
  if (worker) return worker;
  // Run from TypeScript (tsx), the thread registers tsx's loader first: `tsx` hooks the main thread only.
  const w = import.meta.url.endsWith('.ts')
    ? new threads.Worker(
        `(async () => { (await import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})).register(); await import(${JSON.stringify(import.meta.url)}); })();`,
        { eval: true, workerData: WORKER_FLAG, stdout: false, stderr: false, resourceLimits: WORKER_MEMORY },
      )
    : new threads.Worker(new URL(import.meta.url), { workerData: WORKER_FLAG, stdout: false, stderr: false, resourceLimits: WORKER_MEMORY });
  w.unref();
  w.on('message', (reply: WorkerReply) => {
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    if (pending.size === 0) w.unref();
    p.resolve(reply);
  });
  const gone = () => {
    if (worker === w) worker = null;
    failAll(damaged());
  };
  w.on('error', gone);
  w.on('exit', gone);
  worker = w;
  return w;
}

/** Stops the PDF worker thread, if one runs (tests and the command line end without it anyway: it is unref'd). */
export async function stopPdfWorker(): Promise<void> {
  const w = worker;
  worker = null;
  failAll(damaged());
  await w?.terminate();
}

function askWorker(bytes: Uint8Array, limits: Readonly<Limits>): Promise<WorkerReply> {
  const w = pdfWorker();
  const id = nextId++;
  const copy = bytes.slice();
  return new Promise<WorkerReply>((resolve, reject) => {
    const timer = setTimeout(() => {
      // pdf.js is stuck on this file: the thread goes, and with it anything else it was reading
      pending.delete(id);
      if (worker === w) worker = null;
      reject(damaged('The PDF took too long to read', 'পিডিএফটি পড়তে অতিরিক্ত সময় লাগছে'));
      void w.terminate();
    }, PDF_TIME_LIMIT_MS);
    pending.set(id, {
      resolve: (r) => {
        clearTimeout(timer);
        resolve(r);
      },
      reject: (e) => {
        clearTimeout(timer);
        reject(e);
      },
    });
    w.ref();
    w.postMessage({ id, bytes: copy, maxPdfPages: limits.maxPdfPages, maxTextChars: limits.maxTextChars }, [copy.buffer]);
  });
}

function damaged(en = 'The PDF is damaged or cannot be read', bn = 'পিডিএফ ফাইলটি নষ্ট অথবা পড়া যায় না'): ImportError {
  return new ImportError('import.damaged', en, bn);
}

function tooLong(limits: Readonly<Limits>): ImportError {
  return new ImportError(
    'import.too-large',
    `The PDF holds too much text (more than ${limits.maxTextChars} characters)`,
    `পিডিএফে অতিরিক্ত লেখা (${toBengaliDigits(limits.maxTextChars)} অক্ষরের বেশি)`,
  );
}

/**
 * pdf.js inflates a stream whole when it needs it, so a PDF whose streams unpack to gigabytes (a PDF bomb)
 * would take the memory of the machine. Every compressed stream is inflated here first, against one budget
 * for the whole file (maxUnzippedBytes); a file over it is refused before pdf.js sees it. Linear in the file:
 * each "stream" keyword is found once, and a stream that does not inflate is left for pdf.js to judge.
 */
export function checkStreams(file: string, limits: Readonly<Limits>): void {
  let budget = limits.maxUnzippedBytes;
  let from = 0;
  for (;;) {
    const at = file.indexOf('stream', from);
    if (at < 0) return;
    from = at + 6;
    if (file.startsWith('end', at - 3)) continue;
    const eol = file.startsWith('\r\n', at + 6) ? 2 : file[at + 6] === '\n' || file[at + 6] === '\r' ? 1 : -1;
    if (eol < 0) continue;
    const dict = file.slice(Math.max(0, at - 1024), at);
    const open = dict.lastIndexOf('obj');
    if (!/\/Fl(?:ateDecode)?\b/.test(open < 0 ? dict : dict.slice(open))) continue;
    const start = at + 6 + eol;
    let end = file.indexOf('endstream', start);
    if (end < 0) end = file.length;
    from = end;
    try {
      budget -= inflateSync(Buffer.from(file.slice(start, end), 'latin1'), { maxOutputLength: Math.max(1, budget), finishFlush: 2 /* Z_SYNC_FLUSH */ }).length;
    } catch (err) {
      if ((err as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      budget = -1;
    }
    if (budget < 0) {
      throw new ImportError(
        'import.unsafe',
        `The PDF would unpack to more than ${sizeInWords(limits.maxUnzippedBytes).en}; it was not opened`,
        `পিডিএফটি খুললে ${sizeInWords(limits.maxUnzippedBytes).bn}-এর বেশি হতো; ফাইলটি খোলা হয়নি`,
      );
    }
  }
}

async function readAll(bytes: Uint8Array, limits: Readonly<Limits>): Promise<ReadResult> {
  checkStreams(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'), limits);
  const reply = await askWorker(bytes, limits);
  if ('refused' in reply) {
    switch (reply.refused) {
      case 'password':
        throw damaged(
          'The PDF is protected by a password; save it without one and try again',
          'পিডিএফটি পাসওয়ার্ড দিয়ে সুরক্ষিত; পাসওয়ার্ড ছাড়া সংরক্ষণ করে আবার দিন',
        );
      case 'pages': {
        const n = reply.numPages ?? 0;
        throw new ImportError(
          'import.too-large',
          `The PDF has too many pages (${n}; at most ${limits.maxPdfPages})`,
          `পিডিএফে পৃষ্ঠা অনেক বেশি (${toBengaliDigits(n)}টি; সর্বোচ্চ ${toBengaliDigits(limits.maxPdfPages)}টি)`,
        );
      }
      case 'chars':
        throw tooLong(limits);
      default:
        throw damaged();
    }
  }
  const file = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const budget = { bytes: Math.max(limits.maxTextChars * 8, 1 << 20) };
  const pages: string[] = [];
  let anyText = false;
  for (const page of reply.pages) {
    const content = page.items.some((i) => !isText(i)) ? pageContent(file, page.ref, budget) : null;
    const runs = pageRuns(page.items, content === null ? null : actualTexts(content));
    if (runs.some((r) => /[\p{L}\p{N}]/u.test(r.str))) anyText = true;
    const lines = layoutPage(runs, page.rules);
    if (lines.length > 0) pages.push(lines.join('\n'));
  }
  if (!anyText) {
    throw new ImportError(
      'import.unsupported',
      'This PDF has no text: it is a scanned image. Type the charter, or run OCR on it, and import the text',
      'এই পিডিএফে কোনো লেখা নেই: এটি স্ক্যান করা ছবি। প্রতিশ্রুতিটি টাইপ করে, অথবা OCR করে, লেখাটি আমদানি করুন',
    );
  }
  const text = pages.join('\n\n');
  if (text.length > limits.maxTextChars) throw tooLong(limits);
  return {
    text,
    findings: at('file', [
      issue(
        'warning',
        'import.needs-review',
        'Read from a PDF: tables and Bengali are rebuilt from positions on the page; check every row against the document',
        'পিডিএফ থেকে পড়া: সারণি ও বাংলা লেখা পৃষ্ঠার অবস্থান থেকে পুনর্গঠিত; প্রতিটি সারি মূল দলিলের সাথে মিলিয়ে দেখুন',
      ),
    ]),
  };
}

/** Reads a PDF's text into tab-separated lines; throws ImportError for a PDF that cannot be read. */
export const readPdf: Reader = async (bytes, limits) => {
  try {
    return await readAll(bytes, limits);
  } catch (err) {
    if (err instanceof ImportError) throw err;
    throw damaged();
  }
};
