// A finding in words, in the reader's language, at the edge (pages, the command line): its message and fix
// from the message catalogue, and where it is from its structured location. Nothing here is stored.
import { bengaliDigitsInProse, toBengaliDigits } from '../../bangla/digits.ts';
import type { Finding, FindingLocation, FindingParams } from '../model.ts';
import { FIX_LABELS, MESSAGES, type FixKey } from './messages.ts';

export type Lang = 'bn' | 'en';

/**
 * Fills "{name}" with the value: a number in the language's digits, a word in the language, document text as written
 * (messageOf then puts the Bangla text's unquoted digits in Bengali; quoted text is kept).
 */
export function fill(template: string, params: FindingParams, lang: Lang): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = params[name];
    if (v === undefined) return whole;
    if (typeof v === 'number') return lang === 'bn' ? toBengaliDigits(v) : String(v);
    if (typeof v === 'string') return v;
    return v[lang];
  });
}

/** The message of a finding; a code the catalogue has no words for shows its code. */
export function messageOf(f: Pick<Finding, 'code' | 'variant' | 'params'>, lang: Lang): string {
  // Stored before findings were data: the text as it was stored, in both languages.
  if (f.variant === 'stored') return String(f.params.text ?? f.code);
  const templates = MESSAGES[f.code];
  const t = templates?.[f.variant ?? 'default'] ?? templates?.default;
  if (t === undefined) return f.code;
  const text = fill(t[lang], f.params, lang);
  // Digits the template itself writes (column numbers in a list, "7 or 8") follow the language; quoted text does not.
  return lang === 'bn' ? bengaliDigitsInProse(text) : text;
}

/** What a fix does, or null when the finding has none. */
export function fixLabelOf(f: Pick<Finding, 'fix'>, lang: Lang): string | null {
  if (f.fix === undefined) return null;
  const t = FIX_LABELS[f.fix.label.key as FixKey] as { en: string; bn: string } | undefined;
  return t === undefined ? f.fix.label.key : fill(t[lang], f.fix.label.params, lang);
}

const SECTION_WORDS: Readonly<Record<string, { en: string; bn: string }>> = {
  file: { en: 'file', bn: 'ফাইল' },
  header: { en: 'header', bn: 'শিরোনাম' },
  'sign-off': { en: 'sign-off', bn: 'স্বাক্ষর অংশ' },
  '1': { en: 'vision and mission', bn: 'ভিশন ও মিশন' },
  '2': { en: 'services', bn: 'সেবা' },
  '3': { en: 'subordinate offices', bn: 'আওতাধীন দপ্তর' },
  '4': { en: 'expectations', bn: 'প্রত্যাশা' },
  '5': { en: 'grievance', bn: 'অভিযোগ প্রতিকার' },
};

/** Where one location is, for people: "2.1 row 3 column 6" / "২.১ সারি ৩ কলাম ৬", "grievance step 1", "line 42". */
export function locationText(loc: FindingLocation, lang: Lang): string {
  const n = (v: number) => (lang === 'bn' ? toBengaliDigits(v) : String(v));
  const words = lang === 'bn' ? { row: 'সারি', column: 'কলাম', line: 'লাইন', step: 'ধাপ' } : { row: 'row', column: 'column', line: 'line', step: 'step' };
  const parts: string[] = [];
  const section = loc.section;
  if (section !== null) {
    const word = SECTION_WORDS[section];
    parts.push(word === undefined ? (lang === 'bn' ? toBengaliDigits(section) : section) : word[lang]);
  }
  if (loc.row !== null) parts.push(`${section === '5' ? words.step : words.row} ${n(loc.row)}`);
  if (loc.column !== null) parts.push(`${words.column} ${n(loc.column)}`);
  if (loc.line !== null) parts.push(`${words.line} ${n(loc.line)}`);
  return parts.length > 0 ? parts.join(' ') : lang === 'bn' ? 'দলিল' : 'document';
}

/** Every place a finding is at (a merged finding has several), joined. */
export function whereOf(f: Pick<Finding, 'location' | 'also'> & Partial<Pick<Finding, 'variant' | 'params'>>, lang: Lang): string {
  // Stored before findings were data: the place as it was stored.
  if (f.variant === 'stored' && typeof f.params?.where === 'string' && f.params.where !== '') return f.params.where;
  return [f.location, ...(f.also ?? [])].map((l) => locationText(l, lang)).join('; ');
}

/** A finding as one line of English, for logs and tests: "code @ where: message". */
export function describe(f: Finding, lang: Lang = 'en'): string {
  return `${f.code} @ ${whereOf(f, lang)}: ${messageOf(f, lang)}`;
}
