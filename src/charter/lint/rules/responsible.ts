// A service nobody answers for: the responsible officer's cell is empty, or names no post (only a phone or an e-mail).
import type { Charter, Finding } from '../../model.ts';
import { personsOf, servicePlace } from '../places.ts';
import { report } from '../report.ts';

const ROLE: Record<string, [string, string]> = {
  responsible: ['responsible officer', 'দায়িত্বপ্রাপ্ত কর্মকর্তা'],
  superior: ['superior officer', 'ঊর্ধ্বতন কর্মকর্তা'],
  alternate: ['alternate officer', 'বিকল্প কর্মকর্তা'],
};

export function responsible(charter: Charter): Finding[] {
  const missing = charter.services.flatMap((s, i) => (s.responsible === null ? [report('officer.missing', servicePlace(i, s, 'responsible'))] : []));
  // A service row points at a post, and a cell with only a phone or an e-mail names none. Grievance
  // contacts are left alone: they are often a cell or a web address, not a post.
  const unnamed = personsOf(charter)
    .filter(({ person, role }) => role !== 'contact' && person.designation === null)
    .map(({ person, role, place }) => {
      const [en, bn] = ROLE[role] ?? ['officer', 'কর্মকর্তা'];
      const shown = person.name ?? [...person.emails, ...person.phones][0] ?? '';
      return report('officer.no-designation', place, { who: { en, bn }, shown });
    });
  return [...missing, ...unnamed];
}
