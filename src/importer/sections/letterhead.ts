// The lines above the first section: government and department, the office, its portal, the title.
import { normalizeText } from '../../bangla/normalize.ts';
import { bnRegExp, hasAny, squash } from '../../charter/match.ts';
import type { Charter, OfficeLevel } from '../../charter/model.ts';
import type { Line } from '../lines.ts';
import { portalHost } from '../../charter/portal.ts';

type CharterOffice = Charter['office'];

const TITLE_WORDS = ['চার্টার', 'প্রতিশ্রুতি', 'charter'];
const PORTAL_LABEL = bnRegExp('^(?:ওয়েবসাইট|ওয়েব|web(?:site)?|portal|তথ্য বাতায়ন)\\s*[:ঃ]?', 'i');
const OFFICE_WORDS = ['কার্যালয়', 'অফিস', 'সদর দপ্তর', 'office of'];

/** The level an office line names; উপজেলা is tested before জেলা, which it contains. */
export function officeLevelOf(text: string): OfficeLevel {
  const s = squash(text);
  if (s.includes(squash('উপজেলা'))) return 'upazila';
  if (s.includes(squash('জেলা'))) return 'district';
  if (s.includes(squash('বিভাগীয়'))) return 'division';
  if (hasAny(text, ['প্রধান কার্যালয়', 'সদর দপ্তর', 'headquarters'])) return 'headquarters';
  return 'other';
}

export function isOfficeLine(text: string): boolean {
  return hasAny(text, OFFICE_WORDS);
}

/** An office name without the full stop some documents end it with. */
export function officeName(text: string): string {
  return text.replace(/[।.]+$/, '').trim();
}

export interface Letterhead {
  office: CharterOffice;
  title: string | null;
}

/** Sorts the letterhead lines into title, portal, office line and organisation lines; none is dropped. */
export function readLetterhead(lines: readonly Line[]): Letterhead {
  const office: CharterOffice = { name: null, level: null, districtCode: null, upazilaCode: null, portal: null, organisation: null };
  let title: string | null = null;
  const organisation: string[] = [];
  for (const { text } of lines) {
    if (text === '') continue;
    const host = portalHost(text.replace(PORTAL_LABEL, ''));
    if (host !== null && office.portal === null) office.portal = host;
    else if (title === null && hasAny(text, TITLE_WORDS)) title = text;
    else if (office.name === null && isOfficeLine(text)) {
      office.name = officeName(text);
      office.level = officeLevelOf(text);
    } else organisation.push(text);
  }
  const org = normalizeText(organisation.join('\n'));
  office.organisation = org === '' ? null : org;
  return { office, title };
}
