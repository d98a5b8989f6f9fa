// The one catalogue of interface text and messages: a key and parameters, rendered in Bangla (the default)
// or English at the edge. Document content is shown as written, never through here.
import { toBengaliDigits } from '../bangla/digits.ts';
import { bn, type MessageKey } from './catalogue/bn.ts';
import { en } from './catalogue/en.ts';

export type { MessageKey };
export const LOCALES = ['bn', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** A parameter: numbers get the locale's digits; text is shown as given; a pair gives each language its own. */
export type Param = string | number | Readonly<Record<Locale, string>>;
export type Params = Readonly<Record<string, Param>>;

/** A message as data: what errors, fields and notices carry until the edge renders them. */
export interface Message {
  key: MessageKey;
  params?: Params;
}

export const CATALOGUES: Readonly<Record<Locale, Readonly<Record<MessageKey, string>>>> = { bn, en };

/** The placeholders a template uses, in order ("{office}", "{n}"). */
export const placeholders = (template: string): string[] => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '');

export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  return CATALOGUES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    if (typeof value === 'object') return value[locale];
    return typeof value === 'number' && locale === 'bn' ? toBengaliDigits(value) : String(value);
  });
}

export const render = (locale: Locale, m: Message): string => t(locale, m.key, m.params);

/** Both languages, Bangla first: for the command line and logs, where nobody chose a language. */
export const bilingual = (m: Message): string => `${render('bn', m)}\n${render('en', m)}`;

export function isLocale(value: unknown): value is Locale {
  return value === 'bn' || value === 'en';
}

export function isMessageKey(value: unknown): value is MessageKey {
  return typeof value === 'string' && Object.hasOwn(bn, value);
}
