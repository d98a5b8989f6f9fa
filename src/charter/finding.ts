// The one way to make a finding: a catalogued code with the values its message names, placed in the document.
// The severity is the catalogue's; the words, in either language, are the message catalogue's (render.ts).
import type { Finding, FindingLocation, FindingParams } from './model.ts';
import { catalogueEntry, type FindingCode } from './lint/catalogue.ts';

export type Severity = Finding['severity'];
/** A finding that does not yet know where it is: the parsers say what, their callers say where. */
export type Issue = Omit<Finding, 'location' | 'also'>;
export type Where = Partial<FindingLocation>;

/** An issue of a catalogued code; `variant` picks one of the code's messages. */
export function issue(code: FindingCode, params: FindingParams = {}, variant?: string): Issue {
  const severity = catalogueEntry(code)?.severity ?? 'warning';
  return variant === undefined ? { severity, code, params } : { severity, code, variant, params };
}

/** A location with what is not known left null. */
export function location(where: Where): FindingLocation {
  return { section: where.section ?? null, row: where.row ?? null, column: where.column ?? null, line: where.line ?? null };
}

/** Places issues in the document. */
export function at(where: Where, issues: readonly Issue[]): Finding[] {
  const loc = location(where);
  return issues.map((i) => ({ ...i, location: loc }));
}

/** The same words at every place, for merging and for counting a finding once. */
export function sameSaying(f: Pick<Finding, 'severity' | 'code' | 'variant' | 'params'>): string {
  return `${f.severity}\u0000${f.code}\u0000${f.variant ?? ''}\u0000${JSON.stringify(f.params)}`;
}

/**
 * Joins findings that say exactly the same thing into one that lists every place: the same officer
 * block is copied into every row, and twenty identical findings hide the one that differs.
 */
export function mergeRepeated(findings: readonly Finding[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const f of findings) {
    const key = sameSaying(f);
    const seen = byKey.get(key);
    if (seen === undefined) {
      byKey.set(key, { ...f });
      continue;
    }
    const same = (a: FindingLocation) => JSON.stringify(a) === JSON.stringify(f.location);
    if (same(seen.location) || (seen.also ?? []).some(same)) continue;
    seen.also = [...(seen.also ?? []), f.location];
  }
  return [...byKey.values()];
}
