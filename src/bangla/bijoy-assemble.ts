// Puts Bijoy glyph pieces back into Unicode's logical order, one written syllable at a time.
//
// Bijoy stores what the font draws, left to right: a pre-base vowel sign (ি ে ৈ) comes before its
// consonant cluster and the reph (©) after it. Unicode stores what is spoken: reph, cluster, vowel signs,
// then ং ঃ ঁ. A syllable here is [prekar] [halves] base [phalas] [reph] [kars] [signs]; anything that
// cannot continue it starts the next one. The same assembler also takes Unicode letters (already in
// logical order) mixed with glyphs, which is how leftovers inside Unicode words are repaired.
import { HASANTA, type Piece } from './bijoy-glyphs.ts';

const ZWJ = '\u200D';
const INDEPENDENT_VOWELS = new Set([...'অআইঈউঊঋএঐওঔ']);

interface Syllable {
  prekar: string;
  reph: boolean;
  cluster: string;
  hasBase: boolean;
  /** The cluster ends with a hasanta and waits for its next consonant. */
  open: boolean;
  kars: string[];
  signs: string;
}

export interface Assembled {
  text: string;
  /** Pieces in places no Bengali word has them (a vowel sign with no consonant, ...): a sign the text was not Bijoy. */
  anomalies: number;
}

const empty = (): Syllable => ({ prekar: '', reph: false, cluster: '', hasBase: false, open: false, kars: [], signs: '' });
const started = (s: Syllable) => s.prekar !== '' || s.reph || s.cluster !== '' || s.kars.length > 0 || s.signs !== '';

function vowelSigns(prekar: string, kars: string[]): string {
  const unique = kars.filter((k, i) => k !== kars[i - 1]);
  const [first, ...rest] = unique;
  if (prekar === 'ে' && first === 'া') return `ো${rest.join('')}`;
  if (prekar === 'ে' && first === 'ৗ') return `ৌ${rest.join('')}`;
  return prekar + unique.join('');
}

function anomaliesOf(s: Syllable): number {
  let n = 0;
  if (!s.hasBase && (s.prekar || s.kars.length || s.reph || s.signs)) n++;
  if (s.open) n++;
  if (INDEPENDENT_VOWELS.has(s.cluster.charAt(0))) {
    const vowels = vowelSigns(s.prekar, s.kars);
    if (vowels && !(s.cluster === 'অ' && vowels.startsWith('া'))) n++;
    if (s.cluster.length > 1 && !s.cluster.startsWith(`অ${HASANTA}য`)) n++;
  }
  if (s.cluster.startsWith('ৎ') && (s.cluster.length > 1 || s.prekar || s.kars.length)) n++;
  return n;
}

function emit(s: Syllable): string {
  let vowels = vowelSigns(s.prekar, s.kars);
  let cluster = s.cluster;
  if (cluster === 'অ' && vowels.startsWith('া')) {
    cluster = 'আ';
    vowels = vowels.slice(1);
  }
  return (s.reph ? `র${HASANTA}` : '') + cluster + vowels + s.signs;
}

function addBase(s: Syllable, text: string): boolean {
  if (s.hasBase && !s.open) return false;
  if (s.kars.length || s.signs) return false;
  s.cluster += text;
  s.hasBase = true;
  s.open = false;
  return true;
}

function addHalf(s: Syllable, text: string): boolean {
  if ((s.hasBase && !s.open) || s.kars.length || s.signs) return false;
  s.cluster += text;
  s.hasBase = true;
  s.open = true;
  return true;
}

function addPhala(s: Syllable, text: string): void {
  if (s.open && s.cluster.endsWith(HASANTA) && text.startsWith(HASANTA)) s.cluster = s.cluster.slice(0, -1);
  // র with ya-phala is written র + ZWJ + ্য, so that it is not read as reph + য.
  s.cluster = s.cluster === 'র' && text === `${HASANTA}য` ? `র${ZWJ}${text}` : s.cluster + text;
  if (text.startsWith(HASANTA)) s.hasBase = true;
  s.open = false;
}

/** Assembles pieces into Unicode text and counts the anomalies on the way. */
export function assemble(pieces: readonly Piece[]): Assembled {
  let out = '';
  let anomalies = 0;
  let s = empty();
  const flush = () => {
    if (!started(s)) return;
    anomalies += anomaliesOf(s);
    out += emit(s);
    s = empty();
  };
  for (const p of pieces) {
    switch (p.kind) {
      case 'base':
        if (!addBase(s, p.text)) {
          flush();
          addBase(s, p.text);
        }
        break;
      case 'half':
        if (!addHalf(s, p.text)) {
          flush();
          addHalf(s, p.text);
        }
        break;
      case 'link':
        if (s.hasBase && !s.open && !s.kars.length && !s.signs) {
          s.cluster += p.text;
          s.open = true;
        } else {
          flush();
          out += p.text;
          anomalies++;
        }
        break;
      case 'phala':
        if (!s.hasBase && !s.open && p.text.startsWith(HASANTA)) anomalies++;
        addPhala(s, p.text);
        break;
      case 'prekar':
        if (s.hasBase || s.kars.length || s.signs) flush();
        s.prekar += p.text;
        break;
      case 'reph':
        s.reph = true;
        break;
      case 'kar':
        s.kars.push(p.text);
        break;
      case 'sign':
        s.signs += p.text;
        break;
      case 'text':
        flush();
        out += p.text;
        break;
    }
  }
  flush();
  return { text: out, anomalies };
}
