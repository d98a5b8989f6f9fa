// The national service search: every published service of every office, found by misspelled, variant and
// romanised words, filtered by place, office level and service group; public, reads only.
import { z } from 'zod';
import type { Db } from '../../db/client.ts';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { OFFICE_LEVELS, SERVICE_CATEGORIES, type Fee, type TimeLimit } from '../../charter/model.ts';
import { DIVISIONS, divisionOf } from './divisions.ts';
import { searchTerms } from './search-text.ts';
import * as repo from './search.repo.ts';

// A search never fails: a filter that does not parse (a hand-edited address) is left out, a long query cut.
const code = (digits: number) =>
  z
    .string()
    .transform((s) => toAsciiDigits(s.trim()))
    .pipe(z.string().regex(new RegExp(`^\\d{${digits}}$`)))
    .optional()
    .catch(undefined);
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values).optional().catch(undefined);

export const searchInputSchema = z.object({
  q: z
    .string()
    .catch('')
    .transform((s) => s.slice(0, 200)),
  division: code(2),
  district: code(2),
  upazila: code(4),
  level: choice(OFFICE_LEVELS),
  category: choice(SERVICE_CATEGORIES),
  limit: z.coerce.number().int().min(1).max(50).catch(20),
});
/** What a page's or the API's query gives: strings (a number for the limit from code). */
export type SearchInput = { [K in keyof z.output<typeof searchInputSchema>]?: string | number };

export interface SearchResult {
  service: { id: number; name: string; category: string; serial: number; position: number; timeLimit: TimeLimit; fee: Fee };
  office: { id: number; nameBn: string; nameEn: string; level: string };
  /** the service's row on its office's charter page */
  url: string;
  score: number;
}

/** Services of the latest published editions like the query, best first; an empty query finds nothing. */
export async function searchServices(db: Db, input: SearchInput): Promise<SearchResult[]> {
  const v = searchInputSchema.parse(input);
  const terms = searchTerms(v.q);
  if (!terms.length) return [];
  const byPlace = v.district ? [v.district] : v.division ? (divisionOf(v.division)?.districts.map((d) => d.code) ?? []) : undefined;
  // an upazila's geocode starts with its district's (as the importer and the demo read them): the district
  // index then answers an upazila too
  const upazilaDistrict = v.upazila?.slice(0, 2);
  const districtCodes = upazilaDistrict ? (byPlace ?? [upazilaDistrict]).filter((d) => d === upazilaDistrict) : byPlace;
  const hits = await repo.searchServices(db, terms, { districtCodes, upazilaCode: v.upazila, level: v.level, category: v.category }, v.limit);
  return hits.map(({ service: s, office, score }) => ({
    service: {
      id: s.id,
      name: s.name,
      category: s.category,
      serial: s.serial,
      position: s.position,
      timeLimit: { immediate: s.timeImmediate, workingDays: s.timeWorkingDays, text: s.timeText },
      fee: { kind: s.feeKind as Fee['kind'], amountTaka: s.feeAmountTaka, text: s.feeText, paymentMethod: s.paymentMethod },
    },
    office: { id: office.id, nameBn: office.nameBn, nameEn: office.nameEn, level: office.level },
    url: `/offices/${office.id}/charter#service-${s.position}`,
    score,
  }));
}

export { DIVISIONS };
