// Misspellings charters are full of, where the right spelling is certain: প্রয়োজ্য for প্রযোজ্য, তাৎক্ষনিক for
// তাৎক্ষণিক, উর্ধ্বতন for ঊর্ধ্বতন. Only stems that are wrong wherever they stand (inside any word) are listed,
// so the fix is certain; spellings the Bangla Academy also accepts (সরকারী) are left alone.
import { normalizeText } from '../../../bangla/normalize.ts';
import type { Charter, Finding } from '../../model.ts';
import { textsOf, type TextAt } from '../places.ts';
import { report } from '../report.ts';

const MISSPELLED = (
  [
    ['প্রয়োজ্য', 'প্রযোজ্য'],
    ['তাৎক্ষনিক', 'তাৎক্ষণিক'],
    ['দ্বায়িত্ব', 'দায়িত্ব'],
    ['উর্ধ্বতন', 'ঊর্ধ্বতন'],
    ['উর্দ্ধতন', 'ঊর্ধ্বতন'],
    ['ঊর্দ্ধতন', 'ঊর্ধ্বতন'],
    ['সংরক্ষন', 'সংরক্ষণ'],
    ['প্রদাণ', 'প্রদান'],
    ['কার্যদিবষ', 'কার্যদিবস'],
    ['বিনামুল্যে', 'বিনামূল্যে'],
  ] as const
).map(([wrong, right]) => [normalizeText(wrong), normalizeText(right)] as const);

export function spelling(charter: Charter): Finding[] {
  return spellingIn(textsOf(charter));
}

/** The misspellings of any texts with their places (the charter's, or what the importer could not place). */
export function spellingIn(texts: readonly TextAt[]): Finding[] {
  const seen = new Map<string, { text: string; words: string[] } | null>();
  return texts.flatMap(({ text, place }) => {
    let fixed = seen.get(text);
    if (fixed === undefined) {
      const words: string[] = [];
      let out = text;
      for (const [wrong, right] of MISSPELLED) {
        if (!out.includes(wrong)) continue;
        words.push(`${wrong} → ${right}`);
        out = out.split(wrong).join(right);
      }
      fixed = words.length === 0 ? null : { text: out, words };
      seen.set(text, fixed);
    }
    if (fixed === null) return [];
    const pairs = fixed.words.join(', ');
    return [report('spelling.misspelled', place, { pairs }, { path: place.path, value: fixed.text, label: 'write-quoted', params: { value: fixed.text } })];
  });
}
