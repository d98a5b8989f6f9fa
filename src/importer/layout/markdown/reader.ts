// The markdown reader: one walk over the sorted lines that gathers service blocks and grievance steps into tables and keeps every other line.
import type { ServiceColumn } from '../../columns/columns.ts';
import type { RawLine } from '../../lines.ts';
import { grievanceTable, looksLikeStep, newStep, numbered, placePiece, readStepLine, stepPieces, type Step } from './grievance.ts';
import type { MdLine } from './lines.ts';
import { OFFICERS, PERSON_PART, grievanceKey, hasRoleWord, headingName, serviceKey, stepLabel, titleKind, type TitleKind } from './meaning.ts';
import { serviceTable, type Block, type Entry, type FieldValue } from './services.ts';

/** A line as the importer reads it: a bullet as "- …", a numbered item with its number, a field as "label: value". */
export function plain(line: MdLine): RawLine {
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
export const isHeadingLike = (l: MdLine): boolean => l.kind === 'heading' || (l.kind === 'text' && l.level === 7);

/** A numbered or plain line that is a section title without heading marks ("৪. অভিযোগ প্রতিকার ব্যবস্থা (GRS)"). */
export function isTitleLine(l: MdLine): boolean {
  if (l.kind !== 'text' && !(l.kind === 'item' && l.number !== null && l.indent < 2)) return false;
  if (l.indent >= 4 || (l.field !== null && l.field.value !== '') || l.text.length > 60) return false;
  return titleKind(l.text) !== null;
}

/** A two-column pipe table of "field | value" rows is a service's fields. */
export function fieldRows(lines: MdLine[]): void {
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

export const serviceKeyOf = (label: string, value: string): ServiceColumn | null => serviceKey(label, value)?.key ?? null;

/**
 * Walks the lines once. A run of service blocks is held until it ends (a heading that is no service's, a table,
 * the end) because its header row lists the fields all its blocks use; the grievance steps likewise until the
 * section ends. The section a title names decides how much evidence a block needs ("services": one field).
 */
export class Reader {
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
