// Unicode Bengali to Bijoy (SutonnyMJ), for building the test corpus: what a Bijoy typist's file holds
// for a phrase. Written apart from the converter (its own table, Unicode first), so that a round trip
// checks one against the other; hand-typed lines in the corpus check both against real habits.
// Latin letters and ASCII punctuation pass through, so mixed phrases keep their English.

const LETTERS: Record<string, string> = {
  অ: 'A', আ: 'Av', ই: 'B', ঈ: 'C', উ: 'D', ঊ: 'E', ঋ: 'F', এ: 'G', ঐ: 'H', ও: 'I', ঔ: 'J',
  ক: 'K', খ: 'L', গ: 'M', ঘ: 'N', ঙ: 'O', চ: 'P', ছ: 'Q', জ: 'R', ঝ: 'S', ঞ: 'T',
  ট: 'U', ঠ: 'V', ড: 'W', ঢ: 'X', ণ: 'Y', ত: 'Z', থ: '_', দ: '`', ধ: 'a', ন: 'b',
  প: 'c', ফ: 'd', ব: 'e', ভ: 'f', ম: 'g', য: 'h', র: 'i', ল: 'j', শ: 'k', ষ: 'l',
  স: 'm', হ: 'n', 'ড\u09BC': 'o', 'ঢ\u09BC': 'p', 'য\u09BC': 'q', ৎ: 'r',
};

/** Conjuncts the font draws as one glyph or as a half letter with a phala. */
const CONJUNCTS: Record<string, string> = {
  'ক্ক': '°', 'ক্ট': '±', 'ক্ত': '³', 'ক্র': 'µ', 'ক্ষ': 'ÿ', 'ক্স': '·', 'গ্ধ': '»', 'ঙ্ক': '¼', 'ঙ্গ': '½',
  'জ্জ': '¾', 'জ্ঞ': 'Á', 'ঞ্চ': 'Â', 'ঞ্ছ': 'Ã', 'ঞ্জ': 'Ä', 'ট্ট': 'Æ', 'ড্ড': 'Ç', 'ণ্ট': 'È', 'ণ্ঠ': 'É',
  'ণ্ড': 'Ê', 'ত্ত': 'Ë', 'ত্থ': 'Ì', 'ত্র': 'Î', 'দ্দ': 'Ï', 'দ্ধ': '×', 'দ্ব': 'Ø', 'দ্ম': 'Ù', 'ন্ঠ': 'Ú',
  'ন্ড': 'Û', 'ন্ধ': 'Ü', 'ন্স': 'Ý', 'প্ট': 'Þ', 'প্ত': 'ß', 'প্প': 'à', 'প্স': 'á', 'ব্জ': 'â', 'ব্দ': 'ã',
  'ব্ধ': 'ä', 'ভ্র': 'å', 'ম্ফ': 'ç', 'ল্ক': 'é', 'ল্গ': 'ê', 'ল্ট': 'ë', 'ল্ড': 'ì', 'ল্প': 'í', 'ল্ফ': 'î',
  'শ্চ': 'ð', 'শ্ছ': 'ñ', 'ষ্ণ': 'ò', 'ষ্ট': 'ó', 'ষ্ঠ': 'ô', 'ষ্ফ': 'õ', 'স্খ': 'ö', 'স্ট': '÷', 'স্ফ': 'ù',
  'হ্ন': 'ý', 'হ্ম': 'þ',
  'স্ত্র': '¯¿', 'স্ক্র': '¯Œ', 'স্ত': '¯Í', 'স্থ': '¯’', 'স্ক': '¯‹', 'স্প': '¯ú', 'স্ব': '¯^', 'স্ম': '¯§',
  'ন্ত্র': 'š¿', 'ন্ত্ব': 'š—¡', 'ন্ত': 'šÍ', 'ন্থ': 'š’', 'ন্দ': '›`', 'ন্ট': '›U', 'ষ্ক': '®‹', 'ষ্প': '®ú',
  'ম্প্র': '¤úÖ', 'ম্প': '¤ú', 'ম্ব': '¤^', 'ম্ভ': '¤¢', 'ম্ম': '¤§', 'চ্চ': '”P', 'চ্ছ': '”Q', 'দ্ভ': '™¢',
  'ঙ্ক্ষ': '•ÿ', 'ঙ্খ': '•L', 'ন্ব': 'š^', 'ধ্ব': 'aŸ', 'ব্ব': 'eŸ', 'ম্ল': '¤­', 'স্ল': '¯­', 'ণ্ব': 'Y^', 'ক্ম': '´',
  'গ্দ': 'º', 'ঙ্ঘ': '•N', 'ত্ব': 'Z¡', 'জ্ব': 'R¡', 'শ্ব': 'k¦', 'ন্ন': 'bœ', 'ত্ম': 'Z¥', 'ল্ল': 'jø',
  'প্ল': 'cø', 'শ্ল': 'kø', 'ক্ল': 'K¬', 'গ্ল': 'M­', 'ফ্ল': 'd¬',
};
const CONJUNCT_KEYS = Object.keys(CONJUNCTS).sort((a, b) => b.length - a.length);

function phala(consonant: string, before: string): string {
  switch (consonant) {
    case 'য':
      return '¨';
    case 'র':
      return /[দটডহমবত]$/.test(before) ? 'ª' : 'Ö';
    case 'ব':
      return '¡';
    case 'ম':
      return '¥';
    case 'ল':
      return '­';
    case 'ন':
      return 'œ';
    default:
      return `&${LETTERS[consonant] ?? consonant}`;
  }
}

function encodeCluster(cluster: string): string {
  if (cluster === 'র\u200D্য') return 'i¨';
  const key = CONJUNCT_KEYS.find((k) => cluster.startsWith(k));
  let out = key ? (CONJUNCTS[key] ?? '') : '';
  let last = key ?? '';
  let rest = cluster.slice(last.length);
  while (rest) {
    const m = /^(্)?([\u0995-\u09B9]\u09BC?|[\u0985-\u0994]|ৎ)/u.exec(rest);
    if (!m) throw new Error(`cannot encode cluster ${cluster}`);
    const letter = m[2] ?? '';
    out += m[1] ? phala(letter, last) : (LETTERS[letter] ?? letter);
    last = letter;
    rest = rest.slice(m[0].length);
  }
  return out;
}

const AFTER: Record<string, string> = { 'া': 'v', 'ী': 'x', 'ু': 'y', 'ূ': '~', 'ৃ': '„', 'ৗ': 'Š' };
const SIGNS: Record<string, string> = { 'ং': 's', 'ঃ': 't', 'ঁ': 'u' };
const SPECIAL_WITH_KAR: Record<string, string> = {
  'গু': '¸', 'শু': 'ï', 'হু': 'û', 'হৃ': 'ü', 'রু': 'i“', 'রূ': 'iƒ', 'ন্তু': 'š‘', 'স্তু': '¯‘',
};

function encodeSyllable(reph: boolean, cluster: string, vowel: string, signs: string): string {
  const special = SPECIAL_WITH_KAR[cluster + vowel];
  let pre = '';
  let post = '';
  if (vowel === 'ি') pre = 'w';
  else if (vowel === 'ে') pre = '‡';
  else if (vowel === 'ৈ') pre = 'ˆ';
  else if (vowel === 'ো') [pre, post] = ['‡', 'v'];
  else if (vowel === 'ৌ') [pre, post] = ['‡', 'Š'];
  else if (vowel && !special) post = cluster.endsWith('্র') && vowel === 'ু' ? '“' : (AFTER[vowel] ?? vowel);
  const body = special ?? encodeCluster(cluster);
  return pre + body + (reph ? '©' : '') + post + [...signs].map((s) => SIGNS[s] ?? s).join('');
}

const SYLLABLE = /(র্(?=[\u0995-\u09B9]))?((?:[\u0995-\u09B9]\u09BC?|[\u0985-\u0994]|ৎ)(?:\u200D?্[\u0995-\u09B9]\u09BC?)*)([\u09BE-\u09CC\u09D7]?)([\u0981-\u0983]*)/gu;

/** Encodes the Bengali of a text as Bijoy; everything else is kept. Input should be NFC with nukta split (normalizeText). */
export function unicodeToBijoy(text: string): string {
  const syllables = text.replace(SYLLABLE, (_m, reph: string | undefined, cluster: string, vowel: string, signs: string) =>
    encodeSyllable(Boolean(reph), cluster === 'অ' && vowel === 'া' ? 'আ' : cluster, cluster === 'অ' && vowel === 'া' ? '' : vowel, signs),
  );
  return syllables.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - 0x09e6)).replace(/।/g, '|');
}
