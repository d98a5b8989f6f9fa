// Who hears a grievance, in which order and within how many working days: the office's charter steps,
// completed by the national chain (grievance officer 30, appeal officer 20, the Cabinet Division's cell 60).
import { foldBangla } from '../bangla/fold.ts';

/** The three steps of the national grievance redress system, in order. */
export const LEVELS = ['officer', 'appeal', 'cell'] as const;
export type Level = (typeof LEVELS)[number];

export const NATIONAL_DAYS: Readonly<Record<Level, number>> = { officer: 30, appeal: 20, cell: 60 };

export interface CharterStep {
  role: string;
  workingDays: number | null;
  /** what the charter says of the contact, for the officer and the dossier */
  contactText?: string;
  postId?: number | null;
}

export interface ChainStep {
  level: Level;
  workingDays: number;
  /** the role as the charter names it; '' where the national chain fills a step the charter lacks */
  role: string;
  contactText: string;
  postId: number | null;
  fromCharter: boolean;
}

// Folded words (see foldBangla): the cell is tested first, since its name holds "অভিযোগ" too.
const CELL = ['মন্ত্রিপরিষদ', 'cabinet', 'grs.gov.bd', 'অভিযোগ ব্যবস্থাপনা সেল'].map(foldBangla);
const APPEAL = ['আপিল', 'appeal', 'appellate'].map(foldBangla);
const OFFICER = ['অনিক', 'অভিযোগ নিষ্পত্তি', 'grievance redress', 'grievance officer', 'focal point'].map(foldBangla);

/** Which national step a charter's role names, or null when its words name none. */
export function levelOfRole(role: string): Level | null {
  const key = foldBangla(role);
  if (CELL.some((w) => key.includes(w))) return 'cell';
  if (APPEAL.some((w) => key.includes(w))) return 'appeal';
  if (OFFICER.some((w) => key.includes(w))) return 'officer';
  return null;
}

/**
 * The chain a grievance follows. Each charter step goes to the level its role names (a step whose role
 * names none takes the next level not yet taken); a level the charter leaves out follows the national
 * chain. So Debiganj's two steps (appeal officer 30, the cell 60) give officer 30 (national), appeal 30,
 * cell 60; a step with no days keeps the national number.
 */
export function grievanceChain(steps: readonly CharterStep[]): ChainStep[] {
  const taken = new Map<Level, ChainStep>();
  const fromStep = (level: Level, step: CharterStep): ChainStep => ({
    level,
    workingDays: step.workingDays ?? NATIONAL_DAYS[level],
    role: step.role,
    contactText: step.contactText ?? '',
    postId: step.postId ?? null,
    fromCharter: true,
  });
  const unnamed: CharterStep[] = [];
  for (const step of steps) {
    const level = levelOfRole(step.role);
    if (level === null || taken.has(level)) unnamed.push(step);
    else taken.set(level, fromStep(level, step));
  }
  for (const step of unnamed) {
    const free = LEVELS.find((level) => !taken.has(level));
    if (free !== undefined) taken.set(free, fromStep(free, step));
  }
  return LEVELS.map((level) => taken.get(level) ?? { level, workingDays: NATIONAL_DAYS[level], role: '', contactText: '', postId: null, fromCharter: false });
}
