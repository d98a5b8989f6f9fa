// Pulls the machine-readable parts out of an officer block: e-mails, web addresses, office codes, room, phones.
import { toAsciiDigits, toBengaliDigits } from '../../bangla/digits.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import { issue, type Issue } from '../../charter/finding.ts';
import { bnRegExp } from '../../charter/match.ts';
import { toE164 } from '../../charter/phone.ts';

export { toE164 };

/** Replaces what was taken with a separator, so the words on either side do not run together. */
export const CUT = ' | ';

export interface Taken<T> {
  found: T[];
  rest: string;
  issues: Issue[];
  /** Text kept as written for `other` (a phone number that is not valid). */
  kept: string[];
}

const EMAIL_LABEL = '(?:(?:ই\\s*-?\\s*মেইল|ইমেইল|e-?mail)\\s*(?:নং|নম্বর)?\\s*[:ঃ]?\\s*)?';
/**
 * An address, optionally preceded by an ASCII fragment ending in ".", "_" or "-" and a space: "doict. debiganj@gmail.com"
 * may be one address split twice, so that fragment makes the repair uncertain.
 */
const EMAIL = bnRegExp(
  `${EMAIL_LABEL}(?:([A-Za-z0-9._%+-]*[._-])\\s+)?([A-Za-z0-9._%+-]+)(\\s*)@(\\s*)([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})`,
  'gi',
);

export function takeEmails(text: string): Taken<string> {
  const out: Taken<string> = { found: [], rest: text, issues: [], kept: [] };
  const replace = (whole: string, fragment: string | undefined, local: string, s1: string, s2: string, domain: string): string => {
    const address = `${local}@${domain}`;
    const written = normalizeLine(whole);
    // Kept as written in `other`, where the lint reports it (email.space).
    if (fragment !== undefined) {
      out.kept.push(written);
      return CUT;
    }
    if (s1 !== '' || s2 !== '') {
      out.issues.push(issue('email.space', { written, address }, 'read-as'));
    }
    if (!out.found.includes(address)) out.found.push(address);
    return CUT;
  };
  out.rest = text.replace(EMAIL, replace);
  return out;
}

const WEB_LABEL = '(?:(?:ওয়েব\\s*(?:সাইট)?|web\\s*(?:site)?|portal|পোর্টাল)\\s*[:ঃ]?\\s*)?';
const WEB = bnRegExp(
  `${WEB_LABEL}(https?://[^\\s,;|]+|www\\.[^\\s,;|]+|[A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.(?:gov|com|org|net|edu|ac|info)\\.bd(?:/[^\\s,;|]*)?)`,
  'gi',
);

export function takeWebsites(text: string): Taken<string> {
  const out: Taken<string> = { found: [], rest: text, issues: [], kept: [] };
  out.rest = text.replace(WEB, (_whole: string, url: string) => {
    const clean = url.replace(/[.,;।]+$/, '');
    if (!out.found.includes(clean)) out.found.push(clean);
    return CUT;
  });
  return out;
}

const CODE = bnRegExp('(উপজেলা|জেলা)\\s*কোড\\s*(?:নং|নম্বর)?\\s*[:ঃ-]?\\s*([০-৯0-9]+)', 'g');

export interface Codes {
  districtCode: string | null;
  upazilaCode: string | null;
}

export function takeCodes(text: string): Taken<Codes> {
  const codes: Codes = { districtCode: null, upazilaCode: null };
  const out: Taken<Codes> = { found: [codes], rest: text, issues: [], kept: [] };
  out.rest = text.replace(CODE, (whole: string, kind: string, digits: string) => {
    const key = kind === 'জেলা'.normalize('NFC') ? 'districtCode' : 'upazilaCode';
    const code = toAsciiDigits(digits);
    const had = codes[key];
    if (had !== null && had !== code) {
      out.issues.push(issue('officer.code-mismatch', { a: { en: had, bn: toBengaliDigits(had) }, b: { en: code, bn: toBengaliDigits(code) } }, 'block'));
      out.kept.push(normalizeLine(whole));
    } else {
      codes[key] = code;
    }
    return CUT;
  });
  return out;
}

const ROOM = bnRegExp('(?:রুম|কক্ষ)\\s*(?:নং|নম্বর|no\\.?)?\\s*[:ঃ-]?\\s*([০-৯0-9][০-৯0-9A-Za-z/-]*)', 'gi');

export function takeRoom(text: string): Taken<string> {
  const out: Taken<string> = { found: [], rest: text, issues: [], kept: [] };
  out.rest = text.replace(ROOM, (_whole: string, room: string) => {
    out.found.push(room);
    return CUT;
  });
  return out;
}

const PHONE_LABEL = '(?:(?:মোবাইল|মোবাঃ|টেলিফোন|ফোন|phone|tel|mobile|cell)\\s*(?:নং|নম্বর|no\\.?)?\\s*[:ঃ.-]?\\s*)?';
const PHONE = bnRegExp(`${PHONE_LABEL}(\\+?[0-9০-৯](?:[\\s\\-–]?[0-9০-৯]){5,})`, 'gi');

/** Two numbers written side by side run together; read them apart when each part is valid on its own. */
function phonesIn(written: string): string[] | null {
  const whole = toE164(written);
  if (whole !== null) return [whole];
  const parts = written.split(/\s+/).filter((p) => p.replace(/\D/g, '').length >= 6);
  if (parts.length < 2) return null;
  const each = parts.map(toE164);
  return each.every((p): p is string => p !== null) ? each : null;
}

export function takePhones(text: string): Taken<string> {
  const out: Taken<string> = { found: [], rest: text, issues: [], kept: [] };
  out.rest = text.replace(PHONE, (whole: string, number: string) => {
    const phones = phonesIn(number);
    if (phones === null) {
      // Kept as written in `other`, where the lint reports it (phone.invalid).
      out.kept.push(normalizeLine(whole));
    } else {
      for (const p of phones) if (!out.found.includes(p)) out.found.push(p);
    }
    return CUT;
  });
  return out;
}
