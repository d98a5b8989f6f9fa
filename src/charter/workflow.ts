// The life of an edition, as pure code: which step may follow which. The services ask this table; the
// database adds one rule of its own (a published edition never changes).
export const EDITION_STATUSES = ['draft', 'submitted', 'changes_requested', 'approved', 'published'] as const;
export type EditionStatus = (typeof EDITION_STATUSES)[number];

export type EditionEvent = 'edit' | 'submit' | 'request-changes' | 'comment' | 'approve' | 'publish';

/** From each status, where each event leads; a missing entry is a step the status does not allow. */
const NEXT: Record<EditionStatus, Partial<Record<EditionEvent, EditionStatus>>> = {
  draft: { edit: 'draft', submit: 'submitted', comment: 'draft' },
  submitted: { 'request-changes': 'changes_requested', comment: 'submitted', approve: 'approved' },
  // The reviewer sees the current content when approving, so a change asked for need not be resubmitted first.
  changes_requested: { edit: 'changes_requested', submit: 'submitted', comment: 'changes_requested', approve: 'approved' },
  approved: { publish: 'published', comment: 'approved' },
  published: {},
};

export function nextStatus(status: EditionStatus, event: EditionEvent): EditionStatus | null {
  return NEXT[status][event] ?? null;
}

/**
 * Publishing without review: an office with no office above has nobody to review it, and the operator of
 * the machine (the demo, a migration from the old portal) may publish directly. Errors still need a reason.
 */
export function canPublishUnreviewed(status: EditionStatus): boolean {
  return status !== 'published';
}

export const isEditable = (status: EditionStatus) => nextStatus(status, 'edit') !== null;
