// The office's own codes, read across the rows. (One officer with two codes, or one e-mail under two names,
// is checked by the lint over the structured charter: charter/lint/rules/officers.ts.)
import type { OfficeLevel } from '../../charter/model.ts';
import type { PlacedPerson } from './section.ts';

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
