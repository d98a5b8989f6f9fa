// The life of a grievance as pure code: which step may follow which, and what each does to the clock.
// The service asks this table inside its transaction; the calendar and "today" are passed in.
import { addWorkingDays, workingDaysBetween, type WorkingCalendar } from '../calendar/working-days.ts';
import { LEVELS, type ChainStep, type Level } from './chain.ts';

export const GRIEVANCE_STATUSES = ['received', 'investigating', 'hearing', 'clarification', 'resolved', 'rejected', 'closed'] as const;
export type GrievanceStatus = (typeof GRIEVANCE_STATUSES)[number];
/** The statuses in which an officer is working on it and the clock runs. */
export const RUNNING = ['received', 'investigating', 'hearing'] as const;
export type RunningStatus = (typeof RUNNING)[number];
export const OPEN_STATUSES: readonly GrievanceStatus[] = [...RUNNING, 'clarification'];
export const DECIDED_STATUSES: readonly GrievanceStatus[] = ['resolved', 'rejected'];

export const GRIEVANCE_ACTIONS = [
  'investigate',
  'hearing',
  'resolve',
  'reject',
  'forward',
  'clarify',
  'answer',
  'appeal',
  'satisfied',
  'escalate',
  'resume',
] as const;
export type GrievanceAction = (typeof GRIEVANCE_ACTIONS)[number];

/** Who takes each step: the officer at the grievance's level, the complainant, or the scheduler. */
export const ACTOR_OF: Readonly<Record<GrievanceAction, 'handler' | 'complainant' | 'system'>> = {
  investigate: 'handler',
  hearing: 'handler',
  resolve: 'handler',
  reject: 'handler',
  forward: 'handler',
  clarify: 'handler',
  answer: 'complainant',
  appeal: 'complainant',
  satisfied: 'complainant',
  escalate: 'system',
  resume: 'system',
};

/** Working days a stopped clock waits for the complainant's answer before it runs again by itself. */
export const CLARIFICATION_WAIT_DAYS = 10;
/** How often a clock may be stopped at one level: a question is not a way to put a grievance off. */
export const MAX_CLARIFICATIONS = 2;

export interface GrievanceState {
  status: GrievanceStatus;
  level: Level;
  /** the day the current count started: receipt, escalation, forwarding or the complainant's answer */
  countFrom: string;
  /** the last day of the current level; kept on a decision (was it on time?), null while the clock is stopped */
  dueOn: string | null;
  /** while stopped for clarification: the working days that were left and the status to go back to */
  remainingDays: number | null;
  resumeStatus: RunningStatus | null;
}

export interface Rules {
  chain: readonly ChainStep[];
  cal: WorkingCalendar;
  /** the date in Bangladesh now */
  today: string;
}

const isRunning = (status: GrievanceStatus): status is RunningStatus => (RUNNING as readonly string[]).includes(status);

export const nextLevel = (level: Level): Level | null => LEVELS[LEVELS.indexOf(level) + 1] ?? null;

export function daysAt(chain: readonly ChainStep[], level: Level): number {
  const step = chain.find((s) => s.level === level);
  if (step === undefined) throw new RangeError(`The chain has no ${level} step`);
  return step.workingDays;
}

/** A new grievance: received at the officer's level, due the chain's days after the day of receipt. */
export function received(rules: Rules): GrievanceState {
  return startLevel('officer', rules);
}

function startLevel(level: Level, { chain, cal, today }: Rules): GrievanceState {
  return { status: 'received', level, countFrom: today, dueOn: addWorkingDays(cal, today, daysAt(chain, level)), remainingDays: null, resumeStatus: null };
}

/** Overdue: the clock runs and today is past the last day. */
export const isOverdue = (state: GrievanceState, today: string): boolean => isRunning(state.status) && state.dueOn !== null && today > state.dueOn;

/** The state after the step, or null when the step is not allowed from this state. */
export function step(state: GrievanceState, action: GrievanceAction, rules: Rules): GrievanceState | null {
  const { status, level } = state;
  const running = isRunning(status);
  const decided = DECIDED_STATUSES.includes(status);
  const next = nextLevel(level);
  switch (action) {
    case 'investigate':
      return status === 'received' ? { ...state, status: 'investigating' } : null;
    case 'hearing':
      return status === 'received' || status === 'investigating' ? { ...state, status: 'hearing' } : null;
    case 'resolve':
    case 'reject':
      // also while waiting for an answer: the officer may decide on what there is (the stopped days are kept)
      if (status === 'clarification')
        return { ...state, status: action === 'resolve' ? 'resolved' : 'rejected', dueOn: null, remainingDays: null, resumeStatus: null };
      return running ? { ...state, status: action === 'resolve' ? 'resolved' : 'rejected' } : null;
    case 'forward':
      // The right office starts its own count; only the first level sends a grievance sideways.
      return running && level === 'officer' ? startLevel('officer', rules) : null;
    case 'clarify': {
      // not once the last day has passed: the clock cannot be stopped to escape an escalation
      if (!running || state.dueOn === null || rules.today > state.dueOn) return null;
      const left = rules.today >= state.dueOn ? 0 : workingDaysBetween(rules.cal, rules.today, state.dueOn);
      return { ...state, status: 'clarification', dueOn: null, remainingDays: left, resumeStatus: status };
    }
    case 'answer':
    case 'resume': {
      // the complainant's answer, or the scheduler when no answer came in CLARIFICATION_WAIT_DAYS
      if (status !== 'clarification' || state.resumeStatus === null) return null;
      // A count stopped on its last day resumes with one day, so the answer can be read.
      const days = Math.max(state.remainingDays ?? 0, 1);
      return {
        ...state,
        status: state.resumeStatus,
        countFrom: rules.today,
        dueOn: addWorkingDays(rules.cal, rules.today, days),
        remainingDays: null,
        resumeStatus: null,
      };
    }
    case 'appeal':
      return decided && next !== null ? startLevel(next, rules) : null;
    case 'satisfied':
      return decided ? { ...state, status: 'closed' } : null;
    case 'escalate':
      return running && next !== null && isOverdue(state, rules.today) ? startLevel(next, rules) : null;
  }
}

/** The day to remind the officer: `before` working days ahead of the last day (the first day for short counts). */
export function reminderOn(cal: WorkingCalendar, state: GrievanceState, before = 3): string | null {
  if (state.dueOn === null || !isRunning(state.status)) return null;
  const total = workingDaysBetween(cal, state.countFrom, state.dueOn);
  return addWorkingDays(cal, state.countFrom, Math.max(total - before, 1));
}

/** Whether a step is allowed in this state, whatever the calendar (escalation also needs its last day passed). */
export function allows(state: GrievanceState, action: GrievanceAction, chain: readonly ChainStep[]): boolean {
  return step(state, action, { chain, cal: { weekly: [], holidays: new Map() }, today: state.dueOn ?? state.countFrom }) !== null;
}
