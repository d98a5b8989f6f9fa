// Contacts typed into text the public may read (what happened, the office's answer) are taken out: a
// complainant who writes "call me on 01712…" has not agreed to publish the number.
import { toAsciiDigits } from '../bangla/digits.ts';

export const REDACTED_PHONE = '[ফোন / phone]';
export const REDACTED_EMAIL = '[ই-মেইল / e-mail]';

const DIGIT = '[0-9০-৯]';
// An e-mail, also with spaces around the @ as people type it.
const EMAIL = /[\p{L}\p{N}._%+-]+\s?@\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Seven or more digits with the separators phone numbers are written with (+880 1712-345 678, ০১৭১২ ৩৪৫৬৭৮).
const PHONE = new RegExp(`(?:\\+\\s?)?${DIGIT}(?:[\\s\\-–.()]{0,2}${DIGIT}){6,}`, 'gu');

// A date is digits with separators too: 2026-06-04, 04.06.2026 stay.
const DATE = /^(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{4})$/;

/** The text with every e-mail address and every phone-like run of digits (not a date) replaced. */
export function redactContacts(text: string): string {
  return text.replace(EMAIL, REDACTED_EMAIL).replace(PHONE, (run) => (DATE.test(toAsciiDigits(run).trim()) ? run : REDACTED_PHONE));
}
