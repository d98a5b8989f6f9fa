// Reads a charter's fee cell ("বিনামূল্যে", "১০০ টাকা", "বিদ্যমান সরকারী নীতিমালা অনুযায়ী") into a fee we can show and compare.
import { toAsciiDigits } from '../bangla/digits.ts';
import { foldBangla } from '../bangla/fold.ts';
import { normalizeLine } from '../bangla/normalize.ts';
import { bnRegExp, hasAny } from './match.ts';
import type { Fee } from './model.ts';

/** The words offices use for "nothing to pay" (collected from portal charters). */
const FREE = [
  'বিনামূল্যে',
  'বিনা মূল্যে',
  'বিনামূল্য',
  'বিনা ফি',
  'বিনা খরচ',
  'বিনা পয়সা',
  'নিঃশুল্ক',
  'নি:শুল্ক',
  'নিশুল্ক',
  'ফ্রি',
  'free',
  'no fee',
  'no charge',
  'without fee',
  'without cost',
  'without any cost',
  'without any fee',
  'no cost',
  'cost free',
  'মূল্য নেই',
  'মূল্য লাগে না',
  'ফি নেই',
  'ফি নাই',
  'ফি লাগে না',
  'ফি লাগেনা',
  'ফি প্রযোজ্য নয়',
  'খরচ নেই',
  'খরচ লাগে না',
  'টাকা লাগে না',
  'কোন ফি',
  'কোনো ফি',
  'কোন মূল্য',
  'কোনো মূল্য',
  'কোন খরচ',
  'কোনো খরচ',
  'চার্জ নেই',
  'চার্জ নাই',
  'চার্জ লাগে না',
  'টাকা লাগবে না',
  'ফি লাগবে না',
  'খরচ লাগবে না',
  'free of cost',
  'বিনা টাকায়',
  'নিঃখরচা',
  'নিখরচা',
  'সরকারি খরচে',
  'সরকারী খরচে',
];
/** The words for "as the gazette, the government or a policy sets". */
const POLICY = [
  'নীতিমালা',
  'বিধিমালা',
  'বিধি মোতাবেক',
  'বিধি অনুযায়ী',
  'বিধি অনুসারে',
  'বিধান অনুযায়ী',
  'বিধি মোতাবেক',
  'নিয়ম অনুযায়ী',
  'নিয়মানুযায়ী',
  'নিয়মানুসারে',
  'আইন অনুযায়ী',
  'সরকার নির্ধারিত',
  'সরকারি নির্ধারিত',
  'সরকারী নির্ধারিত',
  'সরকার কর্তৃক নির্ধারিত',
  'নির্ধারিত হারে',
  'ধার্যকৃত',
  'ধার্য করা',
  'হার অনুযায়ী',
  'মূল্য মোতাবেক',
  'সরকারি মূল্য',
  'সরকারী মূল্য',
  'নির্ধারিত মূল্যে',
  'নির্ধারিত কর',
  'নির্ধারিত ফি',
  'কর্তৃক নির্ধারিত',
  'অধিদপ্তর নির্ধারিত',
  'অধিদপ্তরের নির্ধারিত',
  'কর্তৃপক্ষ নির্ধারিত',
  'বোর্ড নির্ধারিত',
  'মন্ত্রণালয় নির্ধারিত',
  'নির্ধারিত লাইসেন্স ফি',
  'নির্ধারিত মূল্য',
  'সরকারি হারে',
  'সরকারী হারে',
  'গেজেট',
  'প্রজ্ঞাপন',
  'পরিপত্র',
  'তফসিল',

  'determined by',
  'fixed by',
  'fixed under',
  'price fixed',
  'rate fixed',
  'as fixed',
  'set by the government',
  'prescribed',
  'government rate',
  'govt. rate',
  'government fixed',
  'govt. fixed',
  'schedule',
];
/**
 * Words that say the fee is set by something else ("ভ্যালুয়েশন অনুযায়ী", "পরিষদের রেট মোতাবেক", "নতুন পাসপোর্টের
 * অনুরূপ", "as per the schedule"), but are common in sentences about other things ("চিকিৎসকের পরামর্শ অনুযায়ী"):
 * policy only in a short cell or beside a word of money.
 */
const SET_ELSEWHERE = ['অনুযায়ী', 'মোতাবেক', 'অনুসারে', 'অনুরূপ', 'same as', 'as per', 'according to'];
const MONEY_WORD = bnRegExp('(?<![\u0980-\u09FF])ফি|মূল্য|মুল্য|টাকা|রেট|খরচ|জামানত|চার্জ|ভাড়া|মাশুল|\\bfees?\\b|\\bprice|\\brate|\\bcost|\\bcharge|\\bdeposit', 'i');
/**
 * A money item other than the fee itself ("সংযোগ খরচ", "জামানত", "ভাড়া", "deposit"): a part that names one and says it
 * is set elsewhere is a second part of what is paid; "সরকার নির্ধারিত ফি" after an amount only says who set it.
 */
const OTHER_ITEM = bnRegExp('খরচ|জামানত|ভাড়া|চার্জ|সিকিউরিটি|\\bdeposit|\\bcost|\\bcharges?\\b|\\brent', 'iu');
/** "বিআরইবি নির্ধারিত পরীক্ষা ফি", "বোর্ড কর্তৃক নির্ধারিত হারে": a fee some authority sets, a word or two between. */
const SET_BY = bnRegExp('নির্ধারিত\\s+(?!সময়|তারিখ|দিন)(?:\\S+\\s+){0,2}(?:ফি|মূল্য|চার্জ|হার|রেট|ভাড়া|মাশুল)', 'iu');
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

const FREE_FOLDED = FREE.map(foldBangla);
const POLICY_FOLDED = POLICY.map(foldBangla);
const SET_ELSEWHERE_FOLDED = SET_ELSEWHERE.map(foldBangla);
/** A short cell ("ভ্যালুয়েশন অনুযায়ী") or one that speaks of money, saying its fee is set elsewhere. */
const setElsewhere = (text: string) => holds(text, SET_ELSEWHERE_FOLDED) && (text.split(/\s+/u).length <= 6 || MONEY_WORD.test(text));
/** Whether the text holds one of the words, spelt as typists spell it ("বিনামুল্যে" for বিনামূল্যে). */
const holds = (text: string, folded: readonly string[]) => {
  // "বিনা-মূল্যে" is বিনামূল্যে: a hyphen between Bangla letters joins them as a space would.
  const s = foldBangla(text.replace(/(?<=[\u0980-\u09FF])-(?=[\u0980-\u09FF])/gu, ''));
  return folded.some((w) => s.includes(w));
};

/** "১০০ টাকা", "১,০০০/-", "২৪৫/ টাকা", "৳ ৫০", "Tk. 50"; digits already ASCII. */
const AMOUNT_THEN_UNIT = bnRegExp('(\\d[\\d,]*(?:\\.\\d+)?)\\s*(?:\\/\\s*(?=টাকা))?(?:টাকা|/-|/=|৳|tk\\.?|taka|bdt)', 'i');
const UNIT_THEN_AMOUNT = bnRegExp('(?:৳|tk\\.?|টাকা|taka|bdt)\\s*(\\d[\\d,]*(?:\\.\\d+)?)', 'i');

const AMOUNTS = [new RegExp(AMOUNT_THEN_UNIT.source, 'gi'), new RegExp(UNIT_THEN_AMOUNT.source, 'gi')];
/** "মোট ১১৭০ টাকা": the total of several parts, which is what the citizen pays. */
const TOTAL = bnRegExp('(?:সর্বমোট|মোট|total)\\s*(?:ফি|fee)?\\s*[:ঃ=]?\\s*(?:৳|tk\\.?|টাকা)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)', 'i');
/**
 * A rate, not an amount: by measure (per square foot, per decimal of land, a percentage), by time (a hall by the
 * day, a delay by the year), per item ("প্রতি পৃষ্ঠা ২ টাকা", "নমুনা প্রতি ৫০/-", "প্রতিটি ১০ টাকা", "Tk. 2 per page",
 * "১ ডজন ২ টাকা"), or an amount written as a rate ("৫ টাকা হারে"). What the citizen pays depends on how many or how
 * much, so a careful reader does not take the rate for the service's fee: it is kept as written (`text`).
 */
const RATE = bnRegExp(
  'বর্গ\\s*ফুট|শতক|শতাংশ|শতকরা|%|কাঠা|একর|বিঘা|কেজি|কিলোমিটার|ডজন|square\\s*f|sq\\.?\\s*ft|per\\s*cent|' +
    'প্রতি\\s*(?:দিন|রাত|ঘণ্টা|ঘন্টা|মাস|বছর|সপ্তাহ)|দৈনিক|মাসিক|সাপ্তাহিক|\\bmonthly\\b|\\bweekly\\b|(?<![\u0980-\u09FF])প্রতি(?:টি)?(?![\u0980-\u09FF])|' +
    '(?<!\\bas\\s)\\bper\\s+[a-z]|\\beach\\b|\\bdozen\\b|\\bdaily\\b|\\d\\s*(?:টাকা|/-|/=)?\\s*হারে',
  'i',
);
/** "(১৫% ভ্যাটসহ)", "including 15% VAT", "15% VAT included": a total that holds its VAT. */
const VAT_INCLUDED = bnRegExp(
  '\\d+(?:\\.\\d+)?\\s*%\\s*(?:ভ্যাট|মূসক|vat)\\s*(?:সহ|included|inclusive)|(?:including|incl\\.?|inclusive\\s*of)\\s*\\d+(?:\\.\\d+)?\\s*%\\s*vat',
  'gi',
);
/** "২০-১০০ টাকা": a range of amounts. */
const PERCENT = /\d\s*%|শতাংশ|শতকরা|\bper\s*cent/iu;
const RANGE = /\d\s*[-–]\s*\d[\d,]*(?:\.\d+)?\s*(?:টাকা|\/-|৳|tk)/iu;

const toNumber = (raw: string): number | null => {
  const n = Number(raw.replace(/,/g, ''));
  return Number.isFinite(n) && n >= 0 ? n : null;
};

/** Every amount written with its unit, in order (digits already ASCII). */
function amountsIn(ascii: string): number[] {
  const found = new Map<number, number>();
  for (const re of AMOUNTS) {
    for (const m of ascii.matchAll(re)) {
      const n = m[1] === undefined ? null : toNumber(m[1]);
      if (n !== null && !found.has(m.index)) found.set(m.index, n);
    }
  }
  return [...found.entries()].sort((a, b) => a[0] - b[0]).map(([, n]) => n);
}

/** A fee column's cell that is a number alone ("১২০.০০", "১,৫০০", "৫০/- (পঞ্চাশ টাকা)"): an amount in Taka. */
const BARE_AMOUNT = /^\s*(?:৳\s*)?(\d[\d,]*(?:\.\d+)?)\s*(?:\/-|\/=|=)?\s*(?:\([^)]*\))?\s*[।.]?\s*$/u;

function bareAmount(text: string): number | null {
  const raw = BARE_AMOUNT.exec(toAsciiDigits(text))?.[1];
  return raw === undefined ? null : toNumber(raw);
}

/** A bracket that tells of money given to the citizen ("(… টাকা প্রদান করা হয়)", "(… টাকা ভাতা দেওয়া হয়)"). */
const GIVEN = bnRegExp('\\([^()]*(?:প্রদান\\s*করা\\s*হয়|দেওয়া\\s*হয়|দেয়া\\s*হয়|পাবেন|ভাতা|is\\s*paid|are\\s*paid|is\\s*given)[^()]*\\)', 'giu');
/** "প্রযোজ্য নয়", "নেই", "-" alone in a fee cell: nothing to pay. */
const NOTHING = bnRegExp('^(?:প্রযোজ্য\\s*(?:নয়|নহে)|নেই|নাই|[—–-]+|n/?a|not\\s*applicable|none|nil|০|0)\\s*[।.]?$', 'i');

/** The phrase of the cell that says how to pay, when it says so. */
function paymentMethod(text: string): string | null {
  const phrases = text.split(/[/,;()\n]|(?:পরিশোধ\s*পদ্ধতি\s*[:ঃ])/u).map((p) => normalizeLine(p));
  const found = phrases.find((p) => p !== '' && hasAny(p, PAYMENT));
  return found ?? null;
}

/**
 * Parses a fee cell; the original text is always kept in `text`. Several amounts (by category, a range, a rate, free
 * for some and paid for others) are `text`, kept as written, unless a total is given: one number would mislead.
 */
export function parseFee(cell: string): Fee {
  const text = normalizeLine(cell);
  const method = paymentMethod(text);
  // "বিনামূল্যে (মাসিক ৬০০ টাকা ভাতা প্রদান করা হয়)": money the office gives, in brackets, is no fee.
  const given = text.replace(GIVEN, ' ');
  const ascii = toAsciiDigits(holds(given, FREE_FOLDED) ? given : text);
  const amounts = amountsIn(ascii);
  // "১০০ টাকা (কোন সার্ভিস চার্জ নেই)": a note in brackets that nothing more is charged leaves the amount outside.
  const outside = text.replace(/\([^()]*\)/gu, ' ');
  const noteOnly = !holds(outside, FREE_FOLDED) && amountsIn(toAsciiDigits(outside)).length > 0;
  const free = !noteOnly && (holds(text, FREE_FOLDED) || NOTHING.test(text));
  if (free && amounts.length === 0) return { kind: 'free', amountTaka: null, text, paymentMethod: method };
  const total = TOTAL.exec(ascii)?.[1];
  const totalTaka = total === undefined ? null : toNumber(total);
  if (totalTaka !== null) return { kind: 'amount', amountTaka: totalTaka, text, paymentMethod: method };
  if (amounts.length > 0) {
    // "৪,০২৫ টাকা (১৫% ভ্যাটসহ)": the VAT is inside the amount stated, which is no rate.
    const rated = RATE.test(ascii.replace(VAT_INCLUDED, ' '));
    // "আবেদন ফি ৫৭৫/-; সংযোগ খরচ ডিমান্ড নোট অনুযায়ী": a second part of the fee, set elsewhere, has no amount here.
    const partElsewhere = ascii.split(/[;,]/u).some((p) => amountsIn(p).length === 0 && OTHER_ITEM.test(p) && (holds(p, POLICY_FOLDED) || setElsewhere(p)));
    const several = free || rated || partElsewhere || RANGE.test(ascii) || new Set(amounts).size > 1;
    if (several) return { kind: 'text', amountTaka: null, text, paymentMethod: method };
    return { kind: 'amount', amountTaka: amounts[0] ?? null, text, paymentMethod: method };
  }
  const bare = bareAmount(text);
  if (bare !== null) return { kind: 'amount', amountTaka: bare, text, paymentMethod: method };
  // "প্লটের সরকারি মূল্যের ২%": a percentage of something else's price is a rate, however that price is set.
  if (PERCENT.test(ascii)) return { kind: 'text', amountTaka: null, text, paymentMethod: method };
  if (holds(text, POLICY_FOLDED) || setElsewhere(text) || SET_BY.test(text)) return { kind: 'policy', amountTaka: null, text, paymentMethod: method };
  return { kind: 'text', amountTaka: null, text, paymentMethod: method };
}

/** The amounts of money a text states ("দেশি ২০/- টাকা, বিদেশি ৩০০/- টাকা" → 20, 300), in Taka. */
export function amountsOf(text: string): number[] {
  return amountsIn(toAsciiDigits(normalizeLine(text)));
}

/** Whether a text speaks of a fee at all (free, an amount, several amounts, a policy), whatever kind it parses to. */
export function looksLikeFee(cell: string): boolean {
  const text = normalizeLine(cell);
  return parseFee(text).kind !== 'text' || amountsIn(toAsciiDigits(text)).length > 0;
}
