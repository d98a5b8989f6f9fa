// E-mail addresses that cannot be delivered: a space inside, no @, or not shaped like an address.
import type { Charter, Finding } from '../../model.ts';
import { deeper, personsOf } from '../places.ts';
import { report } from '../report.ts';

const ADDRESS = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/;

export function isEmail(text: string): boolean {
  return ADDRESS.test(text);
}

/** Around an @ in text the importer could not read as an address: a space beside the @, or a fragment ending in "." "_" "-" then a space. */
const AT_WITH_SPACE = /[A-Za-z0-9._%+-]\s+@|@\s+[A-Za-z0-9]|[A-Za-z0-9][._-]\s+[A-Za-z0-9._%+-]+@/;
const AT_WORD = /\S*@\S*/;
/** Written without its @: "name(at)gmail.com", "name.gmail.com", "namegmail.com" (not "www.gmail.com"). */
const NO_AT =
  /[A-Za-z0-9._%+-]+(?:\(at\)|\[at\])(?:[A-Za-z0-9.-]+\.[A-Za-z]{2,})?|(?<![\w.@/])(?!www\.)[A-Za-z0-9._%+-]*[A-Za-z0-9][._-]?(?:gmail|yahoo|hotmail|outlook|ymail)\.com\b/i;

export function emails(charter: Charter): Finding[] {
  const findings: Finding[] = [];
  for (const { person, place } of personsOf(charter)) {
    person.emails.forEach((written, k) => {
      const at = deeper(place, 'emails', k);
      const joined = written.replace(/\s+/g, '');
      if (joined !== written && isEmail(joined)) {
        findings.push(
          report('email.space', place, `E-mail address has a space in it: "${written}"`, `ই-মেইল ঠিকানায় ফাঁকা জায়গা: "${written}"`, {
            path: at.path,
            value: joined,
            en: `Write ${joined}`,
            bn: `${joined} লিখুন`,
          }),
        );
      } else if (!isEmail(written)) {
        findings.push(report('email.invalid', place, `Not an e-mail address: "${written}"`, `সঠিক ই-মেইল ঠিকানা নয়: "${written}"`));
      }
    });
    const other = person.other ?? '';
    const spaced = AT_WITH_SPACE.exec(other);
    const bare = NO_AT.exec(other);
    if (spaced !== null) {
      findings.push(
        report(
          'email.space',
          place,
          `An e-mail address is broken by a space and cannot be read with certainty: "${other}"`,
          `ই-মেইল ঠিকানার মাঝে ফাঁকা জায়গা, নিশ্চিতভাবে পড়া যায়নি: "${other}"`,
        ),
      );
    } else if (other.includes('@') || bare !== null) {
      const text = bare?.[0] ?? AT_WORD.exec(other)?.[0] ?? other;
      findings.push(report('email.invalid', place, `Not an e-mail address: "${text}"`, `সঠিক ই-মেইল ঠিকানা নয়: "${text}"`));
    }
  }
  return findings;
}
