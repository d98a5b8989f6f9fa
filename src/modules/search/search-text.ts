// The search keys stored with services and offices, and the terms of a query: pure, the same on both sides.
//
// A key is every word of the text folded (foldWords: ী/ি, শ/ষ/স, ণ/ন … one form) and its Latin skeleton
// (romanSkeleton: "নিবন্ধন" and "nibondhon" both "nibndn"). pg_trgm compares the query's terms with the
// key word by word, so a misspelling, a variant spelling and Bangla typed in English letters all land.
import { foldWords } from '../../bangla/fold.ts';
import { searchKey } from '../../bangla/normalize.ts';
import { romanSkeleton } from '../../bangla/romanize.ts';

/** Between the name's keys and the rest's: the name weighs more (split_part in the query). */
export const KEY_PARTS = ' | ';

const words = (text: string) => searchKey(text).split(/[^\p{L}\p{M}\p{N}]+/u);

/** The folded words and the skeletons of a text, each once. */
export function keyWords(text: string): string[] {
  const out = new Set<string>();
  for (const word of words(text)) {
    const folded = foldWords(word);
    if (folded) out.add(folded);
    const skeleton = romanSkeleton(word);
    if (skeleton) out.add(skeleton);
  }
  return [...out];
}

/** A stored key: the name's words, then the other texts' words. */
export function searchDocument(name: string, rest = ''): string {
  return `${keyWords(name).join(' ')}${KEY_PARTS}${keyWords(rest).join(' ')}`;
}

/** An office's key: both its names. */
export const officeSearchText = (o: { nameBn: string; nameEn: string }) => searchDocument(`${o.nameBn} ${o.nameEn}`);

export interface Term {
  folded: string;
  skeleton: string;
}

/** The query's words (at most eight, of two letters or more), each folded and as a skeleton. */
export function searchTerms(query: string): Term[] {
  const seen = new Set<string>();
  const terms: Term[] = [];
  for (const word of words(query.slice(0, 200))) {
    const folded = foldWords(word);
    if ([...folded].length < 2 || seen.has(folded)) continue;
    seen.add(folded);
    terms.push({ folded, skeleton: romanSkeleton(word) });
    if (terms.length === 8) break;
  }
  return terms;
}
