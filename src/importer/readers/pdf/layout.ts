// Positioned runs of text back into lines and table rows: baselines, gaps, drawn borders, serial numbers.
import { normalizeLine } from '../../../bangla/normalize.ts';
import { isVisualOrder, logicalOrder } from './order.ts';
import { append } from '../../append.ts';

interface TextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
}
interface MarkItem {
  type: string;
}
export type Item = TextItem | MarkItem;

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

export const isText = (i: Item): i is TextItem => 'str' in i;

/** The runs of one page, with the /ActualText of a marked span in place of its glyphs' text. */
export function pageRuns(items: readonly Item[], actual: (string | null)[] | null): Run[] {
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
      const size = group.reduce((most, r) => Math.max(most, r.size), -Infinity);
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
          segments.push({ x0: parts.reduce((x, r) => Math.min(x, r.x), Infinity), x1: parts.reduce((x, r) => Math.max(x, r.x + r.w), -Infinity), text });
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
    cells.forEach((c, i) => append(row[i] ?? [], c));
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
      append(out, ruledRows(lines.slice(i, j), rules, glyphSpaces, visual));
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
    append(out, unruledRows(lines.slice(i, j), columns));
    i = j;
  }
  return out;
}

/** The table borders a page draws, from pdf.js's operator list (thin filled rectangles and stroked lines). */
export function rulesOf(fnArray: readonly number[], argsArray: readonly unknown[], OPS: Record<string, number>): Rules {
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
