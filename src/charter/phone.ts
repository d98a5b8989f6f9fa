// Whether a written phone number can exist in Bangladesh, and its E.164 form: one test for the importer and the lint.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { toAsciiDigits } from '../bangla/digits.ts';

// BTCL moved land lines outside Dhaka to 02 + nine digits (Khulna 02-477…, Chattogram 02-333…) in 2021;
// libphonenumber's metadata does not know them yet, and the Khulna seed charter prints one.
const BTCL_2021_LANDLINE = /^\+8802[3-9]\d{8}$/;

/**
 * Land lines as offices still print them from earlier numbering plans: 0, an area code of 2 to 5 digits, a local
 * number, 9 to 11 digits in all ("০৭৩২২-৫৬০৪৪", "০৫২১-৬২৪৫৭"; Dhaka's 02 with 7 or 8). libphonenumber's current data no longer knows
 * many of these areas, yet the number is what the office wrote and may still ring; never a mobile (01…).
 */
// Dhaka (02) had 7 then 8 digits; 02 with nine is BTCL's 2021 plan (above) or a typing error.
const OLD_LANDLINE = /^(?:02\d{7,8}|0[3-9]\d{7,9})$/;

function parsed(written: string) {
  const ascii = toAsciiDigits(written).trim();
  const digits = ascii.replace(/\D/g, '');
  return { ascii, digits, phone: parsePhoneNumberFromString(ascii.startsWith('+') ? `+${digits}` : digits, 'BD') };
}

/**
 * The number as dialled inside Bangladesh (leading 0), from what was written with or without +880; "+88-0951-61204"
 * (the country code written before the number with its 0) is +880 too, whatever the separators.
 */
function national(ascii: string, digits: string): string {
  if ((ascii.startsWith('+') && digits.startsWith('880')) || (digits.startsWith('880') && digits.length >= 12)) return `0${digits.slice(3)}`;
  return digits;
}

/** E.164 when the number is a valid Bangladesh number (libphonenumber-js/max, a 2021 BTCL land line, or an older land line), else null. */
export function toE164(written: string): string | null {
  const { ascii, digits, phone } = parsed(written);
  if (phone && phone.country === 'BD' && (phone.isValid() || BTCL_2021_LANDLINE.test(phone.number))) return phone.number;
  const n = national(ascii, digits);
  return OLD_LANDLINE.test(n) ? `+880${n.slice(1)}` : null;
}

/** Whether a number is accepted only as a land line of an earlier numbering plan (the lint says so). */
export function isOldNumbering(written: string): boolean {
  const { phone } = parsed(written);
  if (phone && phone.country === 'BD' && (phone.isValid() || BTCL_2021_LANDLINE.test(phone.number))) return false;
  return toE164(written) !== null;
}

/** E.164 of a Bangladesh mobile number ("০১৭১২-৩৪৫৬৭৮", "+8801712345678"), or null: a grievance's SMS needs a mobile. */
export function toMobileE164(written: string): string | null {
  const { phone } = parsed(written);
  if (!phone || phone.country !== 'BD' || !phone.isValid()) return null;
  const type = phone.getType();
  return type === 'MOBILE' || type === 'FIXED_LINE_OR_MOBILE' ? phone.number : null;
}
