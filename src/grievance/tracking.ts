// The tracking number a complainant reads over the phone: ten digits in groups of 3-3-4, the last a Damm
// check digit, so one mistyped or two swapped digits are caught before the database is asked.
import { toAsciiDigits } from '../bangla/digits.ts';

// The Damm quasigroup of order 10 (weakly totally anti-symmetric): catches every single-digit error and
// every swap of adjacent digits.
const DAMM = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

function interim(digits: string): number {
  let check = 0;
  for (const d of digits) check = DAMM[check]?.[Number(d)] ?? 0;
  return check;
}

/** Nine random digits (the caller's randomness; the first never 0, so the number reads the same aloud) and the check. */
export function makeTrackingNumber(randomDigits: string): string {
  if (!/^[1-9]\d{8}$/.test(randomDigits)) throw new RangeError('Nine digits, the first not 0');
  return randomDigits + String(interim(randomDigits));
}

/** The ten digits of what a person typed ("৪৮২-১০৯-৩৭৫৫", "482 109 3755"), or null when it cannot be one. */
export function parseTrackingNumber(text: string): string | null {
  const digits = toAsciiDigits(text).replace(/[\s\-–.]/g, '');
  if (!/^\d{10}$/.test(digits)) return null;
  return interim(digits) === 0 ? digits : null;
}

/** "482-109-3755": the groups people read. */
export const formatTrackingNumber = (digits: string): string => `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
