// A table copied one cell a line (from a PDF or a web page): the header found by its titles, the rows rebuilt
// by the column count around the serial numbers and the fee and time-limit lines, findings where not certain.
import { toAsciiDigits } from '../../bangla/digits.ts';
import { at, issue } from '../../charter/finding.ts';
import { bnRegExp } from '../../charter/match.ts';
import type { Finding, FindingParams } from '../../charter/model.ts';
import { append } from '../append.ts';
import { mapTitles, SERVICE_COLUMNS, squashTitle, type ServiceColumn } from '../columns/columns.ts';
import { isFeeText, isTimeText, splitFeeTime } from '../cells/fee-time.ts';
import { isNumberAlone, titleCountsWorkingDays } from '../../charter/time-limit.ts';
import { DATE_LINE, EMPTY_CELL, isPageNumber, LONE_NUMBER } from './page-lines.ts';
import { isHeadingText, sectionKindOf } from './headings.ts';
import { afterNameEnd, groupWrapped, looksLikePerson, splitNameAndPapers } from './wrapped.ts';
import { isSerialTitle, parseSerial, repeatsHeader, verticalHeaderAt, type VerticalHeader } from './vertical-header.ts';
import type { RawLine } from '../lines.ts';

const COURTESY = bnRegExp('^(?:জনাব|জনাবা|মোঃ|মো:|মোছাঃ|মোসাঃ|ডাঃ|ডা\\.|বেগম|md\\.?|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s', 'i');
const CONTACT = bnRegExp('@|https?://|www\\.|\\.gov\\.bd|ফোন|মোবাইল|টেলিফোন|phone|mobile|tel|কোড|[0-9০-৯][0-9০-৯ -]{6,}', 'i');

interface Segment {
  columns: number[];
  lines: string[];
}

/** Officer blocks in a run of lines: a new one starts at a courtesy title, or after contacts at a line that is not one. */
function officerBlocks(lines: readonly string[]): string[][] {
  const blocks: string[][] = [];
  lines.forEach((l, i) => {
    const starts = i === 0 || COURTESY.test(l) || (CONTACT.test(lines[i - 1] ?? '') && !CONTACT.test(l));
    if (starts) blocks.push([l]);
    else blocks[blocks.length - 1]?.push(l);
  });
  return blocks;
}

const OFFICERS: ReadonlySet<ServiceColumn | null> = new Set(['responsible', 'superior', 'alternate']);
/** The parts that follow the services, whose titles end a table even unnumbered. */
const AFTER_SERVICES: ReadonlySet<string | null> = new Set(['expectations', 'grievance']);

/** "-", "—": a cell that holds nothing. */
const DASH = /^[-–—]+$/u;
/** "কার্যদিবস", "ঘণ্টা", "working days": a time limit's unit alone on a line. */
const UNIT_ALONE = bnRegExp(
  '^(?:কা(?:র্য(?:্য)?|য(?:্য)?)\\s*দিব[সশষ]|কর্ম\\s*দিব[সশষ]|দিন|ঘণ্টা|ঘন্টা|সপ্তাহ|মাস|(?:working\\s*)?days?|hours?|weeks?|months?)(?:\\s*(?:এর|এর মধ্যে|মধ্যে))?[।.]?$',
  'i',
);

/**
 * A time limit wrapped before its unit ("০৭ (সাত)" / "কার্যদিবস"): the number alone would pass for a bare fee,
 * so the two lines are one cell.
 */
function joinDurations(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] ?? '';
    const next = lines[i + 1];
    if (next !== undefined && isNumberAlone(l) && UNIT_ALONE.test(next.trim())) {
      out.push(`${l.trim()} ${next.trim()}`);
      i++;
    } else out.push(l);
  }
  return out;
}

/**
 * Puts the lines of one row (after its serial) into its cells. The fee and the time limit are found by what
 * they say; the lines between them go to the columns between them, one a line when the counts agree, all to
 * the one column when there is one; otherwise the best reading is kept and `cell.run-together` reports it.
 */
function regroupRow(
  lines: string[],
  keys: ReadonlyArray<ServiceColumn | null>,
  serialLine: number,
  serial: number,
  findings: Finding[],
  widths: ReadonlyArray<number | undefined>,
  daysTitled = false,
): string[][] {
  const width = keys.length;
  const cells: string[][] = Array.from({ length: width }, () => []);
  // The text a finding quotes never shows the mark of an empty cell.
  const shown = (v: FindingParams[string]) => (typeof v === 'string' ? v.replaceAll(EMPTY_CELL, '').replace(/\s+/gu, ' ').trim() : v);
  const report = (variant: string, params: FindingParams) =>
    append(
      findings,
      at({ line: serialLine }, [issue('cell.run-together', { serial, ...Object.fromEntries(Object.entries(params).map(([k, v]) => [k, shown(v)])) }, variant)]),
    );
  // A line holding fee and time limit together becomes two lines where the split is certain.
  const fee = keys.indexOf('fee');
  const time = keys.indexOf('timeLimit');
  const expanded: string[] = [];
  for (const l of joinDurations(lines)) {
    const split = fee > 0 && time > 0 && Math.abs(fee - time) === 1 ? splitFeeTime(l, fee < time) : null;
    if (split?.kind === 'split') {
      report('row-split', { text: l, left: split.left, right: split.right });
      expanded.push(split.left, split.right);
    } else expanded.push(l);
  }
  // Anchors: the fee and time-limit lines, in the header's order.
  const anchors: Array<[number, number]> = [];
  let from = 0;
  const ordered = [
    [fee, (t: string) => t.length <= 60 && isFeeText(t) && !isTimeText(t)] as const,
    // Under a title in working days ("সময়সীমা (কার্যদিবস)") the cells are numbers alone ("০৩").
    [time, (t: string) => t.length <= 60 && ((isTimeText(t) && !isFeeText(t)) || (daysTitled && isNumberAlone(t)))] as const,
  ]
    .filter(([col]) => col > 0)
    .sort((a, b) => a[0] - b[0]);
  let lastCol = 0;
  ordered.forEach(([col, test], o) => {
    // At least one line for each column before the anchor that is not empty in every row: the name.
    const min = keys.slice(lastCol + 1, col).includes('name') ? 1 : 0;
    // A note in brackets continues the cell above it; it is never where a cell starts.
    const candidate = (t: string, i: number) => i >= from + min && !t.startsWith('(') && test(t);
    let found = expanded.findIndex(candidate);
    if (found < 0) return;
    // A dash that says a cell before the fee is empty ("-" under the documents' source), then the fee itself.
    if (col === fee && DASH.test(expanded[found] ?? '') && candidate(expanded[found + 1] ?? '', found + 1)) found++;
    // The fee right before the time limit: of the lines that look like one before the time limit, the last
    // ("প্রযোজ্য নয়" under the documents, then "বিনামূল্যে" under the fee).
    const [nextCol, nextTest] = ordered[o + 1] ?? [];
    if (nextCol === col + 1 && nextTest !== undefined) {
      const next = expanded.findIndex((t, i) => i > found && nextTest(t));
      for (let i = found + 1; i < next; i++) if (candidate(expanded[i] ?? '', i)) found = i;
    }
    anchors.push([col, found]);
    cells[col]?.push(expanded[found] ?? '');
    from = found + 1;
    lastCol = col;
  });
  // A line for every cell: where the fee or time limit stands at its own place as many times as the anchors
  // were found, the lines are the cells in order ("প্রযোজ্য নয়" under the documents, "বিনামূল্যে" under the fee,
  // "কর্মসূচি অনুযায়ী" under the time limit, though it reads like a fee).
  if (expanded.length === width - 1 && anchors.some(([c, l]) => c !== l + 1)) {
    const inPlace = ordered.filter(([c, test]) => test(expanded[c - 1] ?? '')).length;
    if (inPlace > 0 && inPlace >= anchors.length) {
      expanded.forEach((l, k) => cells[k + 1]?.splice(0, Infinity, l));
      return cells;
    }
  }
  // Segments between the anchors.
  const segments: Segment[] = [];
  let col = 1;
  let line = 0;
  for (const [aCol, aLine] of [...anchors, [width, expanded.length] as [number, number]]) {
    segments.push({ columns: range(col, aCol), lines: expanded.slice(line, aLine) });
    col = aCol + 1;
    line = aLine + 1;
  }
  segments.forEach((seg, s) => {
    const { columns } = seg;
    // A note in brackets under a fee or time limit ("(প্রযোজ্য ক্ষেত্রে)") is that cell's: no other cell starts so.
    const anchorBefore = anchors[s - 1]?.[0];
    let lead = 0;
    while (anchorBefore !== undefined && lead < seg.lines.length && /^\(.*\)$/u.test(seg.lines[lead] ?? '')) lead++;
    if (anchorBefore !== undefined && lead > 0) append(cells[anchorBefore] ?? [], seg.lines.slice(0, lead));
    const segLines = seg.lines.slice(lead);
    if (segLines.length === 0) return;
    if (columns.length === 0) {
      // Nowhere else to go: the anchor's cell runs over two lines. After the last column, the lines may be
      // something else copied in after the table: kept in the cell, and reported.
      const anchorCol = anchors[s - 1]?.[0] ?? anchors[s]?.[0] ?? 1;
      append(cells[anchorCol] ?? [], segLines);
      if (s === segments.length - 1) {
        report('after-last', { text: segLines.join(' / '), column: anchorCol + 1 });
      }
      return;
    }
    if (columns.length === 1) {
      // A name alone before the time limit or fee: lines after the name's end are that cell's, wrapped before its
      // number ("বরাদ্দ প্রাপ্তির পর" / "৩ মাস").
      const after = keys[columns[0] ?? 1] === 'name' && anchors[s] !== undefined ? afterNameEnd(segLines) : null;
      const anchorCell = cells[anchors[s]?.[0] ?? -1];
      if (after !== null && anchorCell !== undefined) {
        append(cells[columns[0] ?? 1] ?? [], segLines.slice(0, after));
        anchorCell.unshift(...segLines.slice(after));
        return;
      }
      append(cells[columns[0] ?? 1] ?? [], segLines);
      return;
    }
    if (segLines.length === columns.length) {
      columns.forEach((c, k) => cells[c]?.push(segLines[k] ?? ''));
      return;
    }
    // Officer columns take whole blocks (name, designation, phone, e-mail on their own lines).
    const officers = columns.every((c) => OFFICERS.has(keys[c] ?? null));
    const units = officers ? officerBlocks(segLines) : segLines.map((l) => [l]);
    if (units.length === columns.length) {
      columns.forEach((c, k) => append(cells[c] ?? [], units[k] ?? []));
      return;
    }
    const numbers = columns.map((c) => c + 1).join(', ');
    if (!officers && units.length > columns.length) {
      // Cells wrapped over several lines: each line joins the cell it continues, by what it says.
      const groups = groupWrapped(
        segLines,
        columns.map((c) => keys[c] ?? null),
        columns.map((c) => widths[c]),
      );
      columns.forEach((c, k) => append(cells[c] ?? [], groups[k] ?? []));
      report('wrapped', { count: segLines.length, columns: numbers, text: groups.map((g) => g.join(' ')).join(' | ') });
      return;
    }
    const text = segLines.join(' / ');
    if (units.length > columns.length) {
      columns.forEach((c, k) => append(cells[c] ?? [], k === columns.length - 1 ? units.slice(k).flat() : (units[k] ?? [])));
      const last = (columns[columns.length - 1] ?? 0) + 1;
      report('too-many', { count: units.length, columns: numbers, text, column: last });
    } else {
      // A cell that vanished before the officer (an empty fee): the officer's block, last, is the officer's still.
      const officerAt = columns.findIndex((c) => OFFICERS.has(keys[c] ?? null));
      const last = units[units.length - 1] ?? [];
      const shifted = officerAt >= units.length - 1 && !officers && last.some(looksLikePerson) && !last.some((l) => isFeeText(l) || isTimeText(l));
      const placed = shifted
        ? [...units.slice(0, -1).map((u, k) => [columns[k], u] as const), [columns[officerAt], last] as const]
        : units.map((u, k) => [columns[k], u] as const);
      for (const [c, u] of placed) append(cells[c ?? 1] ?? [], u);
      report('too-few', { columns: numbers, text });
    }
  });
  return cells;
}

/**
 * An officer's block, a line each (name / post / phone / e-mail), as one cell: the lines are its parts, so they
 * are parted by commas as a cell typed on one line parts them ("নাম, পদবি, ফোন"); a line that only continues the
 * one above (a bracket still open, a note in brackets, a line ending in a comma or dash) joins it with a space.
 */
function joinBlock(lines: readonly string[]): string {
  let text = '';
  for (const l of lines) {
    const open = (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
    const continues = text === '' || open || /[,;:ঃ/(\-–]$/u.test(text) || /^[(),;:ঃ/\-–]/u.test(l);
    text = text === '' ? l : `${text}${continues ? ' ' : ', '}${l}`;
  }
  return text;
}

/** The longest line each column took in the rows: about the width the copy wrapped its cells at. */
function columnWidths(rows: ReadonlyArray<readonly string[][]>, count: number): Array<number | undefined> {
  const widths: Array<number | undefined> = Array.from({ length: count }, () => undefined);
  for (const row of rows) {
    row.forEach((lines, k) => {
      for (const l of lines) widths[k] = Math.max(widths[k] ?? 0, [...l].length);
    });
  }
  return widths;
}

/** Columns a copied row-span leaves empty in the rows below its first: every column but the serial and the name. */
const SPANNABLE: ReadonlySet<ServiceColumn | null> = new Set([
  'channels',
  'documents',
  'fee',
  'paymentMethod',
  'timeLimit',
  'responsible',
  'superior',
  'alternate',
]);

/**
 * A cell that stood once for many rows (a row-span) is copied once, so the rows under it come out short: a short
 * row's empty cells in those columns take the cell above, and `cell.spanned` says so.
 */
function fillSpanned(
  cells: string[],
  above: readonly string[],
  keys: ReadonlyArray<ServiceColumn | null>,
  row: { serial: number; no: number },
  findings: Finding[],
): void {
  const filled: number[] = [];
  cells.forEach((c, k) => {
    const up = above[k] ?? '';
    if (c === '' && up !== '' && SPANNABLE.has(keys[k] ?? null)) {
      cells[k] = up;
      filled.push(k + 1);
    }
  });
  if (filled.length === 0) return;
  const cols = filled.join(', ');
  append(findings, at({ line: row.no }, [issue('cell.spanned', { serial: row.serial, columns: cols })]));
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
}

/** The table starting at a vertical header: its header and rows as tab lines, and where it ends. */
export function readVertical(
  lines: readonly string[],
  header: VerticalHeader,
  drop: ReadonlySet<number>,
  out: RawLine[],
  findings: Finding[],
  breaks: ReadonlyMap<string, readonly string[]> = new Map(),
): number {
  const keys = mapTitles(header.titles, SERVICE_COLUMNS).map;
  out.push({ no: header.start + 1, text: header.titles.join('\t') });
  // One cell a paragraph: every header line stands between blank lines, so lines with no blank line between them
  // are one cell (a numbered list of documents), not several.
  // The first serial a paragraph of its own: the rows are one cell a paragraph too, though the header's titles wrapped.
  const apart = (lines[header.end + 1] ?? '').trim() === '' && (lines[header.end - 1] ?? '').trim() === '';
  const paragraphs = everyLineApart(lines, header.start, header.end) || apart;
  type Row = { serial: number; text: string; no: number; lines: string[]; at: number[] };
  let row = null as Row | null;
  const rows: Row[] = [];
  const emit = () => {
    if (row !== null) rows.push(row);
    row = null;
  };
  let i = header.end;
  /** The last line put into a row's cells, for joining a paragraph's lines. */
  let lastLine = -1;
  for (; i < lines.length; i++) {
    if (drop.has(i)) continue;
    const raw = lines[i] ?? '';
    const t = raw.trim();
    if (t === '') {
      // A blank line after a full row ends the table unless the next row or the header again follows.
      const next = nextFilled(lines, i + 1, drop);
      const nextText = next === null ? '' : (lines[next] ?? '').trim();
      const full = row !== null && row.lines.length >= keys.length - 1;
      if (full && row !== null && parseSerial(nextText) !== row.serial + 1 && squashTitle(nextText) !== header.signature[0]) {
        // A cell of several lines made the row look full: the row goes on when the next serial follows soon.
        if (!serialAhead(lines, i + 1, drop, row.serial + 1, keys.length + 4)) break;
      }
      continue;
    }
    if (raw.includes('\t')) break;
    // After a full row, a section's title unnumbered ("আপনার কাছে আমাদের প্রত্যাশা") is a heading too.
    // Not a cell's second line, which a conjunction opens ("ও অভিযোগ নিষ্পত্তি কর্মকর্তা").
    const titled =
      row !== null &&
      row.lines.length >= keys.length - 1 &&
      t.length <= 60 &&
      !CONTACT.test(t) &&
      !/^(?:ও|এবং|and|&)\s/iu.test(t) &&
      AFTER_SERVICES.has(sectionKindOf(t));
    if (titled) break;
    if (isHeadingText(t) || DATE_LINE.test(toAsciiDigits(t))) {
      // A page's foot (a print date, the office's name) with the next serial just after it: the table goes on.
      if (row !== null && row.lines.length >= keys.length - 2 && serialAhead(lines, i + 1, drop, row.serial + 1, 4)) continue;
      break;
    }
    const again = squashTitle(t) === header.signature[0] ? repeatsHeader(lines, i, header) : null;
    if (again === null && row !== null && isSerialTitle(t) && startsOtherTable(lines, i, keys)) {
      // Another table's header ("ক্রমিক নং" over the expectations): this table ended, and the heading above that
      // header ("আপনার কাছে আমাদের প্রত্যাশা"), left in the last row past its cells, is the next part's.
      let back = i;
      while (row.lines.length > keys.length - 1) {
        const last = row.lines[row.lines.length - 1] ?? '';
        if (sectionKindOf(last) === null && !/[:ঃ।]$/u.test(last)) break;
        row.lines.pop();
        back = row.at.pop() ?? back;
      }
      i = back;
      break;
    }
    if (again !== null) {
      // The header again with the serials starting over is the next table, under its own group heading
      // ("প্রকৌশল বিভাগঃ"): that heading and the table are read anew.
      const restart = nextFilled(lines, again, drop);
      if (row !== null && row.serial > 1 && parseSerial((lines[restart ?? -1] ?? '').trim()) === 1) {
        let back = i;
        while (row.lines.length > 0 && /[:ঃ]$/u.test(row.lines[row.lines.length - 1] ?? '')) {
          row.lines.pop();
          back = row.at.pop() ?? back;
        }
        i = back;
        break;
      }
      i = again - 1;
      continue;
    }
    // One cell a paragraph (the first serial stands apart): a number with a line of its own paragraph next to it
    // is a numbered list's marker inside a cell ("১।" / "আবেদনপত্র" / "২।" / "ছবি"), not the next row's serial.
    // A page's first line ("\f৪", after the foot of the page before) opens no cell's paragraph.
    const filled = (j: number) => j >= 0 && !drop.has(j) && (lines[j] ?? '').trim() !== '' && !isPageNumber((lines[j] ?? '').trim());
    const inCell = apart && row !== null && !raw.startsWith('\f') && (filled(i - 1) || filled(i + 1));
    const serial = inCell ? null : parseSerial(t);
    const current: Row | null = row;
    // A page number equal to the serial right before the row it numbers: "৩" then "৩".
    if (current !== null && current.lines.length === 0 && serial === current.serial && LONE_NUMBER.test(t)) continue;
    const expected: number = current === null ? 1 : current.serial + 1;
    if (serial !== null && (serial === expected || (row === null && serial > 0))) {
      emit();
      row = { serial, text: t, no: i + 1, lines: [], at: [] };
      continue;
    }
    if (serial !== null && LONE_NUMBER.test(t)) {
      // A number that is not the next serial, just before the next row or the end: a page number.
      const next = nextFilled(lines, i + 1, drop);
      const nextText = next === null ? '' : (lines[next] ?? '').trim();
      if (next === null || parseSerial(nextText) === expected || squashTitle(nextText) === header.signature[0] || isHeadingText(nextText)) continue;
    }
    // Serials out of order ("৩" after "৪"): a serial not yet used, near those seen, after a row that has its cells.
    if (serial !== null && current !== null && LONE_NUMBER.test(t) && current.lines.length >= keys.length - 2) {
      const used = new Set(rows.map((r) => r.serial)).add(current.serial);
      const highest = rows.reduce((m, r) => Math.max(m, r.serial), current.serial);
      if (!used.has(serial) && serial <= highest + 3) {
        emit();
        row = { serial, text: t, no: i + 1, lines: [], at: [] };
        continue;
      }
    }
    if (row === null) {
      if (t === EMPTY_CELL) continue;
      break;
    }
    // A paragraph's lines, however many, are one cell.
    const joined = paragraphs && row.lines.length > 0 && (lines[i - 1] ?? '').trim() !== '' && lastLine === i - 1;
    lastLine = i;
    if (joined) {
      row.lines[row.lines.length - 1] = `${row.lines[row.lines.length - 1] ?? ''} ${t}`;
      continue;
    }
    row.lines.push(t);
    row.at.push(i);
  }
  emit();
  // One cell a paragraph: the name's paragraph may hold the papers' first line after the name's end (the two
  // cells ran together); the papers are the next cell's, ahead of what that cell already had.
  const nameAt = keys.indexOf('name');
  if (paragraphs && nameAt > 0 && keys[nameAt + 1] === 'documents') {
    for (const r of rows) {
      const name = r.lines[nameAt - 1];
      const split = name === undefined ? null : splitNameAndPapers(name);
      if (split === null) continue;
      const full = r.lines.length >= keys.length - 1;
      r.lines.splice(nameAt - 1, full ? 2 : 1, ...(full ? [split[0], `${split[1]} ${r.lines[nameAt] ?? ''}`.trim()] : split));
    }
  }
  // Read once to learn how wide each column's lines run, then again with those widths to place wrapped lines.
  const daysTitled = titleCountsWorkingDays(header.titles[keys.indexOf('timeLimit')] ?? '');
  const first = rows.map((r) => regroupRow(r.lines, keys, r.no, r.serial, [], [], daysTitled));
  const widths = columnWidths(first, keys.length);
  let above: string[] | null = null;
  for (const r of rows) {
    const cells = regroupRow(r.lines, keys, r.no, r.serial, findings, widths, daysTitled).map((c, k) => {
      const kept = c.filter((l) => l !== EMPTY_CELL);
      // A block crawled with its line breaks (each cell closed by a bar) keeps them as commas, in an officer's
      // column or any cell of contacts (a GRS table's address); a PDF's lines only wrap.
      const block = (l: string) => {
        const parts = breaks.get(l);
        return parts !== undefined && (OFFICERS.has(keys[k] ?? null) || parts.some((p) => CONTACT.test(p))) ? joinBlock(parts) : l;
      };
      return kept.map(block).join(' ');
    });
    if (above !== null && r.lines.length < keys.length - 1) fillSpanned(cells, above, keys, r, findings);
    out.push({ no: r.no, text: [r.text, ...cells.slice(1)].join('\t') });
    above = cells;
  }
  return i;
}

/** Whether a header of other columns starts at line `i` (a page's header wrapped anew maps to the same ones). */
function startsOtherTable(lines: readonly string[], i: number, keys: ReadonlyArray<ServiceColumn | null>): boolean {
  const next = verticalHeaderAt(lines, i);
  if (next === null) return false;
  const map = mapTitles(next.titles, SERVICE_COLUMNS).map;
  return map.length !== keys.length || map.some((k, j) => k !== keys[j]);
}

/** Whether each filled line from `start` to `end` has a blank line after it: a table copied one cell a paragraph. */
function everyLineApart(lines: readonly string[], start: number, end: number): boolean {
  let filled = 0;
  for (let j = start; j < end; j++) {
    if ((lines[j] ?? '').trim() === '') continue;
    filled++;
    if ((lines[j + 1] ?? '').trim() !== '') return false;
  }
  return filled >= 3;
}

/** Whether the serial stands alone on one of the next `within` filled lines, before any tab row or heading. */
function serialAhead(lines: readonly string[], from: number, drop: ReadonlySet<number>, serial: number, within: number): boolean {
  let seen = 0;
  for (let j = from; j < lines.length && seen < within; j++) {
    if (drop.has(j)) continue;
    const raw = lines[j] ?? '';
    const t = raw.trim();
    if (t === '' || t === EMPTY_CELL) continue;
    if (raw.includes('\t') || isHeadingText(t)) return false;
    if (parseSerial(t) === serial) return true;
    seen++;
  }
  return false;
}

export function nextFilled(lines: readonly string[], from: number, drop: ReadonlySet<number>): number | null {
  for (let j = from; j < lines.length; j++) if (!drop.has(j) && (lines[j] ?? '').trim() !== '') return j;
  return null;
}
