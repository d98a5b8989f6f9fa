// Keyword matching on Bangla text that survives NFC, odd spacing and words broken by a PDF copy.
import { normalizeLine } from '../bangla/normalize.ts';

/** Normalised, lower-cased, with every space removed: "পরিশোধপদ্ধ তি" and "পরিশোধ পদ্ধতি" compare equal. */
export function squash(text: string): string {
  return normalizeLine(text).replace(/\s+/g, '').toLowerCase();
}

/** Whether the text holds any of the keywords, compared squashed. */
export function hasAny(text: string, keywords: readonly string[]): boolean {
  const haystack = squash(text);
  return keywords.some((k) => haystack.includes(squash(k)));
}

/**
 * A RegExp whose Bangla literals are in NFC, the form every input is normalised to: a য় typed as one
 * code point in the source would otherwise never match the letter + nukta that normalisation produces.
 */
export function bnRegExp(source: string, flags = ''): RegExp {
  return new RegExp(source.normalize('NFC'), flags);
}
