// Findings from the pure parsers: an Issue is a Finding that does not yet know where it happened.
import { bengaliDigitsInProse } from '../bangla/digits.ts';
import { normalizeLine } from '../bangla/normalize.ts';
import type { Finding } from './model.ts';

export type Severity = Finding['severity'];
export type Issue = Omit<Finding, 'where'>;

/** One finding message in both languages, English first: "Time limit has no number / সময়সীমায় ...". */
export function issue(severity: Severity, code: string, en: string, bn: string): Issue {
  return { severity, code, message: normalizeLine(`${en} / ${bengaliDigitsInProse(bn)}`) };
}

/** Places issues in the document. */
export function at(where: string, issues: readonly Issue[]): Finding[] {
  return issues.map((i) => ({ ...i, where }));
}

/**
 * Joins findings that say exactly the same thing into one that lists every place: the same officer
 * block is copied into every row, and twenty identical findings hide the one that differs.
 */
export function mergeRepeated(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding & { places: string[] }>();
  for (const f of findings) {
    const key = `${f.severity}\u0000${f.code}\u0000${f.message}`;
    const seen = byKey.get(key);
    if (seen) {
      if (!seen.places.includes(f.where)) seen.places.push(f.where);
    } else {
      byKey.set(key, { ...f, places: [f.where] });
    }
  }
  return [...byKey.values()].map(({ places, ...f }) => ({ ...f, where: places.join('; ') }));
}
