// Applies a finding's fix to a charter: the one click with which an editor accepts a certain repair.
import { charterSchema, type Charter, type Finding } from '../model.ts';

type Fix = NonNullable<Finding['fix']>;

/** A copy of the charter with the fix's value set at its path; throws when the path leads nowhere. */
export function applyFix(charter: Charter, fix: Fix): Charter {
  const copy: unknown = structuredClone(charter);
  const last = fix.path.at(-1);
  if (last === undefined) throw new Error('A fix needs a path');
  let node: unknown = copy;
  for (const key of fix.path.slice(0, -1)) {
    node = node !== null && typeof node === 'object' ? (node as Record<string | number, unknown>)[key] : undefined;
  }
  if (node === null || typeof node !== 'object' || !(last in node)) {
    throw new Error(`The fix's path leads nowhere: ${fix.path.join('.')}`);
  }
  (node as Record<string | number, unknown>)[last] = structuredClone(fix.value);
  return charterSchema.parse(copy);
}
