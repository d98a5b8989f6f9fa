// What leaves the grievance service for whom. Officers who handle it see who filed it; other officers see a
// mask; the complainant's status page and every public read show no identity, and contacts typed into the
// text are taken out.
import type { DeadlineExplanation } from '../../calendar/working-days.ts';
import type { ChainStep, Level } from '../../grievance/chain.ts';
import { REDACTED_NAME, withoutIdentity } from '../../grievance/redact.ts';
import { isOverdue, nextLevel, type GrievanceAction, type GrievanceStatus } from '../../grievance/workflow.ts';

/** What an event records: a step of the state machine, the filing, or a new last day after the calendar changed. */
export type EventAction = GrievanceAction | 'file' | 'redate';
import type { Office } from '../offices/offices.service.ts';
import type { AttachmentRow, EventRow, GrievanceRow } from './grievances.repo.ts';
import { stateOf } from './clock.ts';

export const MASK = REDACTED_NAME;

export interface Complainant {
  name: string;
  mobile: string | null;
  email: string | null;
  address: string | null;
  anonymous: boolean;
  masked: boolean;
  anonymised: boolean;
}

function complainant(g: GrievanceRow, identity: boolean): Complainant {
  const anonymised = g.anonymisedAt !== null;
  if (identity || anonymised) {
    return { name: g.name, mobile: g.mobile, email: g.email, address: g.address, anonymous: g.anonymous, masked: false, anonymised };
  }
  // not even the last digits: with a tracking number they would narrow a guess of the mobile
  return {
    name: MASK,
    mobile: g.mobile ? MASK : null,
    email: g.email ? MASK : null,
    address: g.address ? MASK : null,
    anonymous: g.anonymous,
    masked: true,
    anonymised,
  };
}

export interface OfficerView {
  id: number;
  trackingNumber: string;
  office: { id: number; nameBn: string; nameEn: string };
  filedOfficeId: number;
  service: { id: number | null; name: string; code: string | null };
  complainant: Complainant;
  description: string;
  remedy: string;
  status: GrievanceStatus;
  level: Level;
  countFrom: string;
  countDays: number;
  dueOn: string | null;
  remainingDays: number | null;
  overdue: boolean;
  chain: ChainStep[];
  answer: string;
  channel: string;
  receivedAt: string;
  acknowledgedAt: string | null;
  decidedAt: string | null;
  decidedOnTime: boolean | null;
  closedAt: string | null;
  anonymisedAt: string | null;
  mayAct: boolean;
  /** an open grievance of the same mobile about the same service, for the officers who handle this one */
  repeatOf: { id: number; trackingNumber: string } | null;
  events: {
    at: string;
    action: EventAction;
    fromStatus: string | null;
    toStatus: string;
    level: Level;
    officeId: number;
    actor: string;
    note: string;
    dueOn: string | null;
  }[];
  attachments: { id: number; fileName: string; mediaType: string; size: number }[];
  explanation: DeadlineExplanation | null;
  /** years the count runs through that have no holidays entered */
  yearsWithoutHolidays: number[];
}

const iso = (d: Date | null) => d?.toISOString() ?? null;

export function officerView(
  g: GrievanceRow,
  more: {
    office: Office;
    identity: boolean;
    mayAct: boolean;
    repeatOf: GrievanceRow | null;
    events: EventRow[];
    attachments: AttachmentRow[];
    explanation: DeadlineExplanation | null;
    overdue: boolean;
    yearsWithoutHolidays: number[];
  },
): OfficerView {
  // Those who do not handle it read every text without the name, the address and the contacts.
  const shown = (text: string) => (more.identity ? text : withoutIdentity(text, { name: g.name, address: g.address }));
  return {
    id: g.id,
    trackingNumber: g.trackingNumber,
    office: { id: more.office.id, nameBn: more.office.nameBn, nameEn: more.office.nameEn },
    filedOfficeId: g.filedOfficeId,
    service: { id: g.serviceId, name: g.serviceName, code: g.serviceCode },
    complainant: complainant(g, more.identity),
    description: shown(g.description),
    remedy: shown(g.remedy),
    status: g.status as GrievanceStatus,
    level: g.level as Level,
    countFrom: g.countFrom,
    countDays: g.countDays,
    dueOn: g.dueOn,
    remainingDays: g.remainingDays,
    overdue: more.overdue,
    chain: g.chain,
    answer: shown(g.answer),
    channel: g.channel,
    receivedAt: g.receivedAt.toISOString(),
    acknowledgedAt: iso(g.acknowledgedAt),
    decidedAt: iso(g.decidedAt),
    decidedOnTime: g.decidedOnTime,
    closedAt: iso(g.closedAt),
    anonymisedAt: iso(g.anonymisedAt),
    mayAct: more.mayAct,
    repeatOf: more.identity && more.repeatOf ? { id: more.repeatOf.id, trackingNumber: more.repeatOf.trackingNumber } : null,
    events: more.events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action as EventAction,
      fromStatus: e.fromStatus,
      toStatus: e.toStatus,
      level: e.level as Level,
      officeId: e.officeId,
      actor: e.actor,
      note: shown(e.note),
      dueOn: e.dueOn,
    })),
    attachments: more.identity ? more.attachments.map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, size: a.size })) : [],
    explanation: more.explanation,
    yearsWithoutHolidays: more.yearsWithoutHolidays,
  };
}

export interface PublicStatus {
  trackingNumber: string;
  office: { id: number; nameBn: string; nameEn: string };
  service: string;
  status: GrievanceStatus;
  level: Level;
  receivedAt: string;
  dueOn: string | null;
  overdue: boolean;
  /** the office's decision or question, contacts taken out */
  answer: string;
  /** what the complainant may do now */
  may: { answer: boolean; appeal: boolean; accept: boolean };
  events: { at: string; action: EventAction; status: string; level: Level; note: string; dueOn: string | null }[];
  explanation: DeadlineExplanation | null;
}

export function publicStatus(
  g: GrievanceRow,
  more: { office: Office; events: EventRow[]; explanation: DeadlineExplanation | null; today: string },
): PublicStatus {
  const decided = g.status === 'resolved' || g.status === 'rejected';
  return {
    trackingNumber: g.trackingNumber,
    office: { id: more.office.id, nameBn: more.office.nameBn, nameEn: more.office.nameEn },
    service: g.serviceName,
    status: g.status as GrievanceStatus,
    level: g.level as Level,
    receivedAt: g.receivedAt.toISOString(),
    dueOn: g.dueOn,
    overdue: isOverdue(stateOf(g), more.today),
    answer: withoutIdentity(g.answer, { name: g.name, address: g.address }),
    may: { answer: g.status === 'clarification', appeal: decided && nextLevel(g.level as Level) !== null, accept: decided },
    events: more.events.map((e) => ({
      at: e.at.toISOString(),
      action: e.action as EventAction,
      status: e.toStatus,
      level: e.level as Level,
      note: e.public ? withoutIdentity(e.note, { name: g.name, address: g.address }) : '',
      dueOn: e.dueOn,
    })),
    explanation: more.explanation,
  };
}
