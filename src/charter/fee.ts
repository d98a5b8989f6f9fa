// Reads a charter's fee cell ("বিনামূল্যে", "১০০ টাকা", "বিদ্যমান সরকারী নীতিমালা অনুযায়ী") into a fee we can show and compare.
import { toAsciiDigits } from '../bangla/digits.ts';
import { normalizeLine } from '../bangla/normalize.ts';
import { bnRegExp, hasAny } from './match.ts';
import type { Fee } from './model.ts';

const FREE = ['বিনামূল্যে', 'বিনা মূল্যে', 'বিনামূল্য', 'বিনা ফি', 'নিঃশুল্ক', 'ফ্রি', 'free', 'মূল্য নেই', 'কোন ফি নেই'];
const POLICY = ['নীতিমালা', 'বিধিমালা', 'বিধি মোতাবেক', 'বিধি অনুযায়ী', 'নিয়ম অনুযায়ী', 'নিয়মানুযায়ী', 'সরকার নির্ধারিত', 'সরকারি নির্ধারিত', 'সরকারী নির্ধারিত'];
/** Words that name how to pay; the cell's phrase holding one of them becomes `paymentMethod`. */
const PAYMENT = [
  'চালান',
  'ব্যাংক ড্রাফট',
  'পে-অর্ডার',
  'পে অর্ডার',
  'নগদ',
  'ক্যাশ',
  'বিকাশ',
  'রকেট',
  'মোবাইল ব্যাংকিং',
  'অনলাইন',
  'পেমেন্ট গেটওয়ে',
  'ই-পেমেন্ট',
  'ব্যাংক',
  'cash',
  'challan',
  'online',
];

/** "১০০ টাকা", "১,০০০/-", "৳ ৫০", "Tk. 50"; digits already ASCII. */
const AMOUNT_THEN_UNIT = bnRegExp('(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:টাকা|/-|৳|tk\\.?|taka)', 'i');
const UNIT_THEN_AMOUNT = bnRegExp('(?:৳|tk\\.?|টাকা)\\s*(\\d[\\d,]*(?:\\.\\d+)?)', 'i');

function amountTaka(text: string): number | null {
  const ascii = toAsciiDigits(text);
  const raw = AMOUNT_THEN_UNIT.exec(ascii)?.[1] ?? UNIT_THEN_AMOUNT.exec(ascii)?.[1];
  if (raw === undefined) return null;
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** The phrase of the cell that says how to pay, when it says so. */
function paymentMethod(text: string): string | null {
  const phrases = text.split(/[/,;()\n]|(?:পরিশোধ\s*পদ্ধতি\s*[:ঃ])/u).map((p) => normalizeLine(p));
  const found = phrases.find((p) => p !== '' && hasAny(p, PAYMENT));
  return found ?? null;
}

/** Parses a fee cell; the original text is always kept in `text`. */
export function parseFee(cell: string): Fee {
  const text = normalizeLine(cell);
  const method = paymentMethod(text);
  if (hasAny(text, FREE)) return { kind: 'free', amountTaka: null, text, paymentMethod: method };
  const amount = amountTaka(text);
  if (amount !== null) return { kind: 'amount', amountTaka: amount, text, paymentMethod: method };
  if (hasAny(text, POLICY)) return { kind: 'policy', amountTaka: null, text, paymentMethod: method };
  return { kind: 'text', amountTaka: null, text, paymentMethod: method };
}
