// A tiny PDF writer for tests: pages of text placed at x/y, in standard Helvetica (WinAnsi, for English
// structure tests) or in a made-up Type0 font whose ToUnicode CMap gives each glyph its Bengali text, so a
// test can write Bengali in the visual order a shaper draws it (ি before its consonant) and see what a
// PDF text extractor hands back. No font program is embedded: extractors read the CMap, not the glyphs.

export interface PdfText {
  /** Points from the left edge. */
  x: number;
  /** Points from the top edge (the writer flips it to PDF's bottom-up y). */
  y: number;
  /** Helvetica: Latin-1 text. Bengali font: each code point (or each entry of `glyphs`) is one glyph. */
  text: string;
  size?: number;
  font?: 'helvetica' | 'bengali';
  /** For the Bengali font: the glyphs as their ToUnicode strings, e.g. ['ে', 'ক'] or ['ক্ষ']; defaults to the code points. */
  glyphs?: string[];
}

export interface PdfPage {
  texts: PdfText[];
  /** Straight lines (table borders), points from the top-left corner. */
  lines?: { x0: number; y0: number; x1: number; y1: number }[];
  /** Points; A4 landscape by default. */
  width?: number;
  height?: number;
}

export interface PdfOptions {
  /** Adds an /Encrypt entry to the trailer (no real encryption): readers must refuse it. */
  encrypted?: boolean;
}

function latin1(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i) & 0xff;
  return out;
}

function pdfString(s: string): string {
  return `(${s.replace(/[\\()]/g, (c) => `\\${c}`).replace(/[\r\n]/g, ' ')})`;
}

function hex4(n: number): string {
  return n.toString(16).toUpperCase().padStart(4, '0');
}

function utf16Hex(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += hex4(s.charCodeAt(i));
  return out;
}

/** Builds a PDF file with the given pages of text. */
export function makePdf(pages: PdfPage[], options: PdfOptions = {}): Uint8Array {
  // glyph text -> CID (1-based) of the Bengali font
  const cids = new Map<string, number>();
  const cidOf = (g: string): number => {
    let cid = cids.get(g);
    if (cid === undefined) {
      cid = cids.size + 1;
      cids.set(g, cid);
    }
    return cid;
  };
  const contents = pages.map((page) => {
    const height = page.height ?? 595;
    const ops: string[] = [];
    for (const l of page.lines ?? []) ops.push(`0.5 w ${l.x0} ${height - l.y0} m ${l.x1} ${height - l.y1} l S`);
    for (const t of page.texts) {
      const size = t.size ?? 10;
      const y = height - t.y;
      if (t.font === 'bengali') {
        const glyphs = t.glyphs ?? [...t.text];
        const hex = glyphs.map((g) => hex4(cidOf(g))).join('');
        ops.push(`BT /F2 ${size} Tf ${t.x} ${y} Td <${hex}> Tj ET`);
      } else {
        ops.push(`BT /F1 ${size} Tf ${t.x} ${y} Td ${pdfString(t.text)} Tj ET`);
      }
    }
    return ops.join('\n');
  });

  // Objects: 1 catalog, 2 pages, 3 Helvetica, 4 Type0, 5 CIDFont, 6 descriptor, 7 ToUnicode, then page + content pairs.
  const objects: string[] = [];
  const pageIds = pages.map((_, i) => 8 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type0 /BaseFont /TestBengali /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 7 0 R >>';
  objects[5] =
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestBengali /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R /DW 500 /CIDToGIDMap /Identity >>';
  objects[6] =
    '<< /Type /FontDescriptor /FontName /TestBengali /Flags 4 /FontBBox [0 -250 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -250 /CapHeight 700 /StemV 80 >>';
  const bfchars = [...cids].map(([g, cid]) => `<${hex4(cid)}> <${utf16Hex(g)}>`);
  const chunks: string[] = [];
  for (let i = 0; i < bfchars.length; i += 100) {
    const part = bfchars.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  const cmap = [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...chunks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
  objects[7] = `<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`;
  pages.forEach((page, i) => {
    const pageId = pageIds[i] ?? 0;
    const content = contents[i] ?? '';
    objects[pageId] =
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${page.width ?? 842} ${page.height ?? 595}] ` +
      `/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${latin1(content).length} >>\nstream\n${content}\nendstream`;
  });

  let body = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = latin1(body).length;
    body += `${id} 0 obj\n${objects[id] ?? 'null'}\nendobj\n`;
  }
  const xref = latin1(body).length;
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id] ?? 0).padStart(10, '0')} 00000 n \n`;
  const encrypt = options.encrypted
    ? ' /Encrypt << /Filter /Standard /V 1 /R 2 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) /P -4 >> /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>]'
    : '';
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return latin1(body);
}

/** A table of English cells as a PDF page: each cell's text wrapped into lines of `wrap` characters. */
export function tablePage(
  rows: string[][],
  columnX: number[],
  options: { top?: number; lineHeight?: number; wrap?: number; before?: PdfText[] } = {},
): PdfPage {
  const lineHeight = options.lineHeight ?? 12;
  const wrap = options.wrap ?? 18;
  const texts: PdfText[] = [...(options.before ?? [])];
  let y = options.top ?? 60;
  for (const row of rows) {
    let tallest = 1;
    row.forEach((cell, c) => {
      const lines = wrapText(cell, wrap);
      tallest = Math.max(tallest, lines.length);
      lines.forEach((line, i) => texts.push({ x: columnX[c] ?? 0, y: y + i * lineHeight, text: line }));
    });
    y += tallest * lineHeight + 6;
  }
  return { texts };
}

export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * A charter text (tab-separated lines) laid out as a PDF the way a word processor prints it: paragraphs as
 * lines, each block of tab lines as a ruled table whose cells wrap, page breaks between rows. Everything is
 * in the Bengali test font, one glyph per code point (logical order, as a PDF with good ToUnicode gives).
 */
export function textPdf(text: string, options: { size?: number; width?: number; height?: number; margin?: number } = {}): Uint8Array {
  const size = options.size ?? 8;
  const width = options.width ?? 842;
  const height = options.height ?? 595;
  const margin = options.margin ?? 30;
  const lineHeight = size * 1.3;
  const charWidth = size * 0.5; // the test font's default width (500 per 1000)
  const pages: PdfPage[] = [];
  let page: PdfPage = { texts: [], lines: [] };
  let y = margin;
  const newPage = () => {
    pages.push(page);
    page = { texts: [], lines: [] };
    y = margin;
  };
  const put = (x: number, line: string) => page.texts.push({ x, y: y + size, text: line, size, font: 'bengali' });
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (!line.includes('\t')) {
      const wrapped = line.trim() === '' ? [] : wrapText(line, Math.floor((width - 2 * margin) / charWidth));
      if (y + (wrapped.length + 1) * lineHeight > height - margin) newPage();
      for (const w of wrapped) {
        put(margin, w);
        y += lineHeight;
      }
      if (wrapped.length === 0) y += lineHeight / 2;
      continue;
    }
    // a block of tab lines: one ruled table
    const block: string[][] = [];
    while (i < lines.length && (lines[i] ?? '').includes('\t')) block.push((lines[i++] ?? '').split('\t'));
    i--;
    const columns = Math.max(...block.map((r) => r.length));
    const colWidth = (width - 2 * margin) / columns;
    const perLine = Math.max(4, Math.floor((colWidth - 6) / charWidth));
    for (const row of block) {
      const cells = Array.from({ length: columns }, (_, c) => wrapText(row[c] ?? '', perLine));
      const rowHeight = Math.max(1, ...cells.map((c) => c.length)) * lineHeight + 4;
      if (y + rowHeight > height - margin) newPage();
      const top = y;
      cells.forEach((cell, c) => {
        cell.forEach((l, k) => page.texts.push({ x: margin + c * colWidth + 3, y: top + 2 + size + k * lineHeight, text: l, size, font: 'bengali' }));
      });
      for (let c = 0; c <= columns; c++) page.lines?.push({ x0: margin + c * colWidth, y0: top, x1: margin + c * colWidth, y1: top + rowHeight });
      page.lines?.push({ x0: margin, y0: top, x1: width - margin, y1: top }, { x0: margin, y0: top + rowHeight, x1: width - margin, y1: top + rowHeight });
      y += rowHeight;
    }
    y += lineHeight / 2;
  }
  pages.push(page);
  return makePdf(pages.filter((p) => p.texts.length > 0).map((p) => ({ ...p, width, height })));
}
