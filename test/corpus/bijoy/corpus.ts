// Loads the Bijoy corpus: Unicode phrases (encoded to Bijoy with encode.ts) and hand-typed Bijoy lines.
import { readFileSync } from 'node:fs';
import { normalizeText } from '../../../src/bangla/normalize.ts';
import { unicodeToBijoy } from './encode.ts';

export interface CorpusCase {
  bijoy: string;
  unicode: string;
  source: 'encoded' | 'typed';
  /** The line has English, a URL or an e-mail address, or Unicode Bengali beside the Bijoy. */
  mixed: boolean;
}

const read = (name: string) =>
  readFileSync(new URL(name, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));

/** English (Latin letters kept in the Unicode) or Unicode Bengali already in the Bijoy line. */
const isMixed = (bijoy: string, unicode: string) => /[A-Za-z]/.test(unicode) || /[\u0980-\u09FF]/.test(bijoy);

export function loadCorpus(): CorpusCase[] {
  const encoded = read('phrases.txt').map((line) => {
    const unicode = normalizeText(line);
    const bijoy = unicodeToBijoy(unicode);
    return { bijoy, unicode, source: 'encoded' as const, mixed: isMixed(bijoy, unicode) };
  });
  const typed = read('typed.tsv').map((line) => {
    const [bijoy = '', unicode = ''] = line.split('\t');
    const expected = normalizeText(unicode);
    return { bijoy, unicode: expected, source: 'typed' as const, mixed: isMixed(bijoy, expected) };
  });
  return [...encoded, ...typed];
}
