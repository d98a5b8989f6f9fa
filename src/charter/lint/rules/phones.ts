// Phone numbers that cannot exist in Bangladesh, whether they reached a person's phones or were left in its text.
import { toAsciiDigits } from '../../../bangla/digits.ts';
import { bnRegExp } from '../../match.ts';
import type { Charter, Finding } from '../../model.ts';
import { isOldNumbering } from '../../phone.ts';
import { isPhone, officialsOf, oneEditApart, phoneDigits } from '../officials.ts';
import { deeper } from '../places.ts';
import { report } from '../report.ts';

const RUN = bnRegExp('\\+?[0-9০-৯](?:[\\s\\-–]?[0-9০-৯]){5,}', 'g');
const LABEL_BEFORE = bnRegExp('(?:মোবাইল|মোবাঃ|টেলিফোন|ফোন|ফ্যাক্স|phone|tel|mobile|cell|fax)\\s*(?:নং|নম্বর|no\\.?)?\\s*[:ঃ.-]?\\s*$', 'i');

/**
 * Digit runs in free text that are meant as phone numbers: labelled as one, or long enough and starting the way
 * Bangladesh numbers start. Dates and memo numbers are cut short by their "/" and ".".
 */
export function phoneLikeRuns(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const run = m[0].trim();
    const digits = toAsciiDigits(run).replace(/\D/g, '');
    const labelled = LABEL_BEFORE.test(text.slice(0, m.index));
    const shaped = (/^(\+|0|88)/.test(toAsciiDigits(run)) && digits.length >= 7) || digits.length >= 9;
    if (labelled || shaped) out.push(run);
  }
  return out;
}

export function phones(charter: Charter): Finding[] {
  const o = officialsOf(charter);
  const findings: Finding[] = [];
  o.mentions.forEach(({ person, place }, i) => {
    const official = o.officials[o.groupOf[i] ?? -1];
    const valid = (official?.phones ?? []).filter(isPhone);
    person.phones.forEach((written, k) => {
      if (isPhone(written)) {
        if (isOldNumbering(written)) {
          findings.push(report('phone.old-numbering', place, { written }));
        }
        return;
      }
      const near = valid.filter((p) => oneEditApart(phoneDigits(p), phoneDigits(written)));
      const [only] = near;
      const fix =
        near.length === 1 && only !== undefined
          ? { path: deeper(place, 'phones', k).path, value: only, label: 'number-elsewhere' as const, params: { value: only } }
          : undefined;
      findings.push(report('phone.invalid', place, { written }, fix));
    });
    for (const run of phoneLikeRuns(person.other ?? '')) {
      if (!isPhone(run)) {
        findings.push(report('phone.invalid', place, { written: run }));
      }
    }
  });
  return findings;
}
