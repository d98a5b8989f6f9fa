// Contacts and names typed into text others may read (what happened, the office's answer, the steps' notes) are
// taken out: a complainant who writes "call me on 01712…" has not agreed to show the number to anyone but the
// officers who handle the grievance.
import { toAsciiDigits } from '../bangla/digits.ts';
import { normalizeLine } from '../bangla/normalize.ts';

export const REDACTED_PHONE = '[ফোন / phone]';
export const REDACTED_EMAIL = '[ই-মেইল / e-mail]';
export const REDACTED_NAME = '•••';

const DIGIT = '[0-9০-৯]';
// An e-mail, also with spaces around the @ and the dots as people type it ("rahim @ gmail . com").
const EMAIL = /[\p{L}\p{N}._%+-]+\s*@\s*[\p{L}\p{N}-]+(?:\s*\.\s*[\p{L}\p{N}-]+)+/gu;
// Seven or more digits with the separators phone numbers are written with (+880 1712-345 678, ০১৭১২ ৩৪৫৬৭৮,
// 01712 - 345678, 01712/345678).
const PHONE = new RegExp(`(?:\\(?\\+\\s?)?${DIGIT}(?:[\\s\\-–./()]{0,3}${DIGIT}){6,}`, 'gu');

// A date is digits with separators too: 2026-06-04, 04.06.2026, 04/06/2026 stay.
const DATE = /^(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}\s?[-./]\s?\d{1,2}\s?[-./]\s?\d{4})$/;

/** The text with every e-mail address and every phone-like run of digits (not a date) replaced. */
export function redactContacts(text: string): string {
  return text.replace(EMAIL, REDACTED_EMAIL).replace(PHONE, (run) => (DATE.test(toAsciiDigits(run).trim()) ? run : REDACTED_PHONE));
}

// Titles that stand before many names: never taken out on their own.
const TITLES = new Set(['মোঃ', 'মো:', 'মোছাঃ', 'মোসাম্মৎ', 'জনাব', 'বেগম', 'শ্রী', 'শ্রীমতি', 'md', 'md.', 'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text with contacts taken out and the complainant's name and address masked: the whole name and address
 * wherever they stand (spaces as typed), then each word of the name of three letters or more that is not a title.
 */
export function withoutIdentity(text: string, who: { name?: string | null; address?: string | null }): string {
  let out = redactContacts(text.normalize('NFC'));
  const phrases = [who.address, who.name].map((p) => normalizeLine(p ?? '')).filter((p) => [...p].length >= 3 && !TITLES.has(p.toLowerCase()));
  for (const phrase of phrases) {
    const pattern = phrase.split(' ').map(escape).join('\\s+');
    out = out.replace(new RegExp(pattern, 'giu'), REDACTED_NAME);
  }
  const words = normalizeLine(who.name ?? '')
    .split(' ')
    .filter((w) => [...w].length >= 3 && !TITLES.has(w.toLowerCase()));
  for (const word of words) {
    // a whole word only: not inside a longer one (Bangla letters and marks count as word characters)
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])${escape(word)}(?![\\p{L}\\p{M}\\p{N}])`, 'giu'), REDACTED_NAME);
  }
  return out;
}
