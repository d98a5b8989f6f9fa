// Services written as a numbered or lettered list, or as prose (a short title line, then a paragraph), not as a
// table: each item becomes a row with the fields its words give (name, time limit, fee, officer); what it does
// not say stays empty for the lint to report.
import { parseInteger } from '../../bangla/digits.ts';
import { amountsOf, parseFee } from '../../charter/fee.ts';
import { bnRegExp } from '../../charter/match.ts';
import { readTitle, scoreTitle, SERVICE_COLUMNS, type ServiceColumn } from '../columns/columns.ts';
import { isTimeText } from '../cells/fee-time.ts';
import { isBlank, type Line } from '../lines.ts';
import { designationIn } from '../cells/names.ts';
import { sentencesOf } from '../cells/sentences.ts';
import type { TableRow } from '../columns/table.ts';

/** "১.", "০২)", "৩।", "(ক)", "খ)": a list item's mark, then its text. */
const MARK = bnRegExp('^\\(?([০-৯0-9]{1,2}|[কখগঘঙচছজঝঞটঠডঢ]|[A-Za-z])\\s*[.)।:]\\s*(\\S.*)$');
/** "- …", "• …", "* …", "· …" (Word's symbol bullet copied), "➤ …": a bullet, an item as good as a number. */
const BULLET = /^[-•*●▪◆➢►·\uF0B7\uF0A7\uF0D8➤✓✔■□○◦‣❖]\s+(\S.*)$/u;
/**
 * "সময়: ৩ কার্যদিবস", "দায়িত্ব প্রাপ্ত কর্মকর্তাঃআতিকুল …": a label and its value. A visarga or a colon after the
 * first syllables of a word and before a letter is inside the word ("দুঃস্থ", "পুনঃনির্মাণ", "বহি:বিভাগ"), not
 * the end of a label.
 */
/** Short label words glued to their value ("নামঃমোঃ করিম", "ফি:৫০ টাকা"): a label however short. */
const GLUED_LABELS = 'নাম|ফি|পদবি|পদবী|পদ|ফোন|সময়|মূল্য|খরচ|সেবা';
/** At a colon after the first few letters of a word that is no label word: the colon is inside the word. */
const SHORT_BEFORE = `(?:^|\\s)(?!(?:${GLUED_LABELS})[:ঃ])[\\u0980-\\u09E5]{1,5}`;
const LETTER_AFTER = '[\\u0985-\\u09B9\\u09DC-\\u09DF]';
const LABEL = bnRegExp(`^((?:[^:ঃ]|(?<=${SHORT_BEFORE})[:ঃ](?=${LETTER_AFTER})){1,60}?)\\s*(?:(?<!${SHORT_BEFORE})[:ঃ]|[:ঃ](?!${LETTER_AFTER}))\\s*(.*)$`, 'u');
const DASHED = /^(.{2,80}?)\s+[-–—]\s*(\S.*)$/u;
const LETTERS = 'কখগঘঙচছজঝঞটঠডঢ';

interface Item {
  line: number;
  level: 'number' | 'letter' | 'bullet';
  /** The item's number or letter as written ("১", "খ"); empty for a bullet. */
  mark?: string;
  head: string;
  more: string[];
  /** The line numbers of `more`, to mark them used. */
  moreLines: number[];
}

export interface ListResult {
  rows: TableRow<ServiceColumn>[];
  /** The line numbers the list used, so they are not reported as unplaced. */
  used: Set<number>;
}

function markOf(text: string): { level: Item['level']; rest: string; mark?: string } | null {
  const bullet = BULLET.exec(text)?.[1];
  if (bullet !== undefined) return { level: 'bullet', rest: bullet };
  const m = MARK.exec(text);
  if (m?.[1] === undefined || m[2] === undefined) return null;
  // A letter is an item mark only in brackets or before ")": "(ক)", "খ)", "(a)", and the "(K)" Bijoy leaves for
  // (ক); "ড. মোহাম্মদ আলী" is a doctor, not item ড.
  if (!/^[০-৯0-9]+$/.test(m[1]) && !/^\(?\S\)/u.test(text.replace(/^\((\S)\s*\)/u, '($1)'))) return null;
  return { level: LETTERS.includes(m[1]) || /^[A-Za-z]$/.test(m[1]) ? 'letter' : 'number', rest: m[2], mark: m[1] };
}

/** The field a label names, when it clearly names one ("সময়", "ফি", "দায়িত্বপ্রাপ্ত", "যোগাযোগ"). */
function fieldOf(label: string): ServiceColumn | null {
  const r = readTitle(label, SERVICE_COLUMNS);
  return r.key !== null && r.score >= 2 && r.key !== 'serial' ? r.key : null;
}

function itemsOf(lines: readonly Line[]): Item[] {
  const items: Item[] = [];
  let open: Item | null = null;
  for (const line of lines) {
    if (line.isRow) {
      open = null;
      continue;
    }
    if (isBlank(line)) {
      open = null;
      continue;
    }
    const mark = markOf(line.text);
    if (mark !== null) {
      open = { line: line.no, level: mark.level, ...(mark.mark === undefined ? {} : { mark: mark.mark }), head: mark.rest, more: [], moreLines: [] };
      items.push(open);
    } else if (open !== null) {
      open.more.push(line.text);
      open.moreLines.push(line.no);
    }
  }
  return items;
}

/** A line that gives one field of the item above it: "সময়: ৩ কার্যদিবস", "ফি: বিনামূল্যে". */
function isFieldLine(text: string): boolean {
  const m = LABEL.exec(text);
  return m?.[1] !== undefined && fieldOf(m[1]) !== null && fieldOf(m[1]) !== 'name';
}

/** The field and value of a labelled line that can stand for every item of a list ("দায়িত্বপ্রাপ্ত কর্মকর্তাঃ …"). */
function listField(text: string): [ServiceColumn, string] | null {
  const m = LABEL.exec(text);
  const f = m?.[1] === undefined ? null : fieldOf(m[1]);
  const value = m?.[2]?.trim() ?? '';
  return f === null || f === 'name' || value === '' ? null : [f, value];
}

/**
 * Whether a line above a list gives a field of every item ("দায়িত্বপ্রাপ্ত কর্মকর্তাঃ ডাঃ …, মোবাইলঃ …"), or is the
 * list's own title ended by a colon ("সেবা প্রদানের বিষয়ঃ"): the lines a list takes from above its first item.
 */
export function aboveList(text: string): 'field' | 'title' | null {
  // The officer by a title that names one ("দায়িত্বপ্রাপ্ত কর্মকর্তা"), not the letterhead's "যোগাযোগ: ফোন …".
  const label = LABEL.exec(text)?.[1] ?? '';
  if (listField(text) !== null && readTitle(label, SERVICE_COLUMNS).score >= 3) return 'field';
  return text.length <= 40 && /[:ঃ]\s*$/u.test(text) ? 'title' : null;
}

/**
 * Prose: a short title line with no end mark, then at once a paragraph of sentences, or lines that each give
 * a field ("সময়: …", "ফি: …").
 */
function blocksOf(lines: readonly Line[]): Item[] {
  const items: Item[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const title = lines[i];
    const body = lines[i + 1];
    if (title === undefined || body === undefined || title.isRow || body.isRow || isBlank(title) || isBlank(body)) continue;
    // A paragraph of sentences, ended by dandas or, in English, full stops.
    const paragraph = /।|\.(?:\s|$)/u.test(body.text) && body.text.length >= 40;
    // Labelled lines under the title, the first of them perhaps under a label no table uses ("আবেদন জমা: …") or
    // a short sentence of what the service is ("জন্মের ৪৫ দিনের মধ্যে আবেদন করুন।").
    let fields = false;
    for (let j = i + 1; j < lines.length && j <= i + 4 && !fields; j++) {
      const l = lines[j] as Line;
      if (isBlank(l) || l.isRow) break;
      fields = isFieldLine(l.text);
    }
    if (title.text.length > 60 || /[।:ঃ.]$/.test(title.text) || LABEL.test(title.text) || !(paragraph || fields)) continue;
    const item: Item = { line: title.no, level: 'number', head: title.text, more: [], moreLines: [] };
    for (let j = i + 1; j < lines.length && !isBlank(lines[j] as Line) && !(lines[j] as Line).isRow; j++) {
      item.more.push((lines[j] as Line).text);
      item.moreLines.push((lines[j] as Line).no);
    }
    items.push(item);
    const more = item.more;
    i += more.length;
  }
  return items;
}

/** Labels of a letterhead, a contact or a note, never a service's name ("ভিশন:", "ফোন:", "বিঃদ্রঃ"). */
const NOT_A_NAME = bnRegExp(
  '^(?:ভিশন|মিশন|রূপকল্প|অভিলক্ষ্য|ফোন|মোবাইল|টেলিফোন|ঠিকানা|ই-?মেইল|ইমেইল|ওয়েব|যোগাযোগ|বিঃ\\s*দ্রঃ|বি:\\s*দ্র:|নোট|দ্রষ্টব্য|তারিখ|অফিস সময়|vision|mission|phone|mobile|address|e-?mail|web|contact|note|date)(?:\\s*(?:নম্বর|নং|ও\\s*\\S+|no\\.?|number|and\\s+\\S+))?$',
  'iu',
);

/**
 * Prose with each service a paragraph that opens with its name and a colon ("বরফ সরবরাহ: কেন্দ্রের বরফকল থেকে …
 * সরবরাহ করা হয়। বরফের মূল্য …"): two such paragraphs at least, each of sentences, under no label a table knows.
 */
function colonItems(lines: readonly Line[]): Item[] {
  const items: Item[] = [];
  for (const l of lines) {
    if (l.isRow || isBlank(l)) continue;
    const m = /^([^:ঃ।]{3,60}?)\s*[:ঃ]\s+(\S.{29,})$/u.exec(l.text);
    const head = m?.[1]?.trim();
    const body = m?.[2];
    // "সিভিল সার্জন ডাঃ মোঃ …": a visarga closing a short word (ডাঃ, মোঃ, পুনঃ) is no colon.
    if (head !== undefined && /(?:^|\s)[\u0980-\u09FF]{1,3}$/u.test(head) && l.text.charAt(m?.[1]?.length ?? 0) === 'ঃ') continue;
    if (head === undefined || body === undefined || /[0-9০-৯]/u.test(head) || NOT_A_NAME.test(head) || fieldOf(head) !== null) continue;
    if (!/।|\.(?:\s|$)/u.test(body)) continue;
    // A service's paragraph says what it costs or how long it takes; a letterhead's or a note's does not.
    const found = fieldsInSentences(sentencesOf(body));
    if (found.fee === undefined && found.timeLimit === undefined) continue;
    items.push({ line: l.no, level: 'bullet', head, more: [body], moreLines: [] });
  }
  return items.length >= 2 ? items : [];
}

/** An amount with its unit or a word of money ("৫০ টাকা", "Tk. 5,000", "ফি ৩০/="), not a year or a count. */
const MONEY = bnRegExp('টাকা|\\btk\\b|৳|taka|/-|/=|ফি|\\bfees?\\b|মূল্য|\\bprice\\b|\\bcharge|খরচ|\\bcost', 'i');

/** Money an office gives its clients, not a fee: loans, allowances, grants, stipends (not "বৃত্তিমূলক", vocational). */
const PAID_TO_CLIENT = bnRegExp(
  '(?<![\\u0980-\\u09FF])(?:ঋণ|ক্ষুদ্রঋণ|ভাতা|অনুদান|বৃত্তি|উপবৃত্তি|প্রণোদনা|আর্থিক সহায়তা)(?:ের|র|ে)?(?![\\u0980-\\u09FF])|\\bloans?\\b|\\ballowances?\\b|\\bgrants?\\b|\\bstipends?\\b',
  'iu',
);
/** A fee for applying or a form's price ("ঋণ আবেদন ফি", "ফরমের মূল্য"): the client pays it. */
const FOR_APPLYING = bnRegExp('আবেদন|ফরম|(?<![\\u0980-\\u09FF])ফি|\\bapplication\\b|\\bform\\b|\\bfee\\b', 'iu');

/**
 * The first phrase of some sentences that is a time limit, and the first that is a fee: sentences split at ";"
 * and "," (not the "," of "৫,০০০"). A fee phrase may also hold the time ("free of cost within 7 working days");
 * an amount counts only beside a word of money ("Rules, 2008" is no fee).
 */
export function fieldsInSentences(sentences: readonly string[]): { timeLimit?: string; fee?: string } {
  const fragments = sentences
    .flatMap((s) => s.split(/;|,(?![0-9০-৯])/u))
    .map((s) => s.trim())
    .filter((s) => s !== '');
  // "প্রবেশ মূল্য দেশি দর্শনার্থীর জন্য ২০/- টাকা, বিদেশিদের জন্য ৩০০/- টাকা": a sentence of fees by category is the fee,
  // as written, not its first amount.
  const byCategory = sentences.find(
    (s) => new Set(amountsOf(s)).size > 1 && MONEY.test(s) && !PAID_TO_CLIENT.test(s) && !isTimeText(s) && parseFee(s).kind === 'text',
  );
  const timeLimit = fragments.find((f) => isTimeText(f));
  // "বিনামূল্যে প্রশিক্ষণ দেওয়া হয় এবং দৈনিক ভাতা প্রদান করা হয়": each clause of a sentence is read too.
  const clauses = fragments.flatMap((f) => {
    const parts = f.split(/\s+(?:এবং|and)\s+/iu);
    return parts.length > 1 ? [f, ...parts] : [f];
  });
  const isFee = (f: string) => {
    const kind = parseFee(f).kind;
    if (kind === 'text') return false;
    // Money the office gives (a loan, an allowance, a grant) is no fee the citizen pays; a fee for applying for
    // one ("ঋণ আবেদন ফি ১০০ টাকা") is.
    if (kind === 'amount') return MONEY.test(f) && (!PAID_TO_CLIENT.test(f) || FOR_APPLYING.test(f));
    return kind === 'free' || !isTimeText(f);
  };
  // An amount of money stated outright comes before words of a rule ("বিজ্ঞপ্তি অনুযায়ী আবেদন …", "আবেদন ফি ৫০০ টাকা").
  // Else an amount the fee words cannot make one of ("ভাড়া প্রতিদিন ২,০০০ টাকা"): kept as the fee's text.
  const outright = clauses.find((f) => isFee(f) && parseFee(f).kind !== 'policy');
  const categories = byCategory !== undefined && (outright === undefined || byCategory.includes(outright)) ? byCategory : undefined;
  const fee =
    categories?.replace(/[।.\s]+$/u, '') ??
    outright ??
    clauses.find(isFee) ??
    fragments.find((f) => MONEY.test(f) && /[0-9০-৯]/u.test(f) && (!PAID_TO_CLIENT.test(f) || FOR_APPLYING.test(f)) && !isTimeText(f));
  return { ...(timeLimit === undefined ? {} : { timeLimit }), ...(fee === undefined ? {} : { fee }) };
}

/** A sentence as a service's name: without its final danda or full stop. */
export const sentenceName = (text: string) => text.replace(/\s*[।.|]+\s*$/u, '').trim();

const clean = (text: string) => text.replace(/\s*[।.]+\s*$/u, '').trim();

/** The fields one item gives. `prose` items have a title for a name and sentences to search. */
function readItem(item: Item, defaults: Partial<Record<ServiceColumn, string>>, prose: boolean): Partial<Record<ServiceColumn, string>> {
  const cells: Partial<Record<ServiceColumn, string>> = {};
  const scan: string[] = [];
  // "(যোগাযোগ: ইউপি সচিব)": the officer, in brackets after the item.
  let head = item.head.replace(/\(([^()]*)\)/gu, (whole, inner: string) => {
    const m = LABEL.exec(inner);
    if (m?.[1] !== undefined && m[2] !== undefined && fieldOf(m[1]) === 'responsible') {
      cells.responsible = m[2];
      return '';
    }
    return whole;
  });
  head = head.trim();
  // "Service name: …; Time: …; Fee: …", "name -০৩ মাস, ফি: ১,০০০ টাকা": labelled parts at the end of the item's
  // line, as lines under it would give them.
  const bySemicolon = head.split(/\s*;\s*/u);
  let parts = bySemicolon;
  let keep = 1;
  if (!(parts.length > 1 && parts.slice(1).every(isFieldLine))) {
    // Else the labelled parts after the last comma ("…, ফি: ১,০০০ টাকা"), not the "," of "১,০০০".
    parts = head.split(/,(?![0-9০-৯])\s*/u);
    keep = parts.length;
    while (keep > 1 && isFieldLine(parts[keep - 1] ?? '')) keep--;
  }
  const labelled = keep < parts.length;
  const more = labelled ? [...parts.slice(keep), ...item.more] : item.more;
  if (labelled) {
    // The head as written up to the comma before the first labelled part.
    const commas = [...head.matchAll(/,(?![0-9০-৯])\s*/gu)];
    head = parts === bySemicolon ? (parts[0] ?? head) : head.slice(0, commas[keep - 1]?.index ?? head.length);
  }
  // "নাম: ৭ কার্যদিবস, ফি ৫০ টাকা" or "নাম - বিবরণ": the name, then what it says of the service. A label in the
  // head is the service's own name ("বিল পরিশোধ:"), unless it is the name's title ("সেবার নাম:").
  const label = prose ? null : (LABEL.exec(head) ?? DASHED.exec(head));
  if (label?.[1] !== undefined && label[2] !== undefined) {
    const titled = fieldOf(label[1]) === 'name' && (scoreTitle(label[1], SERVICE_COLUMNS).get('name') ?? 0) >= 3;
    cells.name = clean(titled ? label[2] : label[1]);
    if (!titled) scan.push(label[2]);
  } else {
    cells.name = clean(head);
    if (!prose) scan.push(head);
  }
  for (const text of more) {
    const m = LABEL.exec(text);
    const f = m?.[1] === undefined ? null : fieldOf(m[1]);
    if (m?.[2] !== undefined && f !== null && f !== 'name') cells[f] = cells[f] === undefined ? m[2] : `${cells[f]} ${m[2]}`;
    else scan.push(text);
  }
  // A sentence that is a labelled field ("… free of cost. Contact: Upazila Engineer, phone …") gives that field.
  const sentences = scan
    .flatMap(sentencesOf)
    .map((s) => s.trim())
    .filter((s) => {
      const m = LABEL.exec(s);
      const f = m?.[1] === undefined ? null : fieldOf(m[1]);
      if (m?.[2] === undefined || f === null || f === 'name' || cells[f] !== undefined) return true;
      cells[f] = m[2];
      return false;
    });
  const found = fieldsInSentences(sentences);
  cells.timeLimit ??= found.timeLimit;
  cells.fee ??= found.fee;
  // A post a sentence mentions is a guess, and the officer named for every service is no guess.
  if (prose && cells.responsible === undefined && defaults.responsible === undefined) {
    const named = sentences.map(designationIn).find((d) => d !== null);
    if (named !== undefined && named !== null) cells.responsible = named;
  }
  for (const key of Object.keys(defaults) as ServiceColumn[]) cells[key] ??= defaults[key];
  for (const key of Object.keys(cells) as ServiceColumn[]) if (cells[key] === undefined || cells[key] === '') delete cells[key];
  return cells;
}

/**
 * Lettered headings each followed by numbered items that start again at 1 ("ক) প্রশিক্ষণ" / "১. …" "২. …" /
 * "খ) ঋণ" / "১. …"): the numbered items are the services, in groups; null for any other list.
 */
function groupsOf(items: readonly Item[]): Array<{ heading: Item; members: Item[] }> | null {
  if (items[0]?.level !== 'letter') return null;
  const groups: Array<{ heading: Item; members: Item[] }> = [];
  for (const item of items) {
    if (item.level === 'letter') groups.push({ heading: item, members: [] });
    else groups[groups.length - 1]?.members.push(item);
  }
  // Each group numbers its items from 1, or marks them with bullets ("· উপজেলা স্বাস্থ্য কমপ্লেক্স: সকাল ৮টা …").
  const restarts = groups.every((g) => {
    const first = g.members[0];
    return first !== undefined && (first.level === 'bullet' || parseInteger(first.mark ?? '') === 1);
  });
  return groups.length >= 2 && restarts ? groups : null;
}

/** A group heading whose items are not services: where and when ("সেবা প্রদানের স্থান ও সময়"), papers, expectations. */
const NOT_SERVICES = bnRegExp(
  'স্থান\\s*ও\\s*সময়|সময়\\s*ও\\s*স্থান|প্রয়োজনীয়\\s*কাগজ|প্রত্যাশা|\\bplaces?\\s+and\\s+(?:hours|time)|required\\s+(?:papers|documents)|\\bexpectations?\\b',
  'iu',
);

/** The fields a group's heading gives its items: bracketed labels ("(কোর্স ফি: ৫০০ টাকা)") or a fee in brackets. */
function headingFields(head: string): Partial<Record<ServiceColumn, string>> {
  const cells: Partial<Record<ServiceColumn, string>> = {};
  for (const m of head.matchAll(/\(([^()]*)\)/gu)) {
    const inner = m[1] ?? '';
    const field = listField(inner);
    if (field !== null) cells[field[0]] ??= field[1];
    else {
      const found = fieldsInSentences([inner]);
      if (found.fee !== undefined) cells.fee ??= found.fee;
      if (found.timeLimit !== undefined) cells.timeLimit ??= found.timeLimit;
    }
  }
  // "(ক) বিনামূল্যে প্রদত্ত সেবা", "(খ) নির্ধারিত ফি প্রদান সাপেক্ষে প্রদত্ত সেবা": the heading itself says the fee.
  const outside = head.replace(/\([^()]*\)/gu, ' ').trim();
  const kind = outside === '' ? 'text' : parseFee(outside).kind;
  if (cells.fee === undefined && (kind === 'free' || kind === 'policy')) cells.fee = outside;
  return cells;
}

/**
 * "সকল সেবা বিনামূল্যে প্রদান করা হয়।", "উপরোক্ত সকল সেবার জন্য কোনো ফি লাগে না", "All services are free of cost": a
 * sentence, under or above the services, that gives the fee of every one of them.
 */
const EVERY_FEE = bnRegExp(
  '^(?:[*※]\\s*|(?:বিঃ\\s*দ্রঃ|বি:\\s*দ্র:|দ্রষ্টব্য|নোট|note)\\s*[:ঃ-]?\\s*)?(?:(?:উপরোক্ত|উপরের|উল্লিখিত|উল্লেখিত|এ\\s*অফিসের|এই\\s*অফিসের|এ\\s*কার্যালয়ের|এই\\s*কার্যালয়ের|এ\\s*দপ্তরের)?\\s*(?:সকল|সব|সমস্ত)\\s*(?:ধরনের\\s*)?সেবা(?:ই|র|সমূহ|সমূহের)?\\s|(?:all|each of)\\s+(?:the\\s+|our\\s+|these\\s+|of\\s+the\\s+)?services\\b)',
  'iu',
);

/** The fee such a sentence gives every service (its own words), or null when the line is no such sentence. */
export function everyServiceFee(text: string): string | null {
  const t = text.trim();
  // "• সকল সেবা সম্পর্কিত তথ্য প্রদান: বিনামূল্যে" is an item of a list, with its label and value: no note.
  if (t.length > 120 || !EVERY_FEE.test(t) || /[:ঃ]/u.test(t.replace(/^(?:বিঃ\s*দ্রঃ|বি:\s*দ্র:|দ্রষ্টব্য|নোট|note)\s*[:ঃ]/iu, ''))) return null;
  const kind = parseFee(t).kind;
  return kind === 'free' || kind === 'policy' ? t.replace(/^[*※]\s*/u, '').replace(/[।.\s]+$/u, '') : null;
}

/**
 * The services a list holds. With two levels ("৩। সেবা প্রদানের বিষয়ঃ" then "(ক) …"), the lettered items are the
 * services and the numbered ones the list's own fields ("দায়িত্ব প্রাপ্ত কর্মকর্তাঃ …" applies to every service).
 */
export function readServiceList(all: readonly Line[], everyOfficer?: string): ListResult {
  // A sentence that gives every service's fee is no item's, not even the last one's it follows.
  const everyFee = all.filter((l) => !l.isRow && everyServiceFee(l.text) !== null);
  const lines = everyFee.length === 0 ? all : all.filter((l) => !everyFee.includes(l));
  let items = itemsOf(lines);
  let prose = false;
  if (items.length < 2) {
    items = blocksOf(lines);
    prose = true;
  }
  if (items.length < 2) items = colonItems(lines);
  const used = new Set<number>();
  if (items.length < 2) return { rows: [], used };
  // Two levels need two lettered items at least: one "ক)" line alone is no level of its own.
  const twoLevels = items.filter((i) => i.level === 'letter').length >= 2 && items.some((i) => i.level === 'number');
  const defaults: Partial<Record<ServiceColumn, string>> = everyOfficer === undefined ? {} : { responsible: everyOfficer };
  for (const l of everyFee) {
    defaults.fee ??= everyServiceFee(l.text) ?? undefined;
    used.add(l.no);
  }
  // Labelled lines above the first item ("দায়িত্বপ্রাপ্ত কর্মকর্তাঃ …") give that field to every item.
  const first = items[0]?.line ?? 0;
  for (const line of lines) {
    if (line.no >= first || line.isRow) continue;
    const field = listField(line.text);
    if (field === null) continue;
    defaults[field[0]] ??= field[1];
    used.add(line.no);
  }
  if (twoLevels) {
    for (const item of items.filter((i) => i.level === 'number')) {
      const m = LABEL.exec(item.head);
      const f = m?.[1] === undefined ? null : fieldOf(m[1]);
      if (m?.[2] !== undefined && f !== null && f !== 'name' && m[2].trim() !== '') defaults[f] = m[2];
      used.add(item.line);
    }
  }
  const grouped = groupsOf(items);
  if (grouped !== null) {
    // Numbered services under lettered headings: a heading's fields ("(কোর্স ফি: ৫০০ টাকা)", "(বিনামূল্যে)")
    // are its items'.
    const rows: TableRow<ServiceColumn>[] = [];
    for (const { heading, members } of grouped) {
      // A group of places and hours, papers or expectations lists no services: its lines stay for the findings.
      if (NOT_SERVICES.test(heading.head)) continue;
      used.add(heading.line);
      for (const no of heading.moreLines) used.add(no);
      const own = { ...defaults, ...headingFields(heading.head) };
      for (const item of members) {
        used.add(item.line);
        for (const no of item.moreLines) used.add(no);
        rows.push({ serial: rows.length + 1, line: item.line, cells: readItem(item, own, prose), columns: {} });
      }
    }
    return { rows, used };
  }
  const services = twoLevels ? items.filter((i) => i.level !== 'number') : items;
  const rows = services.map((item, i): TableRow<ServiceColumn> => {
    used.add(item.line);
    return { serial: i + 1, line: item.line, cells: readItem(item, defaults, prose), columns: {} };
  });
  for (const s of services) for (const no of s.moreLines) used.add(no);
  return { rows, used };
}

/** Whether lines hold a list of at least two items, or two prose blocks: evidence of services without a table. */
export function listStart(lines: readonly Line[]): number | null {
  const items = itemsOf(lines);
  if (items.length >= 2) return items[0]?.line ?? null;
  const blocks = blocksOf(lines);
  if (blocks.length >= 2) return blocks[0]?.line ?? null;
  return colonItems(lines)[0]?.line ?? null;
}
