// Damage old Bijoy conversions left in Unicode text: Bijoy glyphs inside Bengali words (শিÿা for শিক্ষা) and
// broken conjuncts (প্রসত্মাব for প্রস্তাব). The repairs are bangla/bijoy.ts's; a fix is offered when its repair
// leaves no Bijoy mark behind.
import { repairBrokenConjuncts, repairLeftovers, type Repaired } from '../../../bangla/bijoy.ts';
import { NON_ASCII_GLYPHS } from '../../../bangla/bijoy-glyphs.ts';
import type { Charter, Finding } from '../../model.ts';
import { textsOf, type Place } from '../places.ts';
import { report } from '../report.ts';

/** Marks of SutonnyMJ that Unicode Bengali text never needs. */
const MARKS = /[‡ˆ©Ö¯ÿ]/;
const BENGALI = /[\u0980-\u09FF]/;
/** What every conjunct the repair knows contains (ত্ম, রম্ন, স্ন, a reph): text without any is left alone, for speed. */
const CONJUNCT_SHAPES = /ত্ম|রম্ন|স্ন|র্/u;
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

function leftover(text: string, place: Place, repair: (text: string) => Repaired): Finding | null {
  const repaired = repair(text);
  const marked = MARKS.test(text) && BENGALI.test(text);
  if (repaired.fixes.length === 0 && !marked) return null;
  const words = repaired.fixes.map((f) => f.from).join(', ') || (MARKS.exec(text)?.[0] ?? '');
  const certain = repaired.fixes.length > 0 && !MARKS.test(repaired.text) && repair(repaired.text).fixes.length === 0;
  return report(
    'bijoy.leftover',
    place,
    `Bijoy glyphs left in the text: ${words}`,
    `লেখায় বিজয় এনকোডিংয়ের অক্ষর রয়ে গেছে: ${words}`,
    certain ? { path: place.path, value: repaired.text, en: `Write "${repaired.text}"`, bn: `"${repaired.text}" লিখুন` } : undefined,
  );
}

function conjuncts(text: string, place: Place, repair: (text: string) => Repaired): Finding | null {
  const repaired = repair(text);
  if (repaired.fixes.length === 0) return null;
  const pairs = repaired.fixes.map((f) => `${f.from} → ${f.to}`).join(', ');
  return report('bijoy.broken-conjunct', place, `Broken conjuncts: ${pairs}`, `ভাঙা যুক্তাক্ষর: ${pairs}`, {
    path: place.path,
    value: repaired.text,
    en: `Write "${repaired.text}"`,
    bn: `"${repaired.text}" লিখুন`,
  });
}

export function bijoy(charter: Charter): Finding[] {
  const leftovers = memo(repairLeftovers, hasGlyph);
  const broken = memo(repairBrokenConjuncts, hasBrokenConjunct);
  return textsOf(charter).flatMap(({ text, place }) => {
    const first = leftover(text, place, leftovers);
    // Conjuncts are judged on the text once its leftovers are repaired, so one damage is reported once.
    const second = conjuncts(first?.fix && typeof first.fix.value === 'string' ? first.fix.value : text, place, broken);
    return [first, second].filter((f): f is Finding => f !== null);
  });
}
