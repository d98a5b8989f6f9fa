// Word (.docx): the zip is checked from its central directory before anything is inflated (entries, declared
// sizes and ratios), then word/document.xml is inflated in small steps with a byte counter (declared sizes can
// lie) straight into a streaming XML parser, which writes paragraphs and tables into a Layout (blocks.ts).
// Runs in a Bijoy font (SutonnyMJ, any "...MJ", set on the run, its style or the document's defaults) are
// converted to Unicode; Bijoy the fonts did not mark is found by detection afterwards.
import { Inflate } from 'fflate';
import { Parser } from 'htmlparser2';
import { sizeInWords } from '../../bangla/digits.ts';
import type { FindingParams } from '../../charter/model.ts';
import { ImportError } from '../errors.ts';
import type { Limits } from '../limits.ts';
import { finishBijoy, isBijoyFont, Layout } from './blocks.ts';
import type { ReadResult, Reader } from './types.ts';

const WORD_NS = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const MC_NS = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
/** Inflate this many compressed bytes at a time: one step can unpack to at most about a thousand times it. */
const STEP = 4096;
/** Entries smaller than this are not held to the compression ratio (a tiny XML part can compress 50:1). */
const RATIO_FLOOR = 64 * 1024;

/** The Word file cannot be read; `variant` says how (messages.ts, import.damaged). */
function damaged(variant = 'default'): ImportError {
  return new ImportError('import.damaged', variant);
}

/** The Word file is not opened, for what it would cost (messages.ts, import.unsafe). */
function unsafe(variant: string, params: FindingParams = {}): ImportError {
  return new ImportError('import.unsafe', variant, params);
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  compressed: number;
  size: number;
  offset: number;
}

function u16(b: Uint8Array, i: number): number {
  if (i + 2 > b.length) throw damaged();
  return (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8);
}

function u32(b: Uint8Array, i: number): number {
  if (i + 4 > b.length) throw damaged();
  return ((b[i] ?? 0) | ((b[i + 1] ?? 0) << 8) | ((b[i + 2] ?? 0) << 16) | ((b[i + 3] ?? 0) << 24)) >>> 0;
}

/** The entries as the central directory declares them; refuses too many, too large or too compressed. */
function centralDirectory(bytes: Uint8Array, limits: Readonly<Limits>): Map<string, Entry> {
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged('docx-zip');
  const count = u16(bytes, end + 10);
  const offset = u32(bytes, end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw damaged('docx-zip64');
  if (count > limits.maxZipEntries) {
    throw unsafe('docx-parts', { count, max: limits.maxZipEntries });
  }
  const entries = new Map<string, Entry>();
  let total = 0;
  let p = offset;
  const latin = new TextDecoder('latin1');
  for (let k = 0; k < count; k++) {
    if (u32(bytes, p) !== 0x02014b50) throw damaged();
    const nameLength = u16(bytes, p + 28);
    if (p + 46 + nameLength > bytes.length) throw damaged();
    const entry: Entry = {
      flags: u16(bytes, p + 8),
      method: u16(bytes, p + 10),
      compressed: u32(bytes, p + 20),
      size: u32(bytes, p + 24),
      offset: u32(bytes, p + 42),
      name: latin.decode(bytes.subarray(p + 46, p + 46 + nameLength)),
    };
    total += entry.size;
    if (entry.size > limits.maxUnzippedBytes || total > limits.maxUnzippedBytes) {
      throw unsafe('docx-size', { max: sizeInWords(limits.maxUnzippedBytes) });
    }
    if (entry.size > RATIO_FLOOR && entry.size > entry.compressed * limits.maxCompressionRatio) throw bomb();
    entries.set(entry.name, entry);
    p += 46 + nameLength + u16(bytes, p + 30) + u16(bytes, p + 32);
  }
  return entries;
}

function bomb(): ImportError {
  return unsafe('zip-bomb');
}

/** Inflates one entry in steps, handing each piece to `sink`; stops as soon as it unpacks past its bounds. */
function inflateEntry(bytes: Uint8Array, entry: Entry, budget: { left: number }, sink: (chunk: Uint8Array) => void): void {
  if ((entry.flags & 1) !== 0) {
    throw new ImportError('import.unsupported', 'docx-password');
  }
  if (u32(bytes, entry.offset) !== 0x04034b50) throw damaged();
  const start = entry.offset + 30 + u16(bytes, entry.offset + 26) + u16(bytes, entry.offset + 28);
  const end = start + entry.compressed;
  if (end > bytes.length) throw damaged();
  const data = bytes.subarray(start, end);
  let produced = 0;
  const count = (n: number) => {
    produced += n;
    // The central directory declared `size`; more than that is a lie, and the budget is for all entries.
    if (produced > entry.size || produced > budget.left) throw bomb();
  };
  if (entry.method === 0) {
    count(data.length);
    budget.left -= data.length;
    sink(data);
    return;
  }
  if (entry.method !== 8) throw damaged();
  const inflate = new Inflate((chunk) => {
    count(chunk.length);
    if (chunk.length > 0) sink(chunk);
  });
  try {
    if (data.length === 0) inflate.push(data, true);
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw damaged();
  }
  budget.left -= produced;
}

/** Parses one XML entry with the streaming parser; the handler sees names and attributes as written. */
function parseEntry(
  bytes: Uint8Array,
  entry: Entry,
  budget: { left: number },
  limits: Readonly<Limits>,
  handler: { open(name: string, attribs: Record<string, string>): void; close(name: string): void; text(text: string): void },
): void {
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (++depth > limits.maxNestingDepth) {
          throw unsafe('docx-depth', { max: limits.maxNestingDepth });
        }
        handler.open(name, attribs);
      },
      onclosetag(name) {
        depth--;
        handler.close(name);
      },
      ontext(text) {
        handler.text(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  const decoder = new TextDecoder('utf-8');
  try {
    inflateEntry(bytes, entry, budget, (chunk) => parser.write(decoder.decode(chunk, { stream: true })));
    parser.write(decoder.decode());
    parser.end();
  } catch (e) {
    if (e instanceof ImportError) throw e;
    throw damaged();
  }
}

type FontKind = 'bijoy' | 'other' | null;

/** What a w:rFonts says: the Latin slots (ascii, hAnsi) decide, else the complex-script slot. */
function fontKind(attribs: Record<string, string>, w: string): FontKind {
  const latin = [attribs[`${w}ascii`], attribs[`${w}hAnsi`]].filter((f): f is string => f !== undefined);
  if (latin.length > 0) return latin.some(isBijoyFont) ? 'bijoy' : 'other';
  const cs = attribs[`${w}cs`];
  if (cs !== undefined) return isBijoyFont(cs) ? 'bijoy' : 'other';
  if (attribs[`${w}asciiTheme`] !== undefined || attribs[`${w}hAnsiTheme`] !== undefined) return 'other';
  return null;
}

function prefixOf(attribs: Record<string, string>, namespaces: readonly string[], fallback: string): string {
  for (const [k, v] of Object.entries(attribs)) if (k.startsWith('xmlns:') && namespaces.includes(v)) return `${k.slice(6)}:`;
  return fallback;
}

interface Styles {
  /** Style id -> whether its font (through basedOn) is a Bijoy font. */
  bijoy(id: string | null): FontKind;
  defaultFont: FontKind;
  defaultParagraph: string | null;
}

function readStyles(bytes: Uint8Array, entry: Entry | undefined, budget: { left: number }, limits: Readonly<Limits>): Styles {
  const fonts = new Map<string, { basedOn: string | null; font: FontKind }>();
  let defaultFont: FontKind = null;
  let defaultParagraph: string | null = null;
  if (entry !== undefined) {
    let w = 'w:';
    let style: string | null = null;
    let inDefaults = false;
    parseEntry(bytes, entry, budget, limits, {
      open(name, attribs) {
        if (name === 'w:styles' || name.endsWith(':styles')) w = prefixOf(attribs, WORD_NS, w);
        if (name === `${w}style`) {
          style = attribs[`${w}styleId`] ?? null;
          if (style !== null) {
            fonts.set(style, { basedOn: null, font: null });
            if (attribs[`${w}type`] === 'paragraph' && ['1', 'true', 'on'].includes(attribs[`${w}default`] ?? '')) defaultParagraph = style;
          }
        } else if (name === `${w}rPrDefault`) inDefaults = true;
        else if (name === `${w}basedOn` && style !== null) {
          const s = fonts.get(style);
          if (s) s.basedOn = attribs[`${w}val`] ?? null;
        } else if (name === `${w}rFonts`) {
          if (inDefaults) defaultFont = fontKind(attribs, w);
          else if (style !== null) {
            const s = fonts.get(style);
            if (s) s.font = fontKind(attribs, w);
          }
        }
      },
      close(name) {
        if (name === `${w}style`) style = null;
        else if (name === `${w}rPrDefault`) inDefaults = false;
      },
      text() {},
    });
  }
  return {
    defaultFont,
    defaultParagraph,
    bijoy(id) {
      for (let i = 0, s = id === null ? undefined : fonts.get(id); s !== undefined && i < 32; i++, s = s.basedOn === null ? undefined : fonts.get(s.basedOn)) {
        if (s.font !== null) return s.font;
      }
      return null;
    },
  };
}

/** The main document part, from the package relationships (word/document.xml nearly always). */
function mainDocument(bytes: Uint8Array, entries: Map<string, Entry>, budget: { left: number }, limits: Readonly<Limits>): Entry {
  let target = 'word/document.xml';
  const rels = entries.get('_rels/.rels');
  if (rels !== undefined) {
    parseEntry(bytes, rels, budget, limits, {
      open(name, attribs) {
        if (/(^|:)Relationship$/.test(name) && /\/officeDocument$/.test(attribs.Type ?? '') && attribs.Target) {
          target = attribs.Target.replace(/^\/+/, '');
        }
      },
      close() {},
      text() {},
    });
  }
  const entry = entries.get(target) ?? entries.get('word/document.xml');
  if (entry === undefined) throw damaged('docx-no-document');
  return entry;
}

function truthy(attribs: Record<string, string>, w: string): boolean {
  const v = attribs[`${w}val`];
  return v === undefined || !['0', 'false', 'off'].includes(v);
}

export const readDocx: Reader = (bytes, limits) => {
  try {
    return Promise.resolve(read(bytes, limits));
  } catch (e) {
    return Promise.reject(e instanceof ImportError ? e : damaged());
  }
};

function read(bytes: Uint8Array, limits: Readonly<Limits>): ReadResult {
  const entries = centralDirectory(bytes, limits);
  const budget = { left: limits.maxUnzippedBytes };
  const main = mainDocument(bytes, entries, budget, limits);
  const dir = main.name.includes('/') ? main.name.slice(0, main.name.lastIndexOf('/') + 1) : '';
  const styles = readStyles(bytes, entries.get(`${dir}styles.xml`), budget, limits);
  const layout = new Layout(limits);

  let w = 'w:';
  let mc = 'mc:';
  let skip = 0; // inside mc:Fallback (a copy of mc:Choice) or deleted/hidden text
  let inText = false;
  let inRun = false;
  let inRunProps = false;
  let inCellProps = false;
  let inRowProps = false;
  let paragraphStyle: string | null = null;
  let runStyle: string | null = null;
  let runFont: FontKind = null;
  let hidden = false;
  let rowHeader = false;

  const runIsBijoy = (): boolean => {
    const kind = runFont ?? styles.bijoy(runStyle) ?? styles.bijoy(paragraphStyle ?? styles.defaultParagraph) ?? styles.defaultFont;
    return kind === 'bijoy';
  };

  parseEntry(bytes, main, budget, limits, {
    open(name, attribs) {
      if (name.endsWith(':document')) {
        w = prefixOf(attribs, WORD_NS, w);
        mc = prefixOf(attribs, [MC_NS], mc);
      }
      if (skip > 0 || name === `${mc}Fallback`) {
        skip++;
        return;
      }
      if (!name.startsWith(w)) return;
      switch (name.slice(w.length)) {
        case 'p':
          paragraphStyle = null;
          break;
        case 'pStyle':
          paragraphStyle = attribs[`${w}val`] ?? null;
          break;
        case 'r':
          inRun = true;
          runStyle = null;
          runFont = null;
          hidden = false;
          break;
        case 'rPr':
          inRunProps = inRun;
          break;
        case 'rStyle':
          if (inRunProps) runStyle = attribs[`${w}val`] ?? null;
          break;
        case 'rFonts':
          if (inRunProps) runFont = fontKind(attribs, w);
          break;
        case 'vanish':
          if (inRunProps) hidden = truthy(attribs, w);
          break;
        case 't':
          inText = inRun;
          break;
        case 'tab':
          if (inRun && !inRunProps) layout.text(' ');
          break;
        case 'br':
        case 'cr':
          if (inRun && !inRunProps) {
            if (layout.inTable) layout.text(' ');
            else layout.paragraph();
          }
          break;
        case 'noBreakHyphen':
          if (inRun) layout.text('-');
          break;
        case 'tbl':
          layout.openTable();
          break;
        case 'tr':
          layout.openRow();
          rowHeader = false;
          break;
        case 'trPr':
          inRowProps = true;
          break;
        case 'tblHeader':
          if (inRowProps) rowHeader = truthy(attribs, w);
          break;
        case 'gridBefore': {
          const n = Number(attribs[`${w}val`] ?? '0');
          if (inRowProps && n >= 1) {
            layout.openCell({ span: n });
            layout.closeCell();
          }
          break;
        }
        case 'tc':
          layout.openCell();
          break;
        case 'tcPr':
          inCellProps = true;
          break;
        case 'gridSpan':
          if (inCellProps) layout.cellOptions({ span: Number(attribs[`${w}val`] ?? '1') });
          break;
        case 'vMerge':
          if (inCellProps) layout.cellOptions({ vmerge: attribs[`${w}val`] === 'restart' ? 'restart' : 'continue' });
          break;
        default:
          break;
      }
    },
    close(name) {
      if (skip > 0) {
        skip--;
        return;
      }
      if (!name.startsWith(w)) return;
      switch (name.slice(w.length)) {
        case 'p':
          layout.paragraph();
          paragraphStyle = null;
          break;
        case 'r':
          inRun = false;
          break;
        case 'rPr':
          inRunProps = false;
          break;
        case 't':
          inText = false;
          break;
        case 'tc':
          layout.closeCell();
          break;
        case 'tcPr':
          inCellProps = false;
          break;
        case 'trPr':
          inRowProps = false;
          break;
        case 'tr':
          layout.closeRow(rowHeader);
          rowHeader = false;
          break;
        case 'tbl':
          layout.closeTable();
          break;
        default:
          break;
      }
    },
    text(text) {
      if (inText && skip === 0 && !hidden) layout.text(text.replace(/[\t\r\n]/g, ' '), runIsBijoy());
    },
  });
  const done = finishBijoy(layout.render(), layout.bijoyRuns);
  return { text: done.text, findings: done.findings };
}
