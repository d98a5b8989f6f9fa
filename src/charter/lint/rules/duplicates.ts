// The same service listed twice in one group.
import { toBengaliDigits } from '../../../bangla/digits.ts';
import { squash } from '../../match.ts';
import type { Charter, Finding } from '../../model.ts';
import { SECTION_OF, servicePlace } from '../places.ts';
import { report } from '../report.ts';

const key = (name: string) => squash(name).replace(/[।.,;:]+$/u, '');

export function duplicates(charter: Charter): Finding[] {
  const seen = new Map<string, number>();
  return charter.services.flatMap((s, i) => {
    const k = `${s.category}|${key(s.name)}`;
    const first = seen.get(k);
    if (first === undefined) {
      seen.set(k, s.serial);
      return [];
    }
    return [
      report('service.duplicate', servicePlace(i, s, 'name'), {
        name: s.name,
        section: { en: SECTION_OF[s.category], bn: toBengaliDigits(SECTION_OF[s.category]) },
        first,
        serial: s.serial,
      }),
    ];
  });
}
