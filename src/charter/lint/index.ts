// Lint: the rules a structured charter is checked against, and lintCharter to run them all. Pure: no I/O, no clock.
import type { Charter, Finding, FindingLocation } from '../model.ts';
import { SECTION_ORDER } from './places.ts';
import type { Rule } from './report.ts';
import { bijoy, bijoyIn } from './rules/bijoy.ts';
import { columns } from './rules/columns.ts';
import { designations } from './rules/designations.ts';
import { duplicates } from './rules/duplicates.ts';
import { emails } from './rules/emails.ts';
import { fees } from './rules/fees.ts';
import { grievance } from './rules/grievance.ts';
import { officerContacts } from './rules/officers.ts';
import { phones } from './rules/phones.ts';
import { placeholders, placeholdersIn } from './rules/placeholders.ts';
import { responsible } from './rules/responsible.ts';
import { sections } from './rules/sections.ts';
import { spelling, spellingIn } from './rules/spelling.ts';
import { timeLimits } from './rules/time-limits.ts';

export { CATALOGUE, catalogueEntry, type CatalogueEntry, type FindingCode, type LintCode } from './catalogue.ts';

/** Every rule, by name; each one returns only its own codes (see the catalogue). */
export const RULES: Readonly<Record<string, Rule>> = {
  sections,
  responsible,
  phones,
  emails,
  officerContacts,
  designations,
  columns,
  timeLimits,
  fees,
  duplicates,
  grievance,
  placeholders,
  bijoy,
  spelling,
};

const sectionRank = (f: Finding) => {
  const i = SECTION_ORDER.indexOf(f.location?.section ?? '');
  return i < 0 ? SECTION_ORDER.length : i;
};

/** Findings in the order the document reads: by section, row and column; rules keep their order within a cell. */
function byPlace(a: Finding, b: Finding): number {
  return sectionRank(a) - sectionRank(b) || (a.location?.row ?? -1) - (b.location?.row ?? -1) || (a.location?.column ?? -1) - (b.location?.column ?? -1);
}

/** Checks a charter against every rule. The charter's own findings (the importer's) are not repeated. */
export function lintCharter(charter: Charter): Finding[] {
  return Object.values(RULES)
    .flatMap((rule) => rule(charter))
    .sort(byPlace);
}

/**
 * The checks of text alone (misspellings, Bijoy damage, unfilled blanks) on texts the Charter does not keep: the
 * column titles of a table and the cells under no known column, which the importer reports as unplaced. Their
 * fixes are dropped, as there is no value in the Charter to apply them to; the message still names the repair.
 */
export function lintTexts(texts: ReadonlyArray<{ text: string; location: FindingLocation }>): Finding[] {
  const at = texts.map(({ text, location }) => ({ text, place: { location, path: [] } }));
  return [...spellingIn(at), ...bijoyIn(at), ...placeholdersIn(at)].map(({ fix: _fix, ...f }) => f).sort(byPlace);
}
