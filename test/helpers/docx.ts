// Builds small, valid .docx files for tests: a body of WordprocessingML in a zip with the parts Word needs.
import { strToU8, zipSync, type Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export function xmlEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export interface RunOptions {
  /** w:rFonts w:ascii and w:hAnsi. */
  font?: string;
}

/** A run of text (w:r with one w:t), optionally in a font. */
export function run(text: string, options: RunOptions = {}): string {
  const props = options.font === undefined ? '' : `<w:rPr><w:rFonts w:ascii="${xmlEscape(options.font)}" w:hAnsi="${xmlEscape(options.font)}"/></w:rPr>`;
  return `<w:r>${props}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

/** A paragraph: a string is one run; an array is runs already built with run(). */
export function p(text: string | readonly string[]): string {
  const runs = typeof text === 'string' ? (text === '' ? '' : run(text)) : text.join('');
  return `<w:p>${runs}</w:p>`;
}

export interface CellOptions {
  gridSpan?: number;
  /** 'restart' starts a vertical merge; 'continue' is covered by the cell above. */
  vMerge?: 'restart' | 'continue';
}

/** A table cell: a string is one paragraph per line ('\n'), an array is paragraphs already built. */
export function tc(content: string | readonly string[], options: CellOptions = {}): string {
  const props: string[] = [];
  if (options.gridSpan !== undefined) props.push(`<w:gridSpan w:val="${options.gridSpan}"/>`);
  if (options.vMerge === 'restart') props.push('<w:vMerge w:val="restart"/>');
  if (options.vMerge === 'continue') props.push('<w:vMerge/>');
  const body =
    typeof content === 'string'
      ? content
          .split('\n')
          .map((l) => p(l))
          .join('')
      : content.join('');
  return `<w:tc>${props.length ? `<w:tcPr>${props.join('')}</w:tcPr>` : ''}${body || '<w:p/>'}</w:tc>`;
}

/** A row: strings become plain cells, or give cells already built with tc(). */
export function tr(cells: readonly string[], options: { header?: boolean; raw?: boolean } = {}): string {
  const props = options.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
  return `<w:tr>${props}${cells.map((c) => (options.raw ? c : tc(c))).join('')}</w:tr>`;
}

/** A table from rows already built with tr(). */
export function tbl(rows: readonly string[]): string {
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${rows.join('')}</w:tbl>`;
}

/** A table from the lines of a tab-separated text: each line a row, each tab a cell. */
export function tblFromTsv(lines: readonly string[]): string {
  return tbl(lines.map((l) => tr(l.split('\t'))));
}

/**
 * A charter's tab-separated text as a Word body: runs of lines with tabs become tables, other lines
 * paragraphs. The header rows of a table (before the first row whose first cell is a number) repeat on
 * each page (w:tblHeader).
 */
export function bodyFromText(text: string): string {
  const out: string[] = [];
  let rows: string[] = [];
  const flush = () => {
    if (rows.length) out.push(tblFromTsv(rows));
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) rows.push(line);
    else {
      flush();
      out.push(p(line));
    }
  }
  flush();
  return out.join('');
}

export interface DocxOptions {
  /** Extra parts (path -> content) added to the zip, e.g. word/styles.xml. */
  parts?: Record<string, string | Uint8Array>;
  /** Compression level 0-9 (fflate); 6 by default. */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** The document.xml for a body. */
export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr/></w:body></w:document>`;
}

/** A minimal valid .docx holding the body (WordprocessingML inside w:body). */
export function buildDocx(body: string, options: DocxOptions = {}): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml(body)),
  };
  for (const [path, content] of Object.entries(options.parts ?? {})) files[path] = typeof content === 'string' ? strToU8(content) : content;
  return zipSync(files, { level: options.level ?? 6 });
}

/** A styles part whose document default font is `font` (a whole document typed in SutonnyMJ). */
export function stylesXml(defaultFont: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${defaultFont}" w:hAnsi="${defaultFont}"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;
}

export interface RawEntry {
  name: string;
  /** The bytes as stored: deflated already when method is 8. */
  data: Uint8Array;
  method: 0 | 8;
  /** The unpacked size written in the headers (a bomb can lie here). */
  size: number;
}

/** A zip written by hand, for archives zipSync would not make: pre-deflated data, sizes that lie. CRCs are 0. */
export function rawZip(entries: readonly RawEntry[]): Uint8Array {
  const enc = new TextEncoder();
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const header = (sig: number, length: number) => {
    const b = new Uint8Array(length);
    const v = new DataView(b.buffer);
    v.setUint32(0, sig, true);
    return { b, v };
  };
  for (const e of entries) {
    const name = enc.encode(e.name);
    const local = header(0x04034b50, 30 + name.length);
    local.v.setUint16(4, 20, true);
    local.v.setUint16(8, e.method, true);
    local.v.setUint32(18, e.data.length, true);
    local.v.setUint32(22, e.size, true);
    local.v.setUint16(26, name.length, true);
    local.b.set(name, 30);
    const cd = header(0x02014b50, 46 + name.length);
    cd.v.setUint16(4, 20, true);
    cd.v.setUint16(6, 20, true);
    cd.v.setUint16(10, e.method, true);
    cd.v.setUint32(20, e.data.length, true);
    cd.v.setUint32(24, e.size, true);
    cd.v.setUint16(28, name.length, true);
    cd.v.setUint32(42, offset, true);
    cd.b.set(name, 46);
    parts.push(local.b, e.data);
    central.push(cd.b);
    offset += local.b.length + e.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = header(0x06054b50, 22);
  end.v.setUint16(8, entries.length, true);
  end.v.setUint16(10, entries.length, true);
  end.v.setUint32(12, cdSize, true);
  end.v.setUint32(16, offset, true);
  return concatBytes(...parts, ...central, end.b);
}

/** Byte arrays one after another. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of parts) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
