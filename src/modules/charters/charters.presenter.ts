// What leaves the service for whom. The public presenter shows what a citizen should see: the published
// charter, how many known problems it was published with, no import findings and nothing of drafts.
import type { Charter } from '../../charter/model.ts';
import type { EditionView } from './charters.service.ts';

export type PublicCharter = Omit<Charter, 'findings'> & {
  edition: {
    id: number;
    number: number;
    fiscalYear: number;
    quarter: number;
    status: 'published';
    issueDate: string | null;
    publishedAt: string | null;
    /** published with this many errors, with the head's reason */
    knownProblems: number;
  };
};

export function publicCharter({ edition, charter }: EditionView): PublicCharter {
  const { findings: _findings, ...shown } = charter;
  return {
    ...shown,
    edition: {
      id: edition.id,
      number: edition.number,
      fiscalYear: edition.fiscalYear,
      quarter: edition.quarter,
      status: 'published',
      issueDate: edition.issueDate,
      publishedAt: edition.publishedAt?.toISOString() ?? null,
      knownProblems: edition.knownProblems,
    },
  };
}

/** For those who may read drafts: the edition with its status, findings and review dates. */
export function signedInEdition({ edition, charter }: EditionView) {
  return {
    id: edition.id,
    number: edition.number,
    fiscalYear: edition.fiscalYear,
    quarter: edition.quarter,
    status: edition.status,
    basedOnId: edition.basedOnId,
    sourceName: edition.sourceName,
    createdAt: edition.createdAt.toISOString(),
    updatedAt: edition.updatedAt?.toISOString() ?? null,
    submittedAt: edition.submittedAt?.toISOString() ?? null,
    approvedAt: edition.approvedAt?.toISOString() ?? null,
    publishedAt: edition.publishedAt?.toISOString() ?? null,
    publishOverride: edition.publishOverride,
    knownProblems: edition.knownProblems,
    charter,
  };
}
