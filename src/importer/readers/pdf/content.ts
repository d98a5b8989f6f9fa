// What pdf.js does not give: the /ActualText of a page's content stream, and a check that the file's
// compressed streams do not unpack past the budget (a PDF bomb) before pdf.js inflates them.
import { inflateSync } from 'node:zlib';
import { sizeInWords } from '../../../bangla/digits.ts';
import { ImportError } from '../../errors.ts';
import type { Limits } from '../../limits.ts';

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
export function pageContent(file: string, ref: { num: number; gen: number } | null, budget: { bytes: number }): string | null {
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
      throw new ImportError('import.unsafe', 'pdf-size', { max: sizeInWords(limits.maxUnzippedBytes) });
    }
  }
}
