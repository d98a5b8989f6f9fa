// Fees a citizen cannot read: an empty cell, or one that is neither free, nor an amount, nor a policy.
import type { Charter, Finding } from '../../model.ts';
import { deeper, servicePlace } from '../places.ts';
import { report } from '../report.ts';
import { feeCellMisplaced } from './columns.ts';

export function fees(charter: Charter): Finding[] {
  return charter.services.flatMap((s, i) => {
    const place = deeper(servicePlace(i, s, 'fee'), 'text');
    if (s.fee.text === '') return [report('fee.empty', place)];
    if (s.fee.kind !== 'text' || feeCellMisplaced(s.fee.text)) return [];
    return [report('fee.unclear', place, { text: s.fee.text })];
  });
}
