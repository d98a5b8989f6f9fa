// DoICT designations renamed in August 2024: প্রোগ্রামার is now জেলা আইসিটি অফিসার, সহকারী প্রোগ্রামার is now উপজেলা আইসিটি অফিসার.
//
// Only in the Department of ICT's own district and upazila charters: other offices have programmers whose posts
// were not renamed. "সিনিয়র সহকারী প্রোগ্রামার" and "সিস্টেম এনালিস্ট" are left alone: we know of no rename for them.
import { bnRegExp, hasAny } from '../../match.ts';
import type { Charter, Finding } from '../../model.ts';
import { deeper, personsOf, sectionPlace, type Place } from '../places.ts';
import { report } from '../report.ts';

interface Rename {
  old: RegExp;
  now: string;
  nowEn: string;
}

// Each old title must open the designation or follow a "(", ",", "/" or ";": inside a longer title
// ("সিনিয়র সহকারী প্রোগ্রামার", "উপজেলা সহকারী প্রোগ্রামার") it is not the renamed post, or not certainly.
const HEAD = '(^|[(,/;]\\s*)';
const TAIL = '(?=$|[\\s(),/;।.])';
const RENAMES: readonly Rename[] = [
  { old: bnRegExp(`${HEAD}সহকারী\\s*প্রোগ্রামার${TAIL}`), now: 'উপজেলা আইসিটি অফিসার', nowEn: 'Upazila ICT Officer' },
  { old: bnRegExp(`${HEAD}প্রোগ্রামার${TAIL}`), now: 'জেলা আইসিটি অফিসার', nowEn: 'District ICT Officer' },
  { old: new RegExp(`${HEAD}assistant\\s+programmer${TAIL}`, 'i'), now: 'Upazila ICT Officer', nowEn: 'Upazila ICT Officer' },
  { old: new RegExp(`${HEAD}programmer${TAIL}`, 'i'), now: 'District ICT Officer', nowEn: 'District ICT Officer' },
];
const NEW_TITLES = ['জেলা আইসিটি অফিসার', 'উপজেলা আইসিটি অফিসার', 'district ict officer', 'upazila ict officer'];
const DOICT = ['তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর', 'আইসিটি অধিদপ্তর', 'department of ict', 'doict'];

/** Whether the charter is one of the Department of ICT's district or upazila offices. */
function isDoictField(charter: Charter): boolean {
  if (charter.office.level === 'headquarters') return false;
  const texts = [charter.office.organisation, charter.office.name, charter.title, charter.signOff?.office].filter((t): t is string => !!t);
  return texts.some((t) => hasAny(t, DOICT)) || (charter.office.portal ?? '').toLowerCase().startsWith('doict.');
}

/** The designation with its old title renamed, or null; remembered, since a block repeats in every row. */
const renames = new Map<string, { value: string; nowEn: string } | null>();

function renameOf(designation: string): { value: string; nowEn: string } | null {
  const known = renames.get(designation);
  if (known !== undefined) return known;
  const rename = hasAny(designation, NEW_TITLES) ? undefined : RENAMES.find((r) => r.old.test(designation));
  const result = rename === undefined ? null : { value: designation.replace(rename.old, `$1${rename.now}`), nowEn: rename.nowEn };
  if (renames.size > 10_000) renames.clear();
  renames.set(designation, result);
  return result;
}

function renamed(designation: string, place: Place): Finding | null {
  const rename = renameOf(designation);
  if (rename === null) return null;
  const { value } = rename;
  return report(
    'designation.renamed',
    place,
    { from: designation, to: value },
    { path: place.path, value, label: 'renamed', params: { value, now: { en: value === rename.nowEn ? '' : ` (${rename.nowEn})`, bn: '' } } },
  );
}

export function designations(charter: Charter): Finding[] {
  if (!isDoictField(charter)) return [];
  const places: { designation: string; place: Place }[] = personsOf(charter).flatMap(({ person, place }) =>
    person.designation === null ? [] : [{ designation: person.designation, place: deeper(place, 'designation') }],
  );
  const signed = charter.signOff?.designation;
  if (signed) places.push({ designation: signed, place: sectionPlace('sign-off', ['signOff', 'designation']) });
  return places.flatMap(({ designation, place }) => {
    const f = renamed(designation, place);
    return f === null ? [] : [f];
  });
}
