// Blanks of a template nobody filled in: "……", "....", "___", "[ ]", "XXX", anywhere in the charter.
import type { Charter, Finding } from '../../model.ts';
import { textsOf, type TextAt } from '../places.ts';
import { report } from '../report.ts';

const PLACEHOLDER = /…{2,}|\.{4,}|(?:\. ){3,}\.|_{3,}|\[\s*\]|(?<![A-Za-z])X{3,}(?![A-Za-z])/;

export function placeholders(charter: Charter): Finding[] {
  return placeholdersIn(textsOf(charter));
}

/** Unfilled blanks in any texts with their places. */
export function placeholdersIn(texts: readonly TextAt[]): Finding[] {
  return texts.flatMap(({ text, place }) => {
    const mark = PLACEHOLDER.exec(text)?.[0];
    return mark === undefined ? [] : [report('placeholder.unfilled', place, { mark, text })];
  });
}
