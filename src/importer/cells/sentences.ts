// Sentences of a paragraph in Bangla or English: a danda ends one, and so does a full stop before a capital,
// unless it closes a title or an abbreviation ("Mr.", "Md.", "Tk.").
const SENTENCE_END = /।|(?<!\b(?:Mr|Mrs|Ms|Md|Dr|No|Sl|Tk|St|Rs))\.\s+(?=[A-Z])/u;

export function sentencesOf(text: string): string[] {
  return text.split(SENTENCE_END);
}
