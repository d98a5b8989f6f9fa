// Splits the delivery-method cell into channels and rejoins words the PDF copy broke, only where that is safe.
import { normalizeLine } from '../../bangla/normalize.ts';
import { bnRegExp } from '../../charter/match.ts';
import type { Line } from '../lines.ts';

/** How often each word, and each pair of neighbouring words, occurs in the whole document. */
export interface Vocabulary {
  words: Map<string, number>;
  pairs: Map<string, number>;
}

const PHRASE_BREAK = /[/,;:()“”"'।|]+/;
const BENGALI_WORD = /^[\u0980-\u09FF]+$/;
/** "ই- মেইল", "ই- নথি": the prefix ই- never stands alone. */
const E_PREFIX = bnRegExp('(^|\\s)ই-\\s+(?=[\\u0980-\\u09FF])', 'g');

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function vocabularyOf(lines: readonly Line[]): Vocabulary {
  const vocab: Vocabulary = { words: new Map(), pairs: new Map() };
  for (const cell of lines.flatMap((l) => l.cells)) {
    for (const phrase of cell.split(PHRASE_BREAK)) {
      const words = phrase.split(/\s+/).filter((w) => w !== '');
      words.forEach((w, i) => {
        bump(vocab.words, w);
        const next = words[i + 1];
        if (next !== undefined) bump(vocab.pairs, `${w} ${next}`);
      });
    }
  }
  return vocab;
}

/**
 * Rejoins "চা হিদা" to "চাহিদা" when the joined word occurs elsewhere in the document and neither piece ever
 * occurs except in this broken pair; "কর্ম পরিকল্পনা" stays, because "কর্ম" also stands on its own.
 */
function rejoin(words: string[], vocab: Vocabulary): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i] ?? '';
    const b = words[i + 1];
    if (b !== undefined && BENGALI_WORD.test(a) && BENGALI_WORD.test(b)) {
      const pair = vocab.pairs.get(`${a} ${b}`) ?? 0;
      const onlyInPair = (vocab.words.get(a) ?? 0) <= pair && (vocab.words.get(b) ?? 0) <= pair;
      if (pair > 0 && onlyInPair && (vocab.words.get(a + b) ?? 0) > 0) {
        out.push(a + b);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

/** Repairs a phrase broken by a PDF copy, where the repair is certain. */
export function repairPhrase(phrase: string, vocab: Vocabulary): string {
  const fixed = normalizeLine(phrase).replace(E_PREFIX, '$1ই-');
  return rejoin(
    fixed.split(' ').filter((w) => w !== ''),
    vocab,
  ).join(' ');
}

/** "দাপ্তরিক ওয়েব সাইট/ টেলিফোন/ ই- মেইল" -> ["দাপ্তরিক ওয়েব সাইট", "টেলিফোন", "ই-মেইল"]. */
export function splitChannels(cell: string, vocab: Vocabulary): string[] {
  return normalizeLine(cell)
    .split(/[/,]/)
    .map((c) => repairPhrase(c, vocab))
    .filter((c) => c !== '');
}
