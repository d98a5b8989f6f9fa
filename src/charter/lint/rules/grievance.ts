// Grievance redress against the national rule: the grievance officer (অনিক) 30 working days, then the appeal
// officer 20, then the Cabinet Division's grievance cell 60; a step missing, or no redress at all.
import { hasAny } from '../../match.ts';
import type { Charter, Finding, GrievanceStep } from '../../model.ts';
import { sectionPlace, stepPlace } from '../places.ts';
import { report } from '../report.ts';

interface Role {
  days: number;
  words: readonly string[];
  en: string;
  bn: string;
}

/** Checked in this order: the cell's name also says "অভিযোগ", the appeal officer's "when" names the অনিক. */
const ROLES: readonly Role[] = [
  {
    days: 60,
    words: ['মন্ত্রিপরিষদ', 'মন্ত্রীপরিষদ', 'মন্ত্রি পরিষদ', 'মন্ত্রী পরিষদ', 'অভিযোগ ব্যবস্থাপনা সেল', 'grs cell', 'cabinet'],
    en: "the Cabinet Division's grievance cell",
    bn: 'মন্ত্রিপরিষদ বিভাগের অভিযোগ ব্যবস্থাপনা সেল',
  },
  { days: 20, words: ['আপিল', 'appeal'], en: 'the appeal officer', bn: 'আপিল কর্মকর্তা' },
  { days: 30, words: ['অনিক', 'অভিযোগ নিষ্পত্তি কর্মকর্তা', 'grievance redress officer'], en: 'the grievance officer (অনিক)', bn: 'অভিযোগ নিষ্পত্তি কর্মকর্তা (অনিক)' },
];
const NATIONAL_DAYS = ROLES.map((r) => r.days);

export function roleOf(step: GrievanceStep): Role | undefined {
  return ROLES.find((r) => hasAny(step.role, r.words));
}

function deadline(step: GrievanceStep, i: number): Finding[] {
  const place = stepPlace(i, step, 'workingDays');
  const days = step.workingDays;
  if (days === null) {
    return [report('grievance.deadline', place)];
  }
  if (!NATIONAL_DAYS.includes(days)) {
    return [report('grievance.deadline', place, { days }, undefined, 'national')];
  }
  const role = roleOf(step);
  if (role === undefined || role.days === days) return [];
  return [
    report('grievance.deadline-role', place, {
      role: { en: `${role.en[0]?.toUpperCase() ?? ''}${role.en.slice(1)}`, bn: `"${step.role}"` },
      days,
      rule: role.days,
    }),
  ];
}

export function grievance(charter: Charter): Finding[] {
  const steps = charter.grievanceSteps;
  const section = sectionPlace('5', ['grievanceSteps']);
  if (steps.length === 0) {
    return [report('grievance.missing', section)];
  }
  const found = steps.map(roleOf);
  const unknown = found.filter((r) => r === undefined).length;
  const missing = ROLES.filter((r) => !found.includes(r));
  // A step whose officer is not recognised may be the missing one: then nothing is claimed missing.
  const gaps = unknown >= missing.length ? [] : missing;
  return [
    ...steps.flatMap(deadline),
    ...[...gaps].reverse().map((r) => report('grievance.step-missing', section, { role: { en: r.en, bn: r.bn }, days: r.days })),
  ];
}
