// A service nobody answers for: the responsible officer's cell is empty.
import type { Charter, Finding } from '../../model.ts';
import { servicePlace } from '../places.ts';
import { report } from '../report.ts';

export function responsible(charter: Charter): Finding[] {
  return charter.services.flatMap((s, i) =>
    s.responsible === null
      ? [report('officer.missing', servicePlace(i, s, 'responsible'), 'The responsible officer cell is empty', 'দায়িত্বপ্রাপ্ত কর্মকর্তার ঘর খালি')]
      : [],
  );
}
