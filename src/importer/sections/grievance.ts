// The grievance redress table (GRS): who to contact when, and the deadline of each step (checked by the lint).
import { at, issue } from '../../charter/finding.ts';
import { STEP_COLUMN } from '../../charter/lint/places.ts';
import type { Finding, GrievanceStep } from '../../charter/model.ts';
import { parseTimeLimit } from '../../charter/time-limit.ts';
import type { Line } from '../lines.ts';
import { parsePerson } from '../cells/person.ts';
import { designationIn } from '../cells/names.ts';
import { sentencesOf } from '../cells/sentences.ts';
import type { PlacedPerson } from './section.ts';
import type { Section } from './section.ts';
import { mapTitles, scoreTitle, SERVICE_COLUMNS } from '../columns/columns.ts';
import { bnRegExp } from '../../charter/match.ts';
import { headerMap, readTable, type TableSpec } from '../columns/table.ts';
import { append } from '../append.ts';

/** `reach`: the phones and e-mails in a column of their own beside the officer's name and post ("যোগাযোগ"). */
type GrievanceColumn = 'serial' | 'when' | 'role' | 'contact' | 'reach' | 'days';
const GRIEVANCE: TableSpec<GrievanceColumn> = {
  section: '5',
  serial: 'serial',
  columns: [
    { key: 'serial', words: ['ক্রমিক', 'ক্র.', 'নং', 'serial', '=sl', '=no', '=ক্রম'] },
    { key: 'when', words: ['কখন', 'when to'] },
    // "অভিযোগ নিষ্পত্তির স্তর", "ধাপ", "Level": the step of the chain.
    { key: 'role', words: ['কার সঙ্গে', 'কার সাথে', 'কাহার', 'whom', 'স্তর', '=ধাপ', '=level', '=step', '=tier'] },
    { key: 'contact', words: ['ঠিকানা', 'address', 'নাম ও পদবি', 'নাম ও পদবী', 'name and designation', 'name & designation'] },
    // Titled so alone: "কখন যোগাযোগ করবেন" and "কার সাথে যোগাযোগ করবেন" are the when and the whom.
    { key: 'reach', partOf: 'contact', words: ['^যোগাযোগ', '^যোগাযোগের তথ্য', '^যোগাযোগ নম্বর', 'ফোন', 'মোবাইল', 'ই-মেইল', '^contact', 'phone', 'e-mail'] },
    { key: 'days', words: ['সময়', 'নিষ্পত্তি', 'time limit', 'resolution time', 'deadline'] },
  ],
  positions: ['serial', 'when', 'role', 'contact', 'days'],
};

/** Whether a row is the grievance table's header: at least three of its own titles (when, whom, address, time). */
export function isGrievanceHeader(cells: readonly string[]): boolean {
  if (cells.length < 3 || headerMap(cells, GRIEVANCE) === null) return false;
  // By the titles alone: the reader also gives untitled columns the meaning of their position.
  const map = mapTitles(cells, GRIEVANCE.columns).map;
  const own = new Set(map.filter((k) => k === 'when' || k === 'role' || k === 'contact' || k === 'reach'));
  // A column titled as a service's name makes it a services table, whatever else it holds.
  const names = cells.some((c) => (scoreTitle(c, SERVICE_COLUMNS).get('name') ?? 0) >= 3);
  return !names && own.size >= 2 && map.includes('days');
}

export interface GrievanceResult {
  steps: GrievanceStep[];
  findings: Finding[];
  blockFindings: Finding[];
  persons: PlacedPerson[];
}

const looseFinding = (line: Line): Finding[] => at({ section: '5', line: line.no }, [issue('line.unplaced', { text: line.text }, 'grievance')]);

/** A line that names a step of the chain: the grievance officer, the appeal officer, the Cabinet Division's cell. */
const STEP_ROLE = bnRegExp(
  'অনিক|অভিযোগ\\s*নিষ্পত্তি\\s*কর্মকর্তা|আপি?ী?ল\\s*কর্মকর্তা|আপীল\\s*কর্মকর্তা|অভিযোগ\\s*ব্যবস্থাপনা\\s*সেল|grievance\\s*redress\\s*officer|\\bGRO\\b|appeal\\s*officer|grievance\\s*management\\s*cell',
  'i',
);
const APPEAL = bnRegExp('আপি?ী?ল|আপীল|appeal', 'i');
const CELL = bnRegExp('সেল|মন্ত্রিপরিষদ|cabinet', 'i');
/** "নিষ্পত্তির সময়সীমা: ৩০ কার্যদিবস", "Time limit: 20 working days": a step's deadline on a labelled line of its block. */
const DEADLINE_LINE = bnRegExp(
  '^(?:(?:অভিযোগ\\s*)?(?:নিষ্পত্তির|সমাধানের|প্রতিকারের)\\s*)?(?:সময়সীমা|সময়|মেয়াদ|time\\s*limit|deadline|resolution\\s*time)\\s*[:ঃ\\-–]',
  'i',
);
/** The working days a line inside a step's block gives, when it is a deadline and names no other step. */
function inBlockDeadline(text: string): number | null {
  if (text.length > 100 || (!DEADLINE_LINE.test(text) && (STEP_ROLE.test(text) || APPEAL.test(text) || CELL.test(text)))) return null;
  return parseTimeLimit(text).workingDays;
}
/** "নাম:", "পদবি:", "ফোন:" ...: a line of a contact written as labelled lines. */
const CONTACT_LINE = bnRegExp('^(?:নাম|পদব[িী]|ফোন|মোবাইল|টেলিফোন|ই-?মেইল|ইমেইল|ঠিকানা|ওয়েব|name|designation|phone|mobile|e-?mail|address|web)\\s*[:ঃ]', 'i');

type StepKind = 'officer' | 'appeal' | 'cell';
const stepKind = (text: string): StepKind => (CELL.test(text) ? 'cell' : APPEAL.test(text) ? 'appeal' : 'officer');

/** "… সমাধান দিতে না পারলে", "If the GRO fails": when to go to a step, not the step. */
const WHEN = bnRegExp('ব্যর্থ\\s*হলে|না\\s*পারলে|না\\s*পেলে|না\\s*হলে|সন্তুষ্ট\\s*না|\\bfails?\\b|\\bif\\b', 'i');
/** "১. অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক): … ; নিষ্পত্তির সময়: ৩০ কার্যদিবস": a step on one numbered line. */
const NUMBERED = bnRegExp('^\\(?[০-৯0-9]{1,2}\\s*[.)।]\\s*([^:ঃ]{2,80}?)\\s*[:ঃ]\\s*(.*)$');

interface ProseStep {
  role: string;
  contact: string;
  line: number;
  /** The deadline the step's own line gives, if it gives one. */
  days?: number | null;
}

/** A step given on one numbered line: the role before the colon, the contact after it, the deadline in it. */
function numberedStep(l: Line): ProseStep | null {
  const m = NUMBERED.exec(l.text);
  if (m?.[1] === undefined || m[2] === undefined || !STEP_ROLE.test(m[1])) return null;
  // "১. অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) — নিষ্পত্তির সময়: ১৫ কার্যদিবস": the role before the dash, its deadline
  // after it; the contact follows on lines of its own.
  const dash = m[1].search(/\s[—–-]\s/u);
  if (dash > 0 && STEP_ROLE.test(m[1].slice(0, dash))) {
    const afterDash = m[1].slice(dash).replace(/^\s*[—–-]\s*/u, '');
    const days = parseTimeLimit(`${afterDash} ${m[2]}`).workingDays;
    // "… (অনিক) - উপজেলা নির্বাহী অফিসার, কালিয়া: ফোন …": after the dash the officer, not the deadline's label.
    const officer = designationIn(afterDash) !== null;
    return { role: m[1].slice(0, dash).trim(), contact: officer ? `${afterDash}: ${m[2]}` : '', line: l.no, days };
  }
  const [contact = '', ...rest] = m[2].split(/;\s*(?=[^;]*(?:সময়|কার্য\s*দিবস|days))/u);
  // "৩) আপিল কর্মকর্তা … সমাধান দিতে না পারলে: মন্ত্রিপরিষদ বিভাগের … সেল, www.grs.gov.bd": before the colon is when
  // to go, and the step is the one the contact names.
  const cell = WHEN.test(m[1]) ? CELL_NAME.exec(contact) : null;
  const role = cell?.[0] ?? m[1].trim();
  return { role, contact: contact.trim(), line: l.no, days: parseTimeLimit(rest.join(' ') || m[2]).workingDays };
}

/** "তৃতীয় ধাপ: মন্ত্রিপরিষদ বিভাগের …", "ধাপ ২ – আপিল কর্মকর্তা", "Step 1:": the step's ordinal is no part of its role. */
const ORDINAL = bnRegExp(
  '^(?:(?:প্রথম|দ্বিতীয়|তৃতীয়|চতুর্থ|১ম|২য়|৩য়|৪র্থ)\\s*(?:ধাপ|স্তর)(?:ের|ে|র)?(?![\\u0980-\\u09FF])|(?:ধাপ|স্তর)\\s*[০-৯0-9]+|step\\s*\\d+|(?:first|second|third|fourth)\\s+(?:step|tier|level))\\s*[:ঃ\\-–—.)]?\\s*',
  'iu',
);

/** A step's title line without its bullet and the dash or colon after it ("• আপিল কর্মকর্তা –"). */
const bareRole = (text: string) =>
  text
    .replace(/^[\s\-–—•●▪◆➢►·*]+/u, '')
    .replace(/^\(?[০-৯0-9]{1,2}\s*[.)।]\s*/u, '')
    .replace(ORDINAL, '')
    .replace(/[\s\-–—:ঃ]+$/u, '')
    .trim();

/**
 * The chain written as prose: a title line per step ("অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)", "আপিল কর্মকর্তা") with the
 * contact under it as labelled lines, and the deadlines in a sentence ("অনিক … ৩০ কার্যদিবসের মধ্যে এবং আপিল
 * কর্মকর্তা … ২০ কার্যদিবসের মধ্যে"), each deadline going to the step whose role it follows.
 */
function proseSteps(lines: readonly Line[]): { steps: ProseStep[]; used: Set<number>; sentences: string[] } {
  const steps: ProseStep[] = [];
  const used = new Set<number>();
  const sentences: string[] = [];
  let open: { role: string; contact: string[]; line: number; days?: number | null } | null = null;
  const close = () => {
    if (open !== null)
      steps.push({ role: open.role, contact: open.contact.join(', '), line: open.line, ...(open.days === undefined ? {} : { days: open.days }) });
    open = null;
  };
  for (const l of lines) {
    if (l.isRow || l.text === '') {
      close();
      continue;
    }
    const numbered = numberedStep(l);
    if (numbered !== null) {
      // Its contact may follow as labelled lines ("নাম: …", "পদবি: …").
      close();
      open = {
        role: numbered.role,
        contact: numbered.contact === '' ? [] : [numbered.contact],
        line: l.no,
        ...(numbered.days === null || numbered.days === undefined ? {} : { days: numbered.days }),
      };
      used.add(l.no);
    } else if (l.text.length <= 60 && STEP_ROLE.test(l.text) && !CONTACT_LINE.test(l.text) && !/কার্য\s*দিবস/u.test(l.text)) {
      close();
      open = { role: bareRole(l.text), contact: [], line: l.no };
      used.add(l.no);
    } else if (open !== null && CONTACT_LINE.test(l.text)) {
      open.contact.push(l.text);
      used.add(l.no);
    } else if (open !== null && open.days === undefined && inBlockDeadline(l.text) !== null) {
      // "নিষ্পত্তির সময়সীমা: ৩০ কার্যদিবস", "অভিযোগ প্রাপ্তির ৩০ কার্যদিবসের মধ্যে নিষ্পত্তি করবেন।": the block's deadline.
      open.days = inBlockDeadline(l.text);
      used.add(l.no);
    } else {
      close();
      sentences.push(l.text);
    }
  }
  close();
  return { steps, used, sentences };
}

/** The working days a sentence gives each kind of step: the number after its role word and before the next. */
function deadlinesIn(sentences: readonly string[]): Map<StepKind, number> {
  const found = new Map<StepKind, number>();
  for (const sentence of sentences) {
    for (const part of sentence.split(/\s(?:এবং|ও|and)\s|[;,।]/u)) {
      if (!STEP_ROLE.test(part) && !APPEAL.test(part)) continue;
      const days = parseTimeLimit(part).workingDays;
      if (days !== null && !found.has(stepKind(part))) found.set(stepKind(part), days);
    }
  }
  return found;
}

/** The first label of a contact inside a cell ("নাম ও পদবি:", "নাম:", "পদবি:"). */
const CONTACT_LABEL = bnRegExp('(?:নাম\\s*(?:ও|এবং)\\s*পদব[িী]|নাম|পদব[িী]|name\\s*(?:and|&)\\s*designation|name|designation)\\s*[:ঃ]', 'iu');

/**
 * The level of a step whose row names only its officer, from when to go to it: after the grievance officer the
 * appeal officer, after the appeal officer the Cabinet Division's cell, after the officer of the service (or with
 * nothing said) the grievance officer; by the row's place when the "when" says none.
 */
function levelAfter(when: string, index: number): string {
  // Whose failure the "when" names: the words before its first "if not" ("অনিক … না পারলে আপিল করুন").
  const cut = FIRST_IF_NOT.exec(when);
  const failed = cut === null ? when : when.slice(0, cut.index);
  const order = ['officer', 'appeal', 'cell'] as const;
  const level = APPEAL.test(failed) ? 'cell' : STEP_ROLE.test(failed) ? 'appeal' : when.trim() !== '' ? 'officer' : order[Math.min(index, 2)];
  return levelName(level ?? 'officer', when);
}

/** The names of the chain's levels, for a step the text gives without its level's own words, in the text's language. */
const LEVEL_NAMES = {
  bn: { officer: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)', appeal: 'আপিল কর্মকর্তা', cell: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল', review: 'রিভিউ কর্মকর্তা' },
  en: { officer: 'Grievance Redress Officer', appeal: 'Appeal Officer', cell: 'Grievance Management Cell, Cabinet Division', review: 'Review Officer' },
} as const;
/** Text in English only: its steps are named in English. */
const englishOnly = (text: string) => /[A-Za-z]{3}/u.test(text) && !/[\u0980-\u09FF]/u.test(text);
const levelName = (level: keyof (typeof LEVEL_NAMES)['bn'], text: string) => LEVEL_NAMES[englishOnly(text) ? 'en' : 'bn'][level];

/** A dash or nothing: an address cell that holds none. */
const isNothing = (text: string) => /^[\s\-–—]*$/u.test(text);

/**
 * "মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল, বাংলাদেশ সচিবালয়, ঢাকা। www.grs.gov.bd" in the "whom" cell: the step
 * is the cell, and the rest is its address.
 */
function splitCellRole(text: string): { role: string; address: string } | null {
  const m = CELL_NAME.exec(text);
  if (m === null || m.index > 0) return null;
  const address = text
    .slice(m[0].length)
    .replace(/^[\s,;।.:ঃ-]+/u, '')
    .trim();
  return address === '' ? null : { role: m[0], address };
}

/** Reads the grievance steps in order. */
export function readGrievance(section: Section): GrievanceResult {
  const table = readTable(section.lines, GRIEVANCE);
  if (table.rows.length === 0) {
    const prose = proseSteps(section.lines);
    if (prose.steps.length > 0) return readProse(withCellSentence(prose, section.lines), table.loose);
    const told = paragraphSteps(table.loose);
    if (told.length > 0) return readProse({ steps: told, used: new Set(told.map((s) => s.line)), sentences: [] }, table.loose);
  }
  const out: GrievanceResult = { steps: [], findings: [...table.findings, ...table.loose.flatMap(looseFinding)], blockFindings: [], persons: [] };
  for (const row of table.rows) {
    // "কার সাথে যোগাযোগ করবেন" may hold the officer's block itself (name, designation, phone): then it is the contact.
    const cellRole = splitCellRole(row.cells.role ?? '');
    const cellText = cellRole?.role ?? row.cells.role ?? '';
    // A "whom" cell that names the officer ("মোঃ রেজাউল করিম, মহাব্যবস্থাপক (প্রশাসন)") and no step of the chain.
    const roleIsPerson =
      /পদব[িী]\s*[:ঃ]|@|[0-9০-৯]{5,}/u.test(cellText) ||
      (!STEP_ROLE.test(cellText) && !CELL.test(cellText) && (parsePerson(cellText).person?.designation ?? null) !== null);
    // "অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক) নাম ও পদবি: …": the role, then its officer under a label, in one cell.
    const label = roleIsPerson ? CONTACT_LABEL.exec(cellText) : null;
    const labelled = label !== null && label.index > 0 && STEP_ROLE.test(cellText.slice(0, label.index));
    const roleText = labelled ? cellText.slice(0, label.index).replace(/[\s,;:ঃ–-]+$/u, '') : cellText;
    const written = [row.cells.contact ?? '', row.cells.reach ?? ''].filter((t) => t !== '').join(', ');
    // The phones and e-mails in a column of their own ("যোগাযোগ") belong to the officer the "whom" cell names.
    const withReach = (text: string) => (isNothing(written) || text.includes(written) ? text : `${text}, ${written}`);
    const contactText = labelled
      ? withReach(cellText.slice(label.index))
      : roleIsPerson
        ? withReach(cellText)
        : cellRole !== null && isNothing(written)
          ? cellRole.address
          : written;
    const contactWhere = {
      section: '5',
      row: row.serial > 0 ? row.serial : out.steps.length + 1,
      column: roleIsPerson ? STEP_COLUMN.role : STEP_COLUMN.contact,
    };
    const parsed = parsePerson(contactText);
    append(out.blockFindings, at(contactWhere, parsed.issues));
    if (parsed.person !== null) out.persons.push({ person: parsed.person, where: contactWhere, role: 'grievance' });
    const daysText = row.cells.days ?? '';
    const step: GrievanceStep = {
      order: row.serial > 0 ? row.serial : out.steps.length + 1,
      when: row.cells.when ?? '',
      // "ধাপ ৩ — মন্ত্রিপরিষদ বিভাগের …": the dash after a step's number is no part of its role. A cell that named
      // the officer only gives the step its level by when to go there ("অনিক … না পারলে": the appeal officer).
      role: roleIsPerson && !labelled ? levelAfter(row.cells.when ?? '', out.steps.length) : bareRole(roleText) || roleText,
      contact: parsed.person,
      contactText,
      workingDays: parseTimeLimit(daysText).workingDays,
    };
    out.steps.push(step);
  }
  return out;
}

const STEP_ROLES = new RegExp(STEP_ROLE.source, `${STEP_ROLE.flags}g`);
/** The Cabinet Division's cell as a step's name. */
const CELL_NAME = bnRegExp(
  'মন্ত্রি\\s*পরিষদ\\s*বিভাগের\\s*(?:অভিযোগ\\s*)?(?:প্রতিকার\\s*)?(?:ব্যবস্থাপনা\\s*)?(?:\\(?জিআরএস\\)?\\s*)?সেল|cabinet\\s*division\\S*\\s*(?:grs\\s*)?cell|grievance\\s*management\\s*cell(?:\\s*(?:of|,)\\s*(?:the\\s*)?cabinet\\s*division)?',
  'i',
);
/** "may complain in writing to …", "… নিকট অভিযোগ দাখিল করতে পারবেন": the first step, named by what the citizen does. */
const COMPLAIN = bnRegExp(
  '\\bcomplain(?:s|ts?)?\\s+(?:in\\s+writing\\s+)?(?:to|with)\\b|\\blodge\\s+a\\s+complaint|অভিযোগ\\s*(?:দাখিল|করতে|করুন|করবেন|করা|জানা|দায়ের|পেশ|দিতে|দিন|দেওয়া|দেয়া)',
  'i',
);
/** "… বরাবর রিভিউ আবেদন করা যাবে", "may apply for a review to …": a last step, often with no deadline. */
const REVIEW = bnRegExp('রিভিউ|পুনর্বিবেচনা|পুনঃবিবেচনা|\\breview\\b', 'i');
/** "… সমাধান না হলে …", "… if not satisfied …": what follows names the next step's officer. */
const IF_NOT = bnRegExp('না\\s*হলে|না\\s*পেলে|না\\s*পারলে|সন্তুষ্ট\\s*না|ব্যর্থ\\s*হলে|\\bif\\s+not\\b|not\\s+satisfied|\\bunresolved\\b|\\bfails?\\b', 'giu');
/** The first "if not" of a text (IF_NOT is global, for finding them all). */
const FIRST_IF_NOT = new RegExp(IF_NOT.source, 'iu');
/** The text after the last "if not …" clause, where the next step's officer is named; the whole text without one. */
function afterIfNot(text: string): string {
  const found = [...text.matchAll(IF_NOT)];
  const last = found[found.length - 1];
  return last === undefined ? text : text.slice(last.index + last[0].length);
}
/** What follows the officer in a sentence: "…; তিনি", "…, যা", "…, who will settle …". */
const AFTER_OFFICER = /;|,\s*(?:যা|যিনি|তিনি)|,\s*(?:who|which)\b/u;

/** The working days said before a sentence's first "if not" clause ends, and the rest of the sentence after it. */
function leadingDeadline(sentence: string): { days: number; rest: string } | null {
  const m = FIRST_IF_NOT.exec(sentence);
  if (m === null) return null;
  const head = sentence.slice(0, m.index + m[0].length);
  const days = parseTimeLimit(head).workingDays;
  const rest = sentence.slice(head.length).trim();
  return days === null || rest === '' ? null : { days, rest };
}

/** "… অভিযোগ করুন, তিনি ৩০ কার্যদিবসের মধ্যে …; সমাধান না পেলে … আপিল …, যিনি ২০ কার্যদিবসের মধ্যে …": one sentence, two steps. */
function clausesWithDeadlines(sentence: string): string[] {
  // At a semicolon, or where a clause "… প্রতিকার না পেলে …" starts after a comma or "এবং".
  const starts = [...sentence.matchAll(IF_NOT)].map((m) => {
    const before = sentence.slice(0, m.index);
    const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(' এবং '), before.lastIndexOf(' and '));
    return cut;
  });
  const cuts = [...new Set(starts.filter((c) => c > 0))].sort((a, b) => a - b);
  const pieces =
    cuts.length === 0 ? [sentence] : [0, ...cuts].map((c, i) => sentence.slice(c, cuts[i] ?? sentence.length).replace(/^(?:,|\s+এবং\s|\s+and\s)\s*/u, ''));
  const parts = pieces.flatMap((p) => p.split(/\s*;\s*/u)).filter((p) => p.trim() !== '');
  return parts.length > 1 && parts.filter((p) => parseTimeLimit(p).workingDays !== null).length > 1 ? parts : [sentence];
}

/**
 * The chain told in a paragraph: each sentence that names a step of the chain and a number of working days
 * is a step, in order, its officer the designation the sentence names ("… নির্বাহী প্রকৌশলীর নিকট …").
 */
function paragraphSteps(lines: readonly Line[]): ProseStep[] {
  const steps: ProseStep[] = [];
  for (const l of lines) {
    for (const whole of sentencesOf(l.text).flatMap(clausesWithDeadlines)) {
      // "৩০ কার্যদিবসের মধ্যে নিষ্পত্তি না হলে … আপিল …": the deadline before the first "if not" is the step just named.
      const lead = leadingDeadline(whole);
      const before = steps[steps.length - 1];
      let sentence = whole;
      if (lead !== null && before !== undefined && (before.days ?? null) === null) {
        before.days = lead.days;
        sentence = lead.rest;
      }
      const days = parseTimeLimit(sentence).workingDays;
      const named = STEP_ROLE.test(sentence) || APPEAL.test(sentence) || CELL.test(sentence);
      // A sentence with no role's word may still be the first step: the citizen complains to an officer, who
      // settles it in a time that may be calendar days ("within 10 days"): its working days are unknown.
      const complaint = !named && steps.length === 0 && COMPLAIN.test(sentence) ? designationIn(sentence.split(AFTER_OFFICER)[0] ?? sentence) : null;
      if (complaint !== null) {
        steps.push({ role: levelName('officer', sentence), contact: complaint, line: l.no, days });
        continue;
      }
      // A review or appeal after the first step, with no deadline ("আপিলের সিদ্ধান্তে সন্তুষ্ট না হলে … বরাবর রিভিউ
      // আবেদন করা যাবে"), is a step too when it names its officer; its working days are unknown.
      const review = days === null && steps.length > 0 && (APPEAL.test(sentence) || REVIEW.test(sentence)) && !STEP_ROLE.test(sentence);
      if (review) {
        const officer = designationIn(afterIfNot(sentence).split(AFTER_OFFICER)[0] ?? '');
        const role = levelName(REVIEW.test(sentence) ? 'review' : 'appeal', sentence);
        if (officer !== null) steps.push({ role, contact: officer, line: l.no, days: null });
        continue;
      }
      // "… নিকট অভিযোগ করা যাবে। তিনি ১৫ কার্যদিবসের মধ্যে নিষ্পত্তি করবেন।": the deadline of the step the paragraph
      // just named, in a sentence of its own.
      const previous = steps[steps.length - 1];
      const open = previous !== undefined && previous.line === l.no && previous.days === null ? previous : undefined;
      if (days !== null && !named && open !== undefined) {
        open.days = days;
        continue;
      }
      if (days === null || !named) continue;
      const cell = CELL_NAME.exec(sentence)?.[0];
      // The officer: the designation named after the role's words (the role itself is no officer's title).
      // The step is the last role the sentence names ("অনিক … ব্যর্থ হলে আপিল কর্মকর্তা …": the appeal).
      const found = [...sentence.matchAll(STEP_ROLES)];
      const roles = found.map((m) => m[0]);
      const withoutRoles = (text: string) => text.replace(STEP_ROLES, ' ').replace(/\(\s*\)/gu, ' ');
      const appeal = levelName('appeal', sentence);
      const role = cell ?? roles[roles.length - 1] ?? (APPEAL.test(sentence) ? appeal : '');
      // The officer is named after the step's role ("… the Appeal Officer, the Deputy Commissioner, who …"); a
      // post named before it ("not satisfied with any officer") is not the step's. Else anywhere in the sentence.
      const last = found[found.length - 1];
      const tail = last === undefined ? '' : sentence.slice(last.index + last[0].length);
      const officerIn = (text: string) => designationIn(text.split(AFTER_OFFICER)[0] ?? text);
      // With no role's words ("… সমাধান না হলে জেলা রেজিস্ট্রারের নিকট আপিল …"), the officer follows the last "if not".
      const officer =
        cell === undefined ? (officerIn(withoutRoles(tail)) ?? officerIn(withoutRoles(afterIfNot(sentence))) ?? officerIn(withoutRoles(sentence))) : null;
      if (open !== undefined && cell === undefined && (officer === null || officer === open.contact) && stepKind(role) === stepKind(open.role)) {
        open.days = days;
        continue;
      }
      steps.push({ role, contact: officer ?? '', line: l.no, days });
    }
  }
  return steps.length >= 2 ? steps : [];
}

/**
 * Where a grievance chain told in paragraphs starts among lines that no heading opened (a page of the grievance
 * officers under a title the section list does not know): the first line that gives a step, when the lines give
 * two steps or more; null otherwise.
 */
export function grievanceProseStart(lines: readonly Line[]): number | null {
  const text = lines.filter((l) => !l.isRow);
  const steps = paragraphSteps(text);
  return steps.length >= 2 ? (steps[0]?.line ?? null) : null;
}

/**
 * Steps under titles, then the last one told in a sentence ("… সন্তুষ্ট না হলে মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা
 * সেলে অভিযোগ দাখিল করা যাবে, যা ৬০ কার্যদিবসের মধ্যে …"): the Cabinet Division's cell is a step too.
 */
function withCellSentence(prose: ReturnType<typeof proseSteps>, lines: readonly Line[]): ReturnType<typeof proseSteps> {
  if (prose.steps.some((s) => stepKind(s.role) === 'cell')) return prose;
  for (const l of lines) {
    if (l.isRow || prose.used.has(l.no)) continue;
    const sentences = sentencesOf(l.text);
    for (const [i, sentence] of sentences.entries()) {
      const cell = CELL_NAME.exec(sentence)?.[0];
      if (cell === undefined) continue;
      const used = new Set(prose.used).add(l.no);
      // "… সেলে অভিযোগ করা যাবে। সেল ৬০ কার্যদিবসের মধ্যে নিষ্পত্তি করবে।": the deadline may be the next sentence's.
      const next = sentences[i + 1];
      const days =
        parseTimeLimit(sentence).workingDays ?? (next === undefined || STEP_ROLE.test(next) || APPEAL.test(next) ? null : parseTimeLimit(next).workingDays);
      return { ...prose, used, steps: [...prose.steps, { role: cell, contact: '', line: l.no, days }] };
    }
  }
  return prose;
}

function readProse(prose: ReturnType<typeof proseSteps>, loose: readonly Line[]): GrievanceResult {
  const out: GrievanceResult = { steps: [], findings: [], blockFindings: [], persons: [] };
  const deadlines = deadlinesIn(prose.sentences);
  prose.steps.forEach((s, i) => {
    const where = { section: '5', row: i + 1, column: STEP_COLUMN.contact };
    const parsed = parsePerson(s.contact);
    append(out.blockFindings, at(where, parsed.issues));
    if (parsed.person !== null) out.persons.push({ person: parsed.person, where, role: 'grievance' });
    out.steps.push({
      order: i + 1,
      when: '',
      role: s.role,
      contact: parsed.person,
      contactText: s.contact,
      workingDays: s.days ?? deadlines.get(stepKind(s.role)) ?? null,
    });
  });
  // The sentences that gave the deadlines are read; anything else is reported, as outside a table.
  const sentenceLines = loose.filter((l) => !prose.used.has(l.no) && !(STEP_ROLE.test(l.text) && /কার্য\s*দিবস|working\s*days?/iu.test(l.text)));
  append(out.findings, sentenceLines.flatMap(looseFinding));
  return out;
}
