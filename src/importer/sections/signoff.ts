// The block that closes a charter: date, the issuing officer's name and designation, and the office.
import { normalizeText } from '../../bangla/normalize.ts';
import { at, issue } from '../../charter/finding.ts';
import type { Charter, Finding } from '../../charter/model.ts';
import { looksLikeDate, parseDocumentDate } from '../cells/date.ts';
import type { Line } from '../lines.ts';
import { hasPlaceWord, isRoleWord, splitNameDesignation } from '../cells/names.ts';

type SignOff = NonNullable<Charter['signOff']>;

const hasRole = (text: string) => text.split(' ').some(isRoleWord);

/** Reads the sign-off lines; null when there are none. */
export function readSignOff(lines: readonly Line[]): { signOff: SignOff | null; findings: Finding[] } {
  const findings: Finding[] = [];
  const texts = lines.filter((l) => l.text !== '');
  if (texts.length === 0) return { signOff: null, findings };
  let date: string | null = null;
  const rest: Line[] = [];
  for (const line of texts) {
    if (date === null && looksLikeDate(line.text)) {
      date = parseDocumentDate(line.text);
      if (date === null) {
        findings.push(...at({ section: 'sign-off', line: line.no }, [issue('sign-off.date', { text: line.text })]));
      }
    } else {
      rest.push(line);
    }
  }
  let name: string | null = null;
  let designation: string | null = null;
  const first = rest[0]?.text;
  if (first !== undefined && !hasPlaceWord(first)) {
    // Name and designation on one line, or the name alone with the designation on the next line.
    const parts = splitNameDesignation(first);
    name = parts.name ?? (hasRole(first) ? null : first);
    designation = parts.designation;
    rest.shift();
    if (name === null && designation === null) designation = first;
  }
  const next = rest[0]?.text;
  if (designation === null && next !== undefined && hasRole(next)) {
    designation = next;
    rest.shift();
  }
  const office = normalizeText(rest.map((l) => l.text).join('\n'));
  return { signOff: { date, name, designation, office: office === '' ? null : office }, findings };
}
