// A finding's message is "English / Bangla" in one string; this takes it apart for a page in one language.

const hasLatin = (s: string) => /[A-Za-z]/.test(s);
const hasBengali = (s: string) => /[\u0980-\u09FF]/u.test(s);
/** Quotes are closed: a " / " inside a quoted cell ("অন্যাবশ্যক ফোন / তদবির") is not the separator. */
const balanced = (s: string) => (s.match(/"/g) ?? []).length % 2 === 0 && (s.match(/“/g) ?? []).length === (s.match(/”/g) ?? []).length;

/** The English and Bangla halves of a message; both are the whole message when it is in one language. */
export function splitMessage(message: string): { en: string; bn: string } {
  for (let i = message.indexOf(' / '); i >= 0; i = message.indexOf(' / ', i + 1)) {
    const en = message.slice(0, i);
    const bn = message.slice(i + 3);
    if (balanced(en) && hasLatin(en) && hasBengali(bn)) return { en, bn };
  }
  return { en: message, bn: message };
}
