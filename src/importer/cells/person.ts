// Reads an officer block ("মোঃ ইলিয়াজ হোসেন সহকারী প্রোগ্রামার উপজেলা কোডঃ ৭৭৩৪ মোবাইলঃ ...") into a Person.
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Issue } from '../../charter/finding.ts';
import { emptyPerson, type Person } from '../../charter/model.ts';
import { CUT, takeCodes, takeEmails, takePhones, takeRoom, takeWebsites } from './contacts.ts';
import { hasPlaceWord, isRoleWord, splitNameDesignation } from './names.ts';
import { saysNone } from './none.ts';

export interface ParsedPerson {
  /** Null when the cell is empty. */
  person: Person | null;
  issues: Issue[];
}

/** Pieces left after the contacts were taken out: separators and bare labels carry nothing. */
function leftovers(rest: string): string[] {
  return rest
    .split(CUT.trim())
    .map((p) => normalizeLine(p).replace(/^[,;:ঃ\-–\s]+|[,;:ঃ\-–\s]+$/g, ''))
    .filter((p) => p !== '');
}

/** The piece that names the officer: the first one with a role word or a courtesy title, else the first. */
function headIndex(pieces: readonly string[]): number {
  const i = pieces.findIndex((p) => p.split(' ').some(isRoleWord) || /^(জনাব|মোঃ|মো:)/u.test(p));
  return i >= 0 ? i : hasPlaceWord(pieces[0] ?? '') ? -1 : 0;
}

/** "নাম:" and "পদবি:" (and their English) label the parts of a block: the label says what the words are. */
const NAME_OR_TITLE = /(নাম|name|পদবি|পদবী|designation)\s*[:ঃ]\s*/giu;
/** Labels that end a labelled name or designation. */
const NEXT_LABEL =
  /(?:নাম|name|পদবি|পদবী|designation|ফোন|মোবাইল|টেলিফোন|ফ্যাক্স|ই-?মেইল|ইমেইল|ওয়েব|ঠিকানা|phone|mobile|tel|fax|e-?mail|web|address)\s*(?:নং|নম্বর|no\.?)?\s*[:ঃ]/giu;
const COURTESY_HEAD = /^(?:জনাব|জনাবা|mr\.?|mrs\.?|ms\.?)\s+/iu;

interface Labelled {
  name: string | null;
  designation: string | null;
  rest: string;
}

/** Takes the labelled name and designation out of a block; each runs to a comma, a danda or the next label. */
function takeLabelled(text: string): Labelled {
  const found: Labelled = { name: null, designation: null, rest: text };
  const cuts: Array<[number, number]> = [];
  for (const m of text.matchAll(NAME_OR_TITLE)) {
    const from = m.index + m[0].length;
    NEXT_LABEL.lastIndex = from;
    const next = NEXT_LABEL.exec(text);
    const end = next === null ? text.length : next.index;
    const stop = text.slice(from, end).search(/[,;।]/u);
    const valueEnd = stop < 0 ? end : from + stop;
    const value = normalizeLine(text.slice(from, valueEnd)).replace(/[.\s]+$/u, '');
    if (value === '') continue;
    if (/নাম|name/iu.test(m[1] ?? '')) found.name ??= value.replace(COURTESY_HEAD, '');
    else found.designation ??= value;
    cuts.push([m.index, valueEnd]);
  }
  for (const [a, b] of cuts.reverse()) found.rest = `${found.rest.slice(0, a)}${CUT}${found.rest.slice(b)}`;
  return found;
}

/** "নাম ও পদবি:", "Name and designation:": one label for both, the block after it as written ("name, post"). */
const NAME_AND_TITLE = /(?:নাম\s*(?:ও|এবং|\/)\s*পদব[িী]|name\s*(?:and|&|\/)\s*designation)\s*[:ঃ]\s*/giu;

/** "উপজেলা সমবায় অফিসার (মোবাইল: …, ই-মেইল: …)": the contacts in brackets are the block's, not a part of the post. */
const CONTACT_IN_BRACKETS = /\(\s*((?:ফোন|মোবাইল|মোবা|টেলিফোন|ই-?মেইল|ইমেইল|phone|mobile|tel|e-?mail)\s*(?:[:ঃ.]|(?=\s*[+০-৯0-9]))[^()]*)\)/giu;

const FOCAL_LINE = /(^|\n)[ \t]*(\((?:ফোকাল|focal)[^()\n]*\))[ \t]*([^\n]+)/giu;

/** Parses one officer block; everything the fields do not hold is kept in `other`. */
export function parsePerson(cell: string): ParsedPerson {
  // "পরিদর্শক" then "(ফোকাল পয়েন্ট) মোছাঃ …" on the next line: the note is the person's role here, not the post's
  // nor the name's; it goes after the name, to be kept with the rest.
  const written = normalizeLine(cell.replace(FOCAL_LINE, '$1$3, $2')).replace(NAME_AND_TITLE, '').replace(CONTACT_IN_BRACKETS, ', $1');
  // "প্রযোজ্য নয়", "কেউ নির্ধারিত নেই": the cell names nobody, as an empty one does.
  if (written === '' || saysNone(written)) return { person: null, issues: [] };
  const labelled = takeLabelled(written);
  const text = labelled.rest;
  const emails = takeEmails(text);
  const webs = takeWebsites(emails.rest);
  const codes = takeCodes(webs.rest);
  const room = takeRoom(codes.rest);
  const phones = takePhones(room.rest);
  const pieces = leftovers(phones.rest);
  const head = headIndex(pieces);
  const parts = head >= 0 ? splitNameDesignation(pieces[head] ?? '') : { name: null, designation: null, rest: null };
  const otherParts = [
    ...pieces.slice(0, Math.max(head, 0)),
    ...(parts.rest === null ? [] : [parts.rest]),
    ...pieces.slice(head + 1),
    ...emails.kept,
    ...codes.kept,
    ...phones.kept,
  ];
  const codeFound = codes.found[0];
  const person: Person = {
    ...emptyPerson(),
    name: labelled.name ?? parts.name,
    designation: labelled.designation ?? parts.designation,
    room: room.found[0] ?? null,
    districtCode: codeFound?.districtCode ?? null,
    upazilaCode: codeFound?.upazilaCode ?? null,
    phones: phones.found,
    emails: emails.found,
    websites: webs.found,
    other: otherParts.length > 0 ? normalizeLine(otherParts.join('; ')) : null,
  };
  return { person, issues: [...emails.issues, ...codes.issues, ...phones.issues] };
}

/** "যোগাযোগ: …", "হটলাইন: …": the office's own contact, no officer's. */
const OFFICE_CONTACT =
  /^\s*(?:যোগাযোগ|ঠিকানা|অফিসের|কার্যালয়ের|দপ্তরের|হট\s*লাইন|হেল্প\s*লাইন|বিঃ\s*দ্রঃ|বি:\s*দ্র:|নোট|দ্রষ্টব্য|[*※]|contact\b|address\b|office(?![a-z])|hotline\b|helpline\b|note\b)/iu;

/** "ফোন: … (অফিস)", "Office: …": the office's number, not its officer's (অফিসার is no match). */
const OFFICE_WORD = /(?:^|[\s(])(?:অফিস|অফিসের|office)(?=[\s),।:ঃ]|$)/iu;

/**
 * Whether a line alone is a part of an officer's block (a name, a post, a phone, an e-mail), as the lines of a
 * cell copied from Word are, and not the office's contact or address, a note or a sentence.
 */
export function isOfficerLine(text: string, reachable = false): boolean {
  if (text.trim() === '' || text.length > 80 || /।\s*$/u.test(text) || OFFICE_CONTACT.test(text) || OFFICE_WORD.test(text) || hasPlaceWord(text)) return false;
  const person = parsePerson(text).person;
  if (person === null) return false;
  // `reachable`: a line of the phone or e-mail alone, not a signature ("name, post, mobile") under the table.
  if (reachable) return (person.phones.length > 0 || person.emails.length > 0) && person.name === null && person.designation === null;
  return person.phones.length > 0 || person.emails.length > 0 || person.name !== null || person.designation !== null;
}
