// Time limits a citizen cannot count on: empty, "working days" with no number, calendar days, or no duration at all.
import { toAsciiDigits } from '../../../bangla/digits.ts';
import { bnRegExp, hasAny } from '../../match.ts';
import type { Charter, Finding, TimeLimit } from '../../model.ts';
import { timeLimitIssues } from '../../time-limit.ts';
import { deeper, servicePlace, type Place } from '../places.ts';
import { report } from '../report.ts';
import { timeCellMisplaced } from './columns.ts';

/** A duration other than working days: hours, days, weeks, months, with a number or a number word. */
const DURATION = bnRegExp(
  '(?:[0-9]+|এক|দুই|তিন|চার|পাঁচ|সাত|দশ|পনের|ত্রিশ)\\s*(?:\\([^)]*\\))?\\s*(?:টি\\s*)?(?:ঘণ্টা|ঘন্টা|দিন|সপ্তাহ|মাস|বছর|hours?|days?|weeks?|months?)',
  'i',
);
/** "২৯/০৬/২০২৫", "৩০ জুন": a deadline date, not a duration. */
const DATE = bnRegExp(
  '\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*\\d{2,4}|\\d{1,2}\\s*(?:জানুয়ারি|ফেব্রুয়ারি|মার্চ|এপ্রিল|মে|জুন|জুলাই|আগস্ট|সেপ্টেম্বর|অক্টোবর|নভেম্বর|ডিসেম্বর)|তারিখ',
);
/**
 * A rule to follow instead of a number ("নির্দেশনা অনুযায়ী", "চাহিদা মোতাবেক"): both seed charters promise some
 * services this way, and a reviewer may accept it, so it is not reported.
 */
const BY_RULE = ['অনুযায়ী', 'মোতাবেক', 'সাপেক্ষে', 'নির্দেশনা', 'নীতিমালা', 'বিধি'];

function limitFinding(limit: TimeLimit, place: Place): Finding | null {
  const code = timeLimitIssues(limit)[0]?.code;
  const t = limit.text;
  if (code === 'time-limit.empty') return report('time-limit.empty', place);
  if (code === 'time-limit.no-number') return report('time-limit.no-number', place, { text: t });
  if (code === 'time-limit.calendar-days') return report('time-limit.calendar-days', place, { text: t });
  if (limit.workingDays !== null || limit.immediate) return null;
  const ascii = toAsciiDigits(t);
  const dated = DATE.test(ascii);
  if (!dated && (DURATION.test(ascii) || hasAny(t, BY_RULE))) return null;
  return report('time-limit.not-duration', place, { text: t }, undefined, dated ? 'date' : undefined);
}

export function timeLimits(charter: Charter): Finding[] {
  return charter.services.flatMap((s, i) => {
    if (s.timeLimit.text !== '' && timeCellMisplaced(s.timeLimit)) return [];
    const f = limitFinding(s.timeLimit, deeper(servicePlace(i, s, 'timeLimit'), 'text'));
    return f === null ? [] : [f];
  });
}
