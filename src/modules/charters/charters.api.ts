// JSON for charters: the same contract as the importer, plus the edition it comes from.
import { Hono } from 'hono';
import type { AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import { DomainError } from '../shared/domain-error.ts';
import { currentCharter } from './charters.service.ts';

export const chartersApi = new Hono<AppEnv>();

chartersApi.get('/offices/:id/charter', async (c) => {
  const view = await currentCharter(c.get('deps').db, idParam(c.req.param('id')));
  if (!view) {
    throw new DomainError('charter.not-published');
  }
  const { edition, charter } = view;
  return c.json({
    ...charter,
    edition: {
      id: edition.id,
      number: edition.number,
      fiscalYear: edition.fiscalYear,
      quarter: edition.quarter,
      status: edition.status,
      issueDate: edition.issueDate,
      publishedAt: edition.publishedAt?.toISOString() ?? null,
    },
  });
});
