// The officer blocks of a charter grouped into the officials they stand for, the way storage groups them (charter/officials.ts).
import { toAsciiDigits } from '../../bangla/digits.ts';
import { groupOfficials, type Official } from '../officials.ts';
import { toE164 } from '../phone.ts';
import type { Charter } from '../model.ts';
import { personsOf, type PersonAt } from './places.ts';

export interface Officials {
  mentions: PersonAt[];
  officials: Official[];
  /** mentions[i] belongs to officials[groupOf[i]] */
  groupOf: number[];
}

/** Grouping is the costly part of linting; the phone and officer rules share it for the same charter. */
const grouped = new WeakMap<Charter, Officials>();

export function officialsOf(charter: Charter): Officials {
  const known = grouped.get(charter);
  if (known !== undefined) return known;
  const mentions = personsOf(charter);
  const { officials } = groupOfficials(mentions.map((m) => ({ person: m.person, location: m.place.location })));
  const groupOf = mentions.map(() => -1);
  officials.forEach((o, g) => {
    for (const m of o.mentions) groupOf[m] = g;
  });
  const result = { mentions, officials, groupOf };
  grouped.set(charter, result);
  return result;
}

const phones = new Map<string, boolean>();

/** Whether a number can exist in Bangladesh (toE164), remembered: the same number is printed in every row. */
export function isPhone(written: string): boolean {
  let ok = phones.get(written);
  if (ok === undefined) {
    ok = toE164(written) !== null;
    if (phones.size > 10_000) phones.clear();
    phones.set(written, ok);
  }
  return ok;
}

/** How people know the official: by name, else by designation. */
export function officialLabel(o: Official | undefined): { en: string; bn: string } {
  if (o?.name) return { en: o.name, bn: o.name };
  if (o?.designation) return { en: `the ${o.designation}`, bn: o.designation };
  return { en: 'an unnamed officer', bn: 'নামহীন কর্মকর্তা' };
}

/** Whether b is a written a with one character added, dropped or changed. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** Phone digits compared in one form: ASCII, no separators, with the country code. */
export function phoneDigits(written: string): string {
  const d = toAsciiDigits(written).replace(/\D/g, '');
  return d.startsWith('0') ? `88${d}` : d;
}
