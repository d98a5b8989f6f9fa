// Checks across rows: one officer with two office codes, one e-mail under two names, and the office's own codes.
import { toBengaliDigits } from '../bangla/digits.ts';
import { at, issue } from '../charter/finding.ts';
import type { Finding, OfficeLevel } from '../charter/model.ts';
import type { PlacedPerson } from './services.ts';

/** Groups places by a value: value -> places, in first-seen order. */
function placesBy(persons: readonly PlacedPerson[], value: (p: PlacedPerson) => string | null): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const p of persons) {
    const v = value(p);
    if (v !== null) map.set(v, [...(map.get(v) ?? []), p.where]);
  }
  return map;
}

/** The places of every value but the commonest: where the odd one out is. When tied, all places. */
function oddPlaces(groups: Map<string, string[]>): string[] {
  const sizes = [...groups.values()].map((g) => g.length);
  const top = Math.max(...sizes);
  const tied = sizes.filter((s) => s === top).length > 1;
  return [...groups.values()].filter((g) => tied || g.length < top).flat();
}

/** The same officer given two different upazila (or district) codes. */
export function codeMismatches(persons: readonly PlacedPerson[]): Finding[] {
  const byName = placesBy(persons, (p) => p.person.name);
  const findings: Finding[] = [];
  for (const name of byName.keys()) {
    const theirs = persons.filter((p) => p.person.name === name);
    for (const [key, bn] of [['upazilaCode', 'উপজেলা'], ['districtCode', 'জেলা']] as const) {
      const codes = placesBy(theirs, (p) => p.person[key]);
      if (codes.size < 2) continue;
      const list = [...codes.keys()];
      findings.push(
        ...at(oddPlaces(codes).join('; '), [
          issue('warning', 'officer.code-mismatch', `Officer ${name} is given different ${bn === 'জেলা' ? 'district' : 'upazila'} codes: ${list.join(', ')}`, `একই কর্মকর্তা ${name} এর ভিন্ন ভিন্ন ${bn} কোড: ${list.map(toBengaliDigits).join(', ')}`),
        ]),
      );
    }
  }
  return findings;
}

/** One e-mail address printed under two different officers' names: one of the blocks is wrong. */
export function sharedEmails(persons: readonly PlacedPerson[]): Finding[] {
  const findings: Finding[] = [];
  const emails = new Set(persons.flatMap((p) => p.person.emails.map((e) => e.toLowerCase())));
  for (const email of emails) {
    const named = persons.filter((p) => p.person.name !== null && p.person.emails.some((e) => e.toLowerCase() === email));
    const names = placesBy(named, (p) => p.person.name);
    if (names.size < 2) continue;
    findings.push(
      ...at(oddPlaces(names).join('; '), [
        issue('warning', 'officer.email-shared', `The e-mail ${email} is given for different officers: ${[...names.keys()].join(', ')}`, `একই ই-মেইল ${email} ভিন্ন কর্মকর্তার নামে: ${[...names.keys()].join(', ')}`),
      ]),
    );
  }
  return findings;
}

/** The commonest value, or null. */
function mode(values: readonly (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) if (v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > (counts.get(best) ?? 0)) best = v;
  return best;
}

/**
 * The office's codes, read from the officer blocks of its service tables: its own officers print the
 * upazila code, and every block names the district (the parent office's district for an upazila).
 */
export function officeCodes(level: OfficeLevel | null, persons: readonly PlacedPerson[]): { districtCode: string | null; upazilaCode: string | null } {
  const inServices = persons.filter((p) => p.role !== 'grievance');
  const upazilaCode = level === 'upazila' ? mode(inServices.map((p) => p.person.upazilaCode)) : null;
  const districtCode = mode(inServices.map((p) => p.person.districtCode)) ?? (upazilaCode === null ? null : upazilaCode.slice(0, 2));
  return { districtCode, upazilaCode };
}
