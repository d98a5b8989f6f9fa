// Whether a written phone number can exist in Bangladesh, and its E.164 form: one test for the importer and the lint.
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { toAsciiDigits } from '../bangla/digits.ts';

// BTCL moved land lines outside Dhaka to 02 + nine digits (Khulna 02-477…, Chattogram 02-333…) in 2021;
// libphonenumber's metadata does not know them yet, and the Khulna seed charter prints one.
const BTCL_2021_LANDLINE = /^\+8802[3-9]\d{8}$/;

/** E.164 when the number is a valid Bangladesh number (libphonenumber-js/max, or a 2021 BTCL land line), else null. */
export function toE164(written: string): string | null {
  const ascii = toAsciiDigits(written).trim();
  const digits = ascii.replace(/\D/g, '');
  const phone = parsePhoneNumberFromString(ascii.startsWith('+') ? `+${digits}` : digits, 'BD');
  if (!phone || phone.country !== 'BD') return null;
  return phone.isValid() || BTCL_2021_LANDLINE.test(phone.number) ? phone.number : null;
}
