// A Latin skeleton of a word, the same for Bangla script and for Bangla typed in English letters
// ("nibondhon" and "নিবন্ধন" both give "nibndn"), so that a search can match either way. A key for matching,
// never a transliteration to show.
//
// Why a skeleton and not a transliteration: people typing Bangla in English letters write the inherent
// vowel as "o" or "a" or not at all (nibondhon, nibandhan, nibndhn), aspiration with or without "h"
// (proshikkhon, proshikkon), doubled consonants for conjuncts (prottoyon), and f/ph, v/bh, z/j, sh/s freely.
// So the skeleton drops a and o, every "h" but the first letter, and doubled letters, and folds the letters
// typists swap; Bangla goes through a plain romanisation first and then the same folding.

const VOWEL_SIGNS: Record<string, string> = {
  '\u09BE': 'a', // া
  '\u09BF': 'i', // ি
  '\u09C0': 'i', // ী
  '\u09C1': 'u', // ু
  '\u09C2': 'u', // ূ
  '\u09C3': 'ri', // ৃ
  '\u09C7': 'e', // ে
  '\u09C8': 'oi', // ৈ
  '\u09CB': 'o', // ো
  '\u09CC': 'ou', // ৌ
};

const LETTERS: Record<string, string> = {
  অ: 'o',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou',
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  চ: 'ch',
  ছ: 'chh',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'ph',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'sh',
  ষ: 'sh',
  স: 's',
  হ: 'h',
  ৎ: 't',
  'ং': 'ng',
  'ঃ': 'h',
  'ঁ': '',
  '\u09BC': '', // nukta, when not part of ড় ঢ় য়
  '\u09CD': '', // virama: a conjunct is its letters
  '\u09D7': '', // au length mark
  ৰ: 'r',
  ৱ: 'b',
};

/** Sequences read before single letters (after NFC, ড় ঢ় য় are letter + nukta). */
const SEQUENCES: ReadonlyArray<readonly [RegExp, string]> = [
  [/\u0995\u09CD\u09B7/g, 'k'], // ক্ষ: "kkh", "ksh", "kh" in English letters
  [/\u099C\u09CD\u099E/g, 'g'], // জ্ঞ: "gg", "gy"
  [/[\u09A1\u09A2]\u09BC/g, 'r'], // ড় ঢ়
  [/\u09AF\u09BC/g, 'y'], // য়
  [/\u09CD\u09AF/g, ''], // য-ফলা: typed as a doubled consonant or not at all
  [/\u09CD\u09AC/g, 'w'], // ব-ফলা: "biswas", "swadhin"
];

/** Bangla script to plain Latin letters, letter by letter; other characters are kept. */
export function romanizeBangla(text: string): string {
  let s = text.normalize('NFC');
  for (const [from, to] of SEQUENCES) s = s.replace(from, to);
  let out = '';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (code >= 0x09e6 && code <= 0x09ef) out += String(code - 0x09e6);
    else out += VOWEL_SIGNS[ch] ?? LETTERS[ch] ?? ch;
  }
  return out;
}

const LATIN_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/ksh/g, 'k'],
  [/[xq]/g, 'k'],
  [/c(?=[eiy])/g, 's'], // English spelling: "center", "cyber"
  [/c(?!h)/g, 'k'],
  [/g(?=[ei])/g, 'j'], // "digital" as ডিজিটাল; গি and জি fall together, on both sides alike
  [/ph|f/g, 'p'],
  [/v/g, 'b'],
  [/z/g, 'j'],
  [/w/g, 'y'], // "web" ওয়েব, "network" নেটওয়ার্ক
  [/(?!^)h/g, ''], // aspiration, "sh", and হ after a vowel Bangla does not write (সহায়তা "sohayota")
  [/ee/g, 'i'],
  [/oo/g, 'u'],
  [/[ao]/g, ''],
  [/([ie])y/g, '$1'], // দিঘলিয়া "dighalia", কুষ্টিয়া "kushtia"
  [/(.)\1+/g, '$1'],
];

/** The skeleton of one word (Bangla or Latin letters); digits kept, everything else dropped. */
export function romanSkeleton(word: string): string {
  let s = romanizeBangla(word)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  for (const [from, to] of LATIN_RULES) s = s.replace(from, to);
  return s;
}

/** The skeleton of every word of a text, in order; words that leave nothing are dropped. */
export function romanSkeletons(text: string): string[] {
  return text
    .split(/[^\p{L}\p{M}\p{N}]+/u)
    .map(romanSkeleton)
    .filter((w) => w !== '');
}
