// Finds the charter's sections by their titles, not their numbers: documents number them differently.
import { toAsciiDigits } from '../../bangla/digits.ts';
import { at, issue } from '../../charter/finding.ts';
import { bnRegExp, hasAny, squash } from '../../charter/match.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Finding, ServiceCategory } from '../../charter/model.ts';
import { isBlank, type Line } from '../lines.ts';
import { append } from '../append.ts';
import { isServiceHeader } from '../columns/service-table.ts';
import { parseSerial } from '../columns/table.ts';
import { aboveList, everyServiceFee, listStart } from './service-list.ts';
import { isOfficerLine } from '../cells/person.ts';
import { grievanceProseStart, isGrievanceHeader } from './grievance.ts';
import type { Section, Subsection } from './section.ts';
import { groupOf, HEADING, namedGroup, ONE_NUMBER, sectionKindOf, SUB_HEADING, type SectionKind } from '../layout/headings.ts';

export interface Segmented {
  letterhead: Line[];
  sections: Section[];
  signOff: Line[];
  findings: Finding[];
}

const DATE_LIKE = /\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}/;
/** A numbered or lettered item: "১.", "(ক)", "খ)". */
const LIST_ITEM = bnRegExp('^\\(?(?:[০-৯0-9]{1,2}|[কখগঘঙচছজঝঞটঠডঢ])\\s*[.)।]\\s');
const CATEGORY_BY_POSITION: Record<string, ServiceCategory> = { '1': 'citizen', '2': 'institutional', '3': 'internal' };

/** A heading without a number must be the whole title: a short line, not a sentence, not a "ভিশন:" label. */
function unnumberedKind(line: string): Exclude<SectionKind, 'unknown'> | null {
  // A heading may end with a danda or colon ("অভিযোগ প্রতিকার ব্যবস্থাঃ") when it is short; a longer line so ended is a sentence or a label.
  const ended = /[।:ঃ]$/.test(line);
  const text = ended ? line.slice(0, -1).trim() : line;
  if (text.length > (ended ? 40 : 60) || /[।:ঃ]$/.test(text)) return null;
  const kind = sectionKindOf(text);
  if (kind !== 'vision') return kind;
  const s = squash(text);
  const has = (word: string) => s.includes(squash(word));
  const english = /\bvision\b/i.test(text) && /\bmission\b/i.test(text);
  return english || ((has('ভিশন') || has('রূপকল্প')) && (has('মিশন') || has('অভিলক্ষ্য'))) ? kind : null;
}

interface Heading {
  kind: SectionKind;
  number: string | null;
  title: string;
}

/** The section being read, and the last number of a numbered list inside it ("১. ...", "২. ..."). */
interface Reading {
  section: Section | null;
  listNumber: number | null;
}

/** A numbered line inside vision or expectations is a list item when it starts the list or continues it. */
function continuesList(reading: Reading, n: number): boolean {
  const kind = reading.section?.kind;
  // Services and the grievance chain too: a charter may list them as numbered paragraphs under the section's title.
  if (kind !== 'vision' && kind !== 'expectations' && kind !== 'services' && kind !== 'grievance') return false;
  const last = reading.listNumber;
  if ((last === null && n === 1) || (last !== null && n === last + 1)) {
    reading.listNumber = n;
    return true;
  }
  return false;
}

/** The services section's own title ("প্রতিশ্রুত সেবাসমূহ", "সেবাসমূহ", "Our services"), not a group of a list. */
const SERVICES_TITLE = bnRegExp('প্রতিশ্রুত|^(?:আমাদের\\s*)?(?:প্রদেয়\\s*)?সেবা\\s*(?:সমূহ|সমুহ|তালিকা)\\s*[:ঃ]?$|promised|^(?:our\\s+)?services\\s*:?$', 'iu');

/** A title naming one step of the grievance chain (its officer or the Cabinet Division's cell), not the chain. */
const STEP_TITLE = bnRegExp('অনিক|আপি?ী?ল\\s*কর্মকর্তা|নিষ্পত্তি\\s*কর্মকর্তা|সেল(?![\\u0980-\\u09FF])|redress\\s*officer|appeal\\s*officer|\\bcell\\b', 'iu');

/** Whether a line opens a section, given the section it would otherwise belong to. */
function headingOf(line: Line, reading: Reading): Heading | null {
  if (line.isRow || SUB_HEADING.test(line.text)) return null;
  const m = HEADING.exec(line.text);
  if (m?.[1] !== undefined && m[2] !== undefined) {
    const number = toAsciiDigits(m[1]);
    const kind = sectionKindOf(m[2]);
    // "২. আপিল কর্মকর্তা — নিষ্পত্তির সময়: ২০ কার্যদিবস" under the grievance heading: a step of the chain, no section.
    if (kind === 'grievance' && reading.section?.kind === 'grievance' && STEP_TITLE.test(m[2])) return null;
    // A long numbered line that merely mentions a title word ("২. নাগরিকের প্রত্যাশা পূরণে ...") is a list item.
    if (kind !== null && (m[2].length <= 60 || !continuesList(reading, Number(number)))) return { kind, number, title: m[2] };
    const current = reading.section;
    if (kind !== null || current === null || continuesList(reading, Number(number))) return null;
    // "০২. অভ্যন্তরীণ সেবা" under services: the next group, not a section.
    if (current.kind === 'services' && groupOf(m[2]) !== null) return null;
    // A number that does not move past the current section's is an item of some list, not a section.
    if (current.number !== null && Number(number) <= Number(current.number)) return null;
    if (m[2].length > 60 || m[2].endsWith('।')) return null;
    return { kind: 'unknown', number, title: m[2] };
  }
  const kind = unnumberedKind(line.text);
  // "(ক) বিনামূল্যে প্রদত্ত সেবা": a lettered line naming services is a group of a list; "ক) ভিশন ও মিশন",
  // "গ) আপনার কাছে আমাদের প্রত্যাশা" and "খ) প্রতিশ্রুত সেবাসমূহ" (the section's own title) are headings.
  const lettered = /^\(?[কখগঘঙচছজঝঞটঠডঢ]\s*[).।]\s*(.*)$/u.exec(line.text)?.[1];
  if (lettered !== undefined && kind === 'services' && !SERVICES_TITLE.test(lettered)) return null;
  // Inside a section, an unnumbered title of the same kind is its own sub-title ("অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)"
  // under "অভিযোগ প্রতিকার ব্যবস্থা"), not a second section.
  if (kind !== null && reading.section?.kind === kind) return null;
  return kind === null ? null : { kind, number: null, title: line.text };
}

/** Words that say a document is about services: its title, or a line above a list. */
const CHARTER_WORDS = ['চার্টার', 'সেবা', 'প্রতিশ্রুতি', 'charter', 'service'];

/**
 * A charter with no section heading and no table may list its services (numbered paragraphs, or a title line and
 * a paragraph each): when the letterhead says it is about services, the list becomes the services section.
 */
function serviceList(letterhead: Line[]): Section | null {
  const start = listStart(letterhead);
  if (start === null) return null;
  const at = letterhead.findIndex((l) => l.no === start);
  if (at < 0 || !letterhead.some((l) => hasAny(l.text, CHARTER_WORDS))) return null;
  const lines = letterhead.splice(at);
  return { kind: 'services', number: null, title: '', line: start, lines };
}

/**
 * A list of services right under the letterhead may give a field of every item on a labelled line above it
 * ("দায়িত্বপ্রাপ্ত কর্মকর্তাঃ …", then the list's title "সেবা প্রদানের বিষয়ঃ"): those lines are the list's, not the
 * letterhead's. A table has its own columns, and a line after the list is no item's.
 */
function takeListFields(letterhead: Line[], first: Section | undefined): void {
  if (first?.kind !== 'services' || first.lines.some((l) => l.isRow)) return;
  let start = letterhead.length;
  let fields = 0;
  for (let i = letterhead.length - 1; i >= 0; i--) {
    const l = letterhead[i] as Line;
    if (isBlank(l)) continue;
    const kind = l.isRow ? null : aboveList(l.text);
    if (kind === null) break;
    if (kind === 'field') fields++;
    start = i;
  }
  if (fields === 0) return;
  first.lines.unshift(...letterhead.splice(start).filter((l) => !isBlank(l)));
}

/**
 * A paragraph after the last services table, under no heading, that tells the grievance chain ("… may lodge a
 * complaint with the Grievance Redress Officer …, who will settle it within 30 working days. …"): its own section.
 */
function grievanceAfterTable(sections: Section[]): void {
  if (sections.some((s) => s.kind === 'grievance')) return;
  const last = sections[sections.length - 1];
  if (last?.kind !== 'services') return;
  let lastRow = last.lines.map((l) => l.isRow).lastIndexOf(true);
  // A list or prose has no rows: the chain can only be in its last lines (at most eight), from its first step.
  if (lastRow < 0) {
    const end = last.lines.map((l) => !isBlank(l)).lastIndexOf(true);
    const from = Math.max(1, end - 7);
    const first = grievanceProseStart(last.lines.slice(from));
    const at = first === null ? -1 : last.lines.findIndex((l, i) => i >= from && l.no === first);
    if (at > 0) lastRow = at - 1;
  }
  if (lastRow < 0) return;
  const start = grievanceProseStart(last.lines.slice(lastRow + 1));
  const at = start === null ? -1 : last.lines.findIndex((l, i) => i > lastRow && l.no === start);
  if (start === null || at < 0) return;
  sections.push({ kind: 'grievance', number: null, title: '', line: start, lines: last.lines.splice(at) });
}

/** "সকল সেবার দায়িত্বপ্রাপ্ত কর্মকর্তা", "the responsible officer for all services": one officer for every service. */
const EVERY_SERVICE = bnRegExp(
  '(?:সকল|সব|সমস্ত)\\s*সেবা(?:র|য়)?\\s*(?:জন্য\\s*)?(?:(?:দায়িত্ব\\s*প্রাপ্ত|দায়িত্বপ্রাপ্ত)\\s*কর্মকর্তা(?:\\s*(?:হলেন|হচ্ছেন))?|দায়িত্বে\\s*(?:আছেন|রয়েছেন|নিয়োজিত))\\s*[:ঃ\\-–]?\\s*|responsible\\s+officer\\s+(?:for|of)\\s+all\\s+(?:the\\s+)?services\\s*(?:is\\s*)?[:\\-–]?\\s*',
  'iu',
);

/**
 * A line before the services that names the officer of every service, in a sentence or as a label: taken out
 * of the letterhead and given to the services section, whose rows without an officer take it.
 */
function officerOfEveryService(letterhead: Line[], sections: Section[]): void {
  const services = sections.find((s) => s.kind === 'services');
  if (services === undefined) return;
  const at = letterhead.findIndex((l) => !l.isRow && EVERY_SERVICE.test(l.text));
  const line = letterhead[at];
  if (line === undefined) return;
  const m = EVERY_SERVICE.exec(line.text);
  // The officer runs to the end of the sentence, in a paragraph that goes on after it ("…)। অফিস … অবস্থিত।").
  const after = m === null ? '' : line.text.slice(m.index + m[0].length);
  const end = after.search(/।/u);
  const text = (end >= 0 ? after.slice(0, end) : after).replace(/[।.\s]+$/u, '');
  if (text === '') return;
  services.everyService = { text, line: line.no };
  letterhead.splice(at, 1);
}

/** Words beside a serial: letters, not only numbers, dates or marks. */
const WORDS = /[\p{L}]{2}/u;

/**
 * Rows numbered 1, 2, 3 … with words beside the number, under titles that name no column the reader knows
 * ("ক্রমিক নং | বিষয়"), or under none: a table of services when the letterhead says it is about services.
 * The row just above the first, when it is no numbered row, is the table's header.
 */
function serialTable(letterhead: Line[]): Section | null {
  const numbered = (l: Line | undefined, n: number) =>
    l !== undefined && l.isRow && parseSerial(l.cells[0] ?? '') === n && l.cells.slice(1).some((c) => WORDS.test(c));
  for (let i = 0; i < letterhead.length; i++) {
    if (!numbered(letterhead[i], 1)) continue;
    let next = 2;
    for (let j = i + 1; j < letterhead.length; j++) {
      const l = letterhead[j] as Line;
      if (isBlank(l)) continue;
      if (!numbered(l, next)) break;
      next++;
    }
    if (next <= 2) continue;
    let start = i;
    for (let k = i - 1; k >= 0; k--) {
      const l = letterhead[k] as Line;
      if (isBlank(l)) continue;
      if (l.isRow && parseSerial(l.cells[0] ?? '') === null) start = k;
      break;
    }
    if (!letterhead.slice(0, start).some((l) => hasAny(l.text, CHARTER_WORDS))) return null;
    const first = letterhead[start] as Line;
    return { kind: 'services', number: null, title: '', line: first.no, lines: letterhead.splice(start) };
  }
  return null;
}

/** The group sub-heading just above a table ("২.১) নাগরিক সেবা", "প্রাতিষ্ঠানিক সেবাঃ") and the blank lines after it, taken out of `lines`. */
function takeSubHeading(lines: Line[]): Line[] {
  let i = lines.length - 1;
  while (i >= 0 && isBlank(lines[i] as Line)) i--;
  const candidate = lines[i];
  if (candidate === undefined || subHeadingOf(candidate) === null) return [];
  return lines.splice(i);
}

/** Lines after the last table of the last section are the sign-off (date, name, designation, office). */
function takeSignOff(last: Section | undefined): Line[] {
  if (last === undefined) return [];
  const lastRow = last.lines.map((l) => l.isRow).lastIndexOf(true);
  // Without a table, the sign-off is a short date line near the end, not a date inside a list item or a
  // sentence ("(০১/০৭/২০২৪ থেকে কার্যকর)"): searched from the end, past the last numbered item.
  const lastItem = last.lines.map((l) => LIST_ITEM.test(l.text)).lastIndexOf(true);
  const dated = last.lines.map((l, i) => i > lastItem && l.text.length <= 60 && DATE_LIKE.test(toAsciiDigits(l.text))).lastIndexOf(true);
  let start = lastRow >= 0 ? lastRow + 1 : dated;
  if (start < 0) return [];
  // The phone and e-mail lines of the last row's officer, copied from Word right under it, are the services';
  // so is "সকল সেবা বিনামূল্যে প্রদান করা হয়।" under the table: neither is the sign-off's.
  if (last.kind === 'services' && lastRow >= 0) {
    for (let l = last.lines[start]; l !== undefined && !l.isRow && isOfficerLine(l.text, true); l = last.lines[start]) start++;
  }
  const services = (l: Line) => last.kind === 'services' && !l.isRow && everyServiceFee(l.text) !== null;
  for (let l = last.lines[start]; l !== undefined && (isBlank(l) || services(l)); l = last.lines[start]) start++;
  return last.lines.splice(start);
}

/** Splits the document into letterhead, sections and sign-off. */
export function segment(lines: readonly Line[]): Segmented {
  const letterhead: Line[] = [];
  const sections: Section[] = [];
  const findings: Finding[] = [];
  const reading: Reading = { section: null, listNumber: null };
  for (const line of lines) {
    const heading = headingOf(line, reading);
    const current = reading.section;
    if (heading === null && line.isRow && current?.kind !== 'grievance' && isGrievanceHeader(line.cells)) {
      // The grievance table alone (a page of the grievance officers) is known by its titles too.
      reading.section = { kind: 'grievance', number: null, title: '', line: line.no, lines: [line] };
      reading.listNumber = null;
      sections.push(reading.section);
      continue;
    }
    if (heading === null && line.isRow && current?.kind !== 'services' && !isGrievanceHeader(line.cells) && isServiceHeader(line.cells)) {
      // A services table is known by its column titles wherever it stands: under any title, under a group's
      // sub-heading alone, or with nothing above it. The sub-heading comes with it, to give the group.
      const above = takeSubHeading(current === null ? letterhead : current.lines);
      reading.section = { kind: 'services', number: null, title: above[0]?.text ?? '', line: above[0]?.no ?? line.no, lines: [...above, line] };
      reading.listNumber = null;
      sections.push(reading.section);
      continue;
    }
    if (heading !== null) {
      reading.section = { ...heading, line: line.no, lines: [] };
      reading.listNumber = null;
      sections.push(reading.section);
      if (heading.kind === 'unknown') {
        findings.push(...at({ line: line.no }, [issue('section.unknown', { text: line.text })]));
      }
    } else if (current === null) {
      letterhead.push(line);
    } else {
      current.lines.push(line);
    }
  }
  foldMenus(lines, letterhead, sections);
  if (!sections.some((s) => s.kind === 'services')) {
    const listed = serviceList(letterhead) ?? serialTable(letterhead);
    if (listed !== null) sections.unshift(listed);
  }
  takeListFields(letterhead, sections[0]);
  grievanceAfterTable(sections);
  officerOfEveryService(letterhead, sections);
  if (sections.length === 0) {
    // No heading and no table: a page of the grievance chain in paragraphs is the grievance section.
    const start = grievanceProseStart(letterhead);
    const at = start === null ? -1 : letterhead.findIndex((l) => l.no === start);
    if (start !== null && at >= 0) sections.push({ kind: 'grievance', number: null, title: '', line: start, lines: letterhead.splice(at) });
  }
  const signOff = takeSignOff(sections[sections.length - 1]);
  return { letterhead, sections, signOff, findings };
}

/**
 * Short titles without numbers above the first numbered section, with no table under them, when one of them
 * names a section the document has further down with a number, are a portal menu or a table of contents ("সেবাসমূহ", "অভিযোগ প্রতিকার ব্যবস্থা"), not sections:
 * they and their lines go back to the letterhead.
 */
function foldMenus(lines: readonly Line[], letterhead: Line[], sections: Section[]): void {
  const firstNumbered = sections.findIndex((s) => s.number !== null);
  if (firstNumbered <= 0) return;
  const numberedKinds = new Set(sections.slice(firstNumbered).map((s) => s.kind));
  const menu = sections.slice(0, firstNumbered);
  const short = (s: Section) => !s.lines.some((l) => l.isRow) && s.lines.filter((l) => !isBlank(l)).length <= 8;
  if (!menu.every((s) => s.number === null && short(s)) || !menu.some((s) => numberedKinds.has(s.kind))) return;
  const byNo = new Map(lines.map((l) => [l.no, l]));
  for (const s of menu) {
    const heading = byNo.get(s.line);
    if (heading !== undefined) letterhead.push(heading);
    append(letterhead, s.lines);
  }
  sections.splice(0, firstNumbered);
}

function subHeadingOf(line: Line): Subsection | null {
  if (line.isRow) return null;
  const m = SUB_HEADING.exec(line.text);
  if (m?.[1] !== undefined && m[2] !== undefined && m[3] !== undefined) {
    const number = `${toAsciiDigits(m[1])}.${toAsciiDigits(m[2])}`;
    return { category: groupOf(m[3]), number, title: m[3], line: line.no, lines: [] };
  }
  const one = ONE_NUMBER.exec(line.text)?.[1];
  const title = one ?? line.text;
  // "প্রাতিষ্ঠানিক সেবা: সরকারি দপ্তরের জন্য": the group before a colon or dash, a description after it.
  const head = title.split(/\s*[:ঃ–—]\s*/u)[0] ?? title;
  const described = head !== title && normalizeLine(title).length >= 40 ? namedGroup(head) : null;
  const short = normalizeLine(title.replace(/\([^)]*\)/g, ' ')).length < 40 && !/[।]$/.test(title);
  // A list item with a group's word in another sense ("ক) প্রাতিষ্ঠানিক প্রশিক্ষণ") is no group heading: a marked
  // line is one only when it names the group ("০২. অভ্যন্তরীণ সেবা").
  const marked = LIST_ITEM.test(line.text) || /^\(?[কখগঘঙচছজঝঞটঠডঢ]\s*\)/u.test(line.text);
  const category = described ?? (short ? (marked ? namedGroup(title) : groupOf(title)) : null);
  return category === null ? null : { category, number: null, title, line: line.no, lines: [] };
}

/** Splits the services section at its sub-section headings (২.১) নাগরিক সেবা ...). */
export function subsections(section: Section): { before: Line[]; subs: Subsection[] } {
  const before: Line[] = [];
  const subs: Subsection[] = [];
  for (const line of section.lines) {
    const sub = subHeadingOf(line);
    const last = subs[subs.length - 1];
    if (sub !== null) subs.push(sub);
    else if (last === undefined) before.push(line);
    else last.lines.push(line);
  }
  // "২. প্রতিশ্রুত নাগরিক সেবাসমূহ:", its table, then "২.২ প্রাতিষ্ঠানিক সেবা:": a table before the first heading, when
  // that heading names another group, is the group the section's title names (the citizens' when it names none).
  const first = before.findIndex((l) => l.isRow);
  const lead = subs[0];
  if (first >= 0 && lead !== undefined && lead.category !== 'citizen' && before.filter((l) => l.isRow).length >= 2) {
    const rows = before.splice(first);
    const category = namedGroup(section.title) ?? 'citizen';
    subs.unshift({ category, number: null, title: section.title, line: rows[0]?.no ?? section.line, lines: rows });
  }
  return { before, subs };
}

/** The category a sub-section's number implies (2.1 citizen, 2.2 institutional, 2.3 internal). */
export function categoryByPosition(number: string | null): ServiceCategory | null {
  const second = number?.split('.')[1];
  return second === undefined ? null : (CATEGORY_BY_POSITION[second] ?? null);
}
