// Reads an officer block ("মোঃ ইলিয়াজ হোসেন সহকারী প্রোগ্রামার উপজেলা কোডঃ ৭৭৩৪ মোবাইলঃ ...") into a Person.
import { normalizeLine } from '../bangla/normalize.ts';
import type { Issue } from '../charter/finding.ts';
import { emptyPerson, type Person } from '../charter/model.ts';
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

/** Parses one officer block; everything the fields do not hold is kept in `other`. */
export function parsePerson(cell: string): ParsedPerson {
  const text = normalizeLine(cell);
  // "প্রযোজ্য নয়", "কেউ নির্ধারিত নেই": the cell names nobody, as an empty one does.
  if (text === '' || saysNone(text)) return { person: null, issues: [] };
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
    name: parts.name,
    designation: parts.designation,
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
