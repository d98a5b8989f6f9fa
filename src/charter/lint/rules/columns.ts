// A cell holding another column's content: an officer's e-mail or phone among the documents or in the name,
// a time limit as the fee, a fee as the time limit, a fee or time limit inside an officer's block.
import { bnRegExp } from '../../match.ts';
import type { Charter, Finding, TimeLimit } from '../../model.ts';
import { deeper, servicePlace, type Place } from '../places.ts';
import { report } from '../report.ts';
import { phoneLikeRuns } from './phones.ts';

const EMAIL_IN = /[A-Za-z0-9._%+-]+\s*@\s*[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/;
/** "৩ কার্যদিবস", "০৫ (পাঁচ) কার্যদিবস": a promise of working days. */
const WORKING_DAYS_IN = bnRegExp('[0-9০-৯]{1,3}\\s*(?:\\([^)]*\\))?\\s*(?:টি\\s*)?(?:কার্য\\s*দিবস|কর্ম\\s*দিবস)');
/** Taka, free of charge, or the word ফি on its own (not inside অফিস). */
const FEE_IN = bnRegExp('টাকা|৳|বিনা\\s*মূল্যে|বিনামূল্য|(?:^|[\\s/,(])ফি(?:$|[\\s/,):ঃ])|\\btk\\.?\\s*[0-9০-৯]', 'i');

/** What of another column a text holds, in words, or null. */
function contactIn(text: string): { en: string; bn: string } | null {
  const email = EMAIL_IN.exec(text)?.[0];
  if (email !== undefined) return { en: `an e-mail address (${email})`, bn: `ই-মেইল ঠিকানা (${email})` };
  const phone = phoneLikeRuns(text).find((r) => r.replace(/\D/g, '').length >= 10 || /^[+0০]/.test(r));
  if (phone !== undefined) return { en: `a phone number (${phone})`, bn: `ফোন নম্বর (${phone})` };
  return null;
}

export function hasWorkingDays(text: string): boolean {
  return WORKING_DAYS_IN.test(text);
}

export function hasFee(text: string): boolean {
  return FEE_IN.test(text);
}

const COLUMN_BN: Record<number, string> = { 2: 'সেবার নাম', 4: 'কাগজপত্র', 5: 'মূল্য', 6: 'সময়সীমা', 7: 'কর্মকর্তা', 8: 'কর্মকর্তা' };
const COLUMN_EN: Record<number, string> = { 2: 'service name', 4: 'documents', 5: 'fee', 6: 'time limit', 7: 'officer', 8: 'officer' };

function misplaced(place: Place, what: { en: string; bn: string }): Finding {
  const column = place.location.column ?? 0;
  return report('cell.wrong-column', place, { column: { en: COLUMN_EN[column] ?? '', bn: COLUMN_BN[column] ?? '' }, what });
}

export function columns(charter: Charter): Finding[] {
  const findings: Finding[] = [];
  charter.services.forEach((s, i) => {
    for (const field of ['name', 'documents'] as const) {
      const what = contactIn(s[field]);
      if (what !== null) findings.push(misplaced(servicePlace(i, s, field), what));
    }
    const feeContact = contactIn(s.fee.text);
    if (feeContact !== null) findings.push(misplaced(deeper(servicePlace(i, s, 'fee'), 'text'), feeContact));
    else if (hasWorkingDays(s.fee.text))
      findings.push(misplaced(deeper(servicePlace(i, s, 'fee'), 'text'), { en: `a time limit ("${s.fee.text}")`, bn: `সময়সীমা ("${s.fee.text}")` }));
    const timeContact = contactIn(s.timeLimit.text);
    if (timeContact !== null) findings.push(misplaced(deeper(servicePlace(i, s, 'timeLimit'), 'text'), timeContact));
    else if (feeAsTimeLimit(s.timeLimit))
      findings.push(
        misplaced(deeper(servicePlace(i, s, 'timeLimit'), 'text'), { en: `a fee ("${s.timeLimit.text}")`, bn: `সেবার মূল্য ("${s.timeLimit.text}")` }),
      );
    for (const role of ['responsible', 'superior', 'alternate'] as const) {
      const other = s[role]?.other ?? '';
      if (hasWorkingDays(other)) findings.push(misplaced(servicePlace(i, s, role), { en: `a time limit ("${other}")`, bn: `সময়সীমা ("${other}")` }));
      else if (hasFee(other)) findings.push(misplaced(servicePlace(i, s, role), { en: `a fee ("${other}")`, bn: `সেবার মূল্য ("${other}")` }));
    }
  });
  return findings;
}

/** A fee where the time limit should be: fee words and no duration ("বিনামূল্যে" in the time column). */
function feeAsTimeLimit(limit: TimeLimit): boolean {
  return hasFee(limit.text) && limit.workingDays === null && !limit.immediate;
}

/** Whether the columns rule already reports the time-limit or fee cell of a service, so the other rules stay quiet. */
export function timeCellMisplaced(limit: TimeLimit): boolean {
  return contactIn(limit.text) !== null || feeAsTimeLimit(limit);
}

export function feeCellMisplaced(text: string): boolean {
  return contactIn(text) !== null || hasWorkingDays(text);
}
