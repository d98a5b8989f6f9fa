// Bengali and ASCII digits: documents mix both, JSON carries ASCII, Bangla pages show Bengali.
const BN_ZERO = 0x09e6;

/** Replaces every Bengali digit (০–৯) with its ASCII digit; other characters are kept. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[০-৯]/g, (d) => String(d.charCodeAt(0) - BN_ZERO));
}

/** Replaces every ASCII digit with its Bengali digit; other characters are kept. */
export function toBengaliDigits(value: string | number): string {
  return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(BN_ZERO + Number(d)));
}

/** Parses a whole number written in Bengali or ASCII digits (`Number('১২৩')` is NaN); null if it is not one. */
export function parseInteger(text: string): number | null {
  const ascii = toAsciiDigits(text.trim());
  if (!/^\d+$/.test(ascii)) return null;
  const n = Number(ascii);
  return Number.isSafeInteger(n) ? n : null;
}

/** Formats a number for a Bangla page: Bengali digits with lakh grouping (১২,৩৪,৫৬৭). */
export function formatNumberBn(n: number): string {
  return new Intl.NumberFormat('bn-BD').format(n);
}

/** Formats a number for the page's locale. */
export function formatNumber(n: number, locale: 'bn' | 'en'): string {
  return locale === 'bn' ? formatNumberBn(n) : new Intl.NumberFormat('en-IN').format(n);
}

/**
 * The Bangla half of a message: its own numbers ("কলাম 7", "সারি 12") in Bengali digits, while what it
 * quotes from the document ("…", “…”, `…`) and numbers inside codes, phones, addresses and names ("+880…",
 * "doict2.gov.bd", "A4") stay as written.
 */
export function bengaliDigitsInProse(text: string): string {
  return text
    .split(/("[^"]*"|“[^”]*”|`[^`]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![\w@.+/:\-\u0980-\u09FF])\d+(?![\w@/]|\.\w)/g, (d) => toBengaliDigits(d))))
    .join('');
}

/** A file size for people, in both languages: "20 MB" / "২০ মেগাবাইট", "1.5 KB" / "১.৫ কিলোবাইট", "12 bytes" / "১২ বাইট". */
export function sizeInWords(bytes: number): { en: string; bn: string } {
  const units: [number, string, string][] = [
    [1024 * 1024, 'MB', 'মেগাবাইট'],
    [1024, 'KB', 'কিলোবাইট'],
  ];
  for (const [size, en, bn] of units) {
    if (bytes >= size) {
      const n = bytes / size;
      const shown = Number.isInteger(n) ? String(n) : n.toFixed(1);
      return { en: `${shown} ${en}`, bn: `${toBengaliDigits(shown)} ${bn}` };
    }
  }
  return { en: `${bytes} bytes`, bn: `${toBengaliDigits(bytes)} বাইট` };
}
