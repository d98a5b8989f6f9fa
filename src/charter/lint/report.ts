// How a lint rule says what it found: a catalogued code at a place, in both languages, with a fix only when it is certain.
import { bengaliDigitsInProse } from '../../bangla/digits.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import type { Charter, Finding } from '../model.ts';
import { severityOf, type LintCode } from './catalogue.ts';
import type { Path, Place } from './places.ts';

export type FixValue = NonNullable<Finding['fix']>['value'];

export interface Fix {
  path: Path;
  value: FixValue;
  en: string;
  bn: string;
}

/** A rule looks at the whole charter and returns its findings; pure, no I/O, no clock. */
export type Rule = (charter: Charter) => Finding[];

/** A finding of a catalogued code; the severity is the catalogue's, the message "English / Bangla". */
export function report(code: LintCode, place: Place, en: string, bn: string, fix?: Fix): Finding {
  const finding: Finding = {
    severity: severityOf(code),
    code,
    message: normalizeLine(`${en} / ${bengaliDigitsInProse(bn)}`),
    where: place.where,
    location: place.location,
  };
  if (fix !== undefined) finding.fix = { path: fix.path, value: fix.value, label: normalizeLine(`${fix.en} / ${bengaliDigitsInProse(fix.bn)}`) };
  return finding;
}
