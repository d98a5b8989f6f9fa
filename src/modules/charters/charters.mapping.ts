// Turns a charter (the import contract) into edition rows, and edition rows back into the contract.
import type { Charter, Finding, Person, Service } from '../../charter/model.ts';
import { searchDocument } from '../search/search-text.ts';
import type { EditionRows } from './charters.repo.ts';
import type { services, grievanceSteps } from '../../db/schema.ts';

type ServiceInsert = Omit<typeof services.$inferInsert, 'editionId'>;
type StepInsert = Omit<typeof grievanceSteps.$inferInsert, 'editionId'>;
export type Slot = 'responsible' | 'superior' | 'alternate';

/** What a service is found by: its name, then its channels and documents, as search keys (search-text.ts). */
export const serviceSearchText = (s: { name: string; channels: readonly string[]; documents: string }) =>
  searchDocument(s.name, `${s.channels.join(' ')} ${s.documents}`);

/** The rows of a charter's services; `postOf` gives the post an officer block was resolved to. */
export function serviceRows(charter: Charter, postOf: (serviceIndex: number, slot: Slot) => number | null): ServiceInsert[] {
  return charter.services.map((s, i) => ({
    category: s.category,
    position: i + 1,
    serial: s.serial,
    name: s.name,
    channels: s.channels,
    documents: s.documents,
    feeKind: s.fee.kind,
    feeAmountTaka: s.fee.amountTaka,
    feeText: s.fee.text,
    paymentMethod: s.fee.paymentMethod,
    timeImmediate: s.timeLimit.immediate,
    timeWorkingDays: s.timeLimit.workingDays,
    timeText: s.timeLimit.text,
    responsiblePostId: postOf(i, 'responsible'),
    superiorPostId: postOf(i, 'superior'),
    alternatePostId: postOf(i, 'alternate'),
    remarks: s.remarks,
    searchText: serviceSearchText(s),
  }));
}

export function stepRows(charter: Charter, postOf: (stepIndex: number) => number | null): StepInsert[] {
  return charter.grievanceSteps.map((g, i) => ({
    stepOrder: g.order,
    whenText: g.when,
    role: g.role,
    postId: postOf(i),
    contact: g.contact,
    contactText: g.contactText,
    workingDays: g.workingDays,
  }));
}

export interface CharterHeader {
  office: Charter['office'];
  subordinateOffices: Charter['subordinateOffices'];
  signOffOffice: string | null;
}

/** The contract from stored rows; officers are the current holders of the posts the rows point at. */
export function rowsToCharter(rows: EditionRows, header: CharterHeader, persons: Map<number, Person>): Charter {
  const person = (id: number | null) => (id === null ? null : (persons.get(id) ?? null));
  const { edition } = rows;
  const services: Service[] = rows.services.map((s) => ({
    category: s.category as Service['category'],
    serial: s.serial,
    name: s.name,
    channels: s.channels,
    documents: s.documents,
    fee: {
      kind: s.feeKind as Service['fee']['kind'],
      amountTaka: s.feeAmountTaka,
      text: s.feeText,
      paymentMethod: s.paymentMethod,
    },
    timeLimit: { immediate: s.timeImmediate, workingDays: s.timeWorkingDays, text: s.timeText },
    responsible: person(s.responsiblePostId),
    superior: person(s.superiorPostId),
    alternate: person(s.alternatePostId),
    remarks: s.remarks,
  }));
  return {
    office: header.office,
    title: edition.title,
    vision: edition.vision,
    mission: edition.mission,
    services,
    subordinateOffices: header.subordinateOffices,
    expectations: rows.expectations.map((e) => e.text),
    grievanceSteps: rows.grievanceSteps.map((g) => ({
      order: g.stepOrder,
      when: g.whenText,
      role: g.role,
      contact: withHolder(g.contact, person(g.postId)),
      contactText: g.contactText,
      workingDays: g.workingDays,
    })),
    signOff:
      edition.issueDate || edition.signatoryName
        ? { date: edition.issueDate, name: edition.signatoryName, designation: edition.signatoryDesignation, office: header.signOffOffice }
        : null,
    findings: (edition.findings as unknown[]).map(storedFinding),
  };
}

/** A grievance contact as written, with the post's current holder in place of the name and contacts. */
function withHolder(written: Person | null, holder: Person | null): Person | null {
  if (!holder) return written;
  if (!written) return holder;
  return { ...holder, designation: holder.designation ?? written.designation, other: written.other };
}

/**
 * A finding as stored. Editions imported before findings were data hold `{message, where}` with the text in both
 * languages; those are shown as they were stored (variant "stored"), nothing else about them being known.
 */
export function storedFinding(raw: unknown): Finding {
  const f = raw as Partial<Finding> & { message?: string; where?: string };
  if (f.location !== undefined && f.params !== undefined) return f as Finding;
  return {
    severity: f.severity === 'error' ? 'error' : 'warning',
    code: typeof f.code === 'string' ? f.code : 'unknown',
    variant: 'stored',
    params: { text: f.message ?? '', where: f.where ?? '' },
    // The old location (no line) is kept, so the finding still stands beside its row.
    location: f.location === undefined ? { section: null, row: null, column: null, line: null } : { ...f.location, line: f.location.line ?? null },
  };
}
