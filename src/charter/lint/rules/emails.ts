// E-mail addresses that cannot be delivered: a space inside, no @ (written "(at)", "[at]", " at ", or left out), or not shaped like an address.
import type { Charter, Finding, Person } from '../../model.ts';
import { deeper, personsOf, type Place } from '../places.ts';
import { report } from '../report.ts';

const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isEmail(text: string): boolean {
  return ADDRESS.test(text);
}

/** Around an @ in text the importer could not read as an address: a space beside the @, or a fragment ending in "." "_" "-" then a space. */
const AT_WITH_SPACE = /[A-Za-z0-9._%+-]\s+@|@\s+[A-Za-z0-9]|[A-Za-z0-9][._-]\s+[A-Za-z0-9._%+-]+@/;
const AT_WORD = /\S*@\S*/;
/** Written without its @: "name.gmail.com", "namegmail.com" (not "www.gmail.com"). */
const NO_AT = /(?<![\w.@/])(?!www\.)[A-Za-z0-9._%+-]*[A-Za-z0-9][._-]?(?:gmail|yahoo|hotmail|outlook|ymail)\.com\b/i;

/**
 * The @ written as a word, as offices do to keep an address from robots: "uno.debiganj(at)mopa.gov.bd",
 * "[at]", "{at}", "(@)", " at " (the spaced word only after something shaped like an address's first part),
 * and the dots of the domain as "(dot)". Groups: the part before, the @ word, the domain when it follows.
 */
const HIDDEN_AT =
  /([A-Za-z0-9._%+-]+)(\s*(?:\(\s*at\s*\)|\[\s*at\s*\]|\{\s*at\s*\}|\(@\)|\[@\])\s*|\s+at(?:\s+|$))([A-Za-z0-9-]+(?:(?:\.|\s*[([]dot[)\]]\s*)[A-Za-z0-9-]+)+)?/i;
const DOT_WORD = /\s*[([]dot[)\]]\s*/gi;
/** An e-mail label with nothing after it: where the importer took what followed for a web address. */
const EMAIL_LABEL_END = /(?:ই\s*-?\s*মেইল|ইমেইল|e-?mail)\s*(?:নং|নম্বর)?\s*[:ঃ–-]?\s*$/i;
const BARE_DOMAIN = /^(?!www\.)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$/i;

interface Hidden {
  /** As written (with the domain the importer took away put back). */
  written: string;
  /** The address with its @, when that is certain. */
  address: string | null;
}

/**
 * An address with its @ written as a word. When the domain is not beside it, the importer took it for the
 * person's web address: it is certain only when the person has exactly one bare domain (no www) and
 * nothing but a separator follows the @ word.
 */
function hiddenAt(text: string, websites: readonly string[]): Hidden | null {
  const m = HIDDEN_AT.exec(text);
  if (m === null) return null;
  const [whole, local = '', at = '', domain] = m;
  const spaced = /^\s+at/i.test(at);
  const after = text.slice(m.index + whole.length);
  const alone = /^[\s,;|]*(?:$|[^\x00-\x7F])/.test(after);
  // " at " is an English word too: only after an address's first part (letters with "." or "_", or an e-mail label) and before its domain or nothing
  const addressLike = /^[a-z][a-z0-9._-]*$/i.test(local) && (/[._]/.test(local) || EMAIL_LABEL_END.test(text.slice(0, m.index)));
  if (spaced && (!addressLike || (domain === undefined && !alone))) return null;
  if (domain !== undefined) {
    const address = `${local}@${domain.replace(DOT_WORD, '.')}`;
    return { written: whole.trim(), address: isEmail(address) ? address : null };
  }
  const bare = websites.filter((w) => BARE_DOMAIN.test(w));
  const written = whole.trim();
  const only = bare.length === 1 ? bare[0] : undefined;
  if (only === undefined || !alone) return { written, address: null };
  const address = `${local}@${only}`;
  return { written: `${written}${spaced || /^\s/.test(at) ? ' ' : ''}${only}`, address: isEmail(address) ? address : null };
}

function invalid(place: Place, written: string, fix?: { path: Place['path']; value: string | string[]; address: string }): Finding {
  return report('email.invalid', place, { written }, fix && { path: fix.path, value: fix.value, label: 'write', params: { value: fix.address } });
}

/** What the person's other text says about an address the importer could not read (it keeps such text there). */
function fromOther(person: Person, place: Place): Finding | null {
  const other = person.other ?? '';
  if (AT_WITH_SPACE.test(other)) {
    return report('email.space', place, { written: other }, undefined, 'uncertain');
  }
  const hidden = hiddenAt(other, person.websites);
  if (hidden !== null) {
    const { address } = hidden;
    // once the fix has added the address, the text it was read from is no longer a finding
    if (address !== null && person.emails.includes(address)) return null;
    const path = deeper(place, 'emails').path;
    return invalid(place, hidden.written, address === null ? undefined : { path, value: [...person.emails, address], address });
  }
  const bare = NO_AT.exec(other);
  if (other.includes('@') || bare !== null) return invalid(place, bare?.[0] ?? AT_WORD.exec(other)?.[0] ?? other);
  // "ই-মেইলঃ dcpanchagarh.gov.bd": the importer kept the label and took the domain for a web address
  const domain = person.websites.find((w) => BARE_DOMAIN.test(w));
  if (person.emails.length === 0 && domain !== undefined && EMAIL_LABEL_END.test(other)) return invalid(place, domain);
  return null;
}

export function emails(charter: Charter): Finding[] {
  const findings: Finding[] = [];
  for (const { person, place } of personsOf(charter)) {
    person.emails.forEach((written, k) => {
      const at = deeper(place, 'emails', k);
      const joined = written.replace(/\s+/g, '');
      if (joined !== written && isEmail(joined)) {
        findings.push(report('email.space', place, { written }, { path: at.path, value: joined, label: 'write', params: { value: joined } }));
      } else if (!isEmail(written)) {
        const hidden = written.includes('@') ? null : hiddenAt(written, []);
        const address = hidden?.address ?? null;
        findings.push(invalid(place, written, address === null ? undefined : { path: at.path, value: address, address }));
      }
    });
    const other = fromOther(person, place);
    if (other !== null) findings.push(other);
  }
  return findings;
}
