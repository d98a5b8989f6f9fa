// Damage old Bijoy conversions left in Unicode text: Bijoy glyphs inside Bengali words (শিÿা for শিক্ষা), Bijoy
// list markers ("Ø আবেদনপত্র", "1| আবেদনপত্র") and broken conjuncts (প্রসত্মাব for প্রস্তাব, পর্যমত্ম for পর্যন্ত).
// The repairs are bangla/bijoy.ts's; a fix is offered when its repair leaves no Bijoy mark behind, and it
// names each word as it was and as it becomes.
import { mayHaveListMarker, repairBrokenConjuncts, repairLeftovers, repairListMarkers, type BijoyFix, type Repaired } from '../../../bangla/bijoy.ts';
import { NON_ASCII_GLYPHS } from '../../../bangla/bijoy-glyphs.ts';
import type { Charter, Finding } from '../../model.ts';
import { textsOf, type Place, type TextAt } from '../places.ts';
import { FIX_LABELS } from '../messages.ts';
import { report, type Fix } from '../report.ts';
import { fill } from '../render.ts';

/** Marks of SutonnyMJ that Unicode Bengali text never needs. */
const MARKS = /[‡ˆ©Ö¯ÿ]/;
const BENGALI = /[\u0980-\u09FF]/;
/** What every damage the conjunct repair knows contains (ত্ম, রম্ন, স্ন, ম্ত্র, a reph, a hyphen): text without any is left alone, for speed. */
const CONJUNCT_SHAPES = /ত্ম|রম্ন|স্ন|ম্ত্র|র্|-/u;
const UNCHANGED = (text: string): Repaired => ({ text, fixes: [] });

/** The same texts repeat in every row (the officer blocks, the fee): each distinct text is repaired once per charter. */
function memo(repair: (text: string) => Repaired, worth: (text: string) => boolean): (text: string) => Repaired {
  const seen = new Map<string, Repaired>();
  return (text) => {
    let r = seen.get(text);
    if (r === undefined) {
      r = worth(text) ? repair(text) : UNCHANGED(text);
      seen.set(text, r);
    }
    return r;
  };
}

const hasGlyph = (text: string) => [...text].some((c) => NON_ASCII_GLYPHS.has(c));

/** List markers first (a bullet glued to its item is no letter to assemble), then the glyphs left inside words. */
function repairAllLeftovers(text: string): Repaired {
  const markers = mayHaveListMarker(text) ? repairListMarkers(text) : UNCHANGED(text);
  const glyphs = hasGlyph(markers.text) ? repairLeftovers(markers.text) : UNCHANGED(markers.text);
  return { text: glyphs.text, fixes: [...markers.fixes, ...glyphs.fixes] };
}

/** Words seen, and whether the conjunct repair changes them: the same words fill every charter (কার্যদিবস, কর্মকর্তা). */
const brokenWords = new Map<string, boolean>();

function hasBrokenConjunct(text: string): boolean {
  return text.split(/\s+/).some((word) => {
    if (!CONJUNCT_SHAPES.test(word)) return false;
    let broken = brokenWords.get(word);
    if (broken === undefined) {
      broken = repairBrokenConjuncts(word).fixes.length > 0;
      if (brokenWords.size > 50_000) brokenWords.clear();
      brokenWords.set(word, broken);
    }
    return broken;
  });
}

/** "দÿতা → দক্ষতা, Ø → (removed)": each word or marker as it was and as the fix writes it, in each language. */
function pairs(fixes: readonly BijoyFix[]): { en: string; bn: string } {
  const list = (removed: string) => fixes.map((f) => `${f.from} → ${f.to === '' ? removed : f.to}`).join(', ');
  return { en: list('(removed)'), bn: list('(মুছে)') };
}

/** The fix's label names the words it changes, not only the whole new text of the cell: the catalogue's labels, joined. */
function fixOf(place: Place, repaired: Repaired): Fix {
  const label = (lang: 'en' | 'bn') =>
    repaired.fixes
      .map((f) =>
        f.to === ''
          ? fill(FIX_LABELS['remove-marker'][lang], { mark: f.from }, lang)
          : fill(FIX_LABELS['write-for'][lang], { value: f.to, written: f.from }, lang),
      )
      .join('; ');
  return { path: place.path, value: repaired.text, label: 'repairs', params: { list: { en: label('en'), bn: label('bn') } } };
}

function leftover(text: string, place: Place, repair: (text: string) => Repaired): Finding | null {
  const repaired = repair(text);
  const marked = MARKS.test(text) && BENGALI.test(text);
  if (repaired.fixes.length === 0 && !marked) return null;
  const certain = repaired.fixes.length > 0 && !MARKS.test(repaired.text) && repair(repaired.text).fixes.length === 0;
  const mark = MARKS.exec(text)?.[0] ?? '';
  const listed = pairs(repaired.fixes);
  const shown = repaired.fixes.length > 0 ? listed : { en: mark, bn: mark };
  return report('bijoy.leftover', place, { pairs: shown }, certain ? fixOf(place, repaired) : undefined);
}

function conjuncts(text: string, place: Place, repair: (text: string) => Repaired): Finding | null {
  const repaired = repair(text);
  if (repaired.fixes.length === 0) return null;
  return report('bijoy.broken-conjunct', place, { pairs: pairs(repaired.fixes).en }, fixOf(place, repaired));
}

export function bijoy(charter: Charter): Finding[] {
  return bijoyIn(textsOf(charter));
}

/** Bijoy damage in any texts with their places (the charter's, or what the importer could not place). */
export function bijoyIn(texts: readonly TextAt[]): Finding[] {
  const leftovers = memo(repairAllLeftovers, (text) => hasGlyph(text) || mayHaveListMarker(text));
  const broken = memo(repairBrokenConjuncts, hasBrokenConjunct);
  return texts.flatMap(({ text, place }) => {
    const first = leftover(text, place, leftovers);
    // Conjuncts are judged on the text once its leftovers are repaired, so one damage is reported once.
    const second = conjuncts(first?.fix && typeof first.fix.value === 'string' ? first.fix.value : text, place, broken);
    return [first, second].filter((f): f is Finding => f !== null);
  });
}
