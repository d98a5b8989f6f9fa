// Markdown grievance steps (bullets, labelled lines, a heading per step) as the grievance table the importer reads.
import { toAsciiDigits, toBengaliDigits } from '../../../bangla/digits.ts';
import { parseTimeLimit } from '../../../charter/time-limit.ts';
import type { RawLine } from '../../lines.ts';
import { labelEnd, type MdLine } from './lines.ts';
import { DAYS_LABELS, PERSON_PART, WHEN_EN, WHEN_MARKS, grievanceKey, hasRoleWord, headingName, stepLabel, type GrievanceKey } from './meaning.ts';
import { joinPieces } from './services.ts';

export interface Step {
  line: number;
  serial: number | null;
  indent: number;
  parts: Record<GrievanceKey, string[]>;
  /** The role the heading or the bold label gives, used when no "কার সঙ্গে" field does. */
  headingRole: string;
}

export function newStep(line: number, serial: number | null, indent: number): Step {
  return { line, serial, indent, parts: { when: [], role: [], contact: [], days: [] }, headingRole: '' };
}

/** Splits a step's text at ";", "।", a spaced dash, and before a deadline's label ("…, নিষ্পত্তির সময় ৩০ কার্যদিবস"). */
export function stepPieces(text: string): string[] {
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
export function placePiece(step: Step, piece: string): void {
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

export function numbered(text: string): { serial: number | null; rest: string } {
  const h = headingName(text);
  return { serial: h.serial === null ? null : Number(toAsciiDigits(h.serial)), rest: h.name };
}

/** A step's own line: "**অনিক:** …", "১. **কখন যোগাযোগ করবেন:** …", "ধাপ ২: …", or plain text. */
export function readStepLine(step: Step, line: MdLine): void {
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

export function looksLikeStep(line: MdLine): boolean {
  const f = line.field;
  if (f !== null && (grievanceKey(f.label) !== null || f.bold || hasRoleWord(f.label))) return true;
  return stepLabel(line.text) !== null || hasRoleWord(line.text) || parseTimeLimit(line.text).workingDays !== null;
}

const GRIEVANCE_HEADER = ['ক্রমিক নং', 'কখন যোগাযোগ করবেন', 'কার সঙ্গে যোগাযোগ করবেন', 'যোগাযোগের ঠিকানা', 'নিষ্পত্তির সময়সীমা'].join('\t');

export function grievanceTable(entries: ReadonlyArray<{ step: Step } | { line: RawLine }>): RawLine[] {
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
