// How a lint rule says what it found: a catalogued code at a place, the values its message names, and a fix only
// when it is certain. The words are the message catalogue's (messages.ts), rendered at the edge (render.ts).
import type { Charter, Finding, FindingParams } from '../model.ts';
import { location } from '../finding.ts';
import { severityOf, type LintCode } from './catalogue.ts';
import type { FixKey } from './messages.ts';
import type { Path, Place } from './places.ts';

export type FixValue = NonNullable<Finding['fix']>['value'];

export interface Fix {
  path: Path;
  value: FixValue;
  /** What the fix does, as a key of the fix labels and its values. */
  label: FixKey;
  params?: FindingParams;
}

/** A rule looks at the whole charter and returns its findings; pure, no I/O, no clock. */
export type Rule = (charter: Charter) => Finding[];

/** A finding of a catalogued code; the severity is the catalogue's. */
export function report(code: LintCode, place: Place, params: FindingParams = {}, fix?: Fix, variant?: string): Finding {
  const finding: Finding = { severity: severityOf(code), code, params, location: location(place.location) };
  if (variant !== undefined) finding.variant = variant;
  if (fix !== undefined) finding.fix = { path: fix.path, value: fix.value, label: { key: fix.label, params: fix.params ?? {} } };
  return finding;
}
