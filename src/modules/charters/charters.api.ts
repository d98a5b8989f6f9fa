// JSON for charters: the same contract as the importer, plus the edition it comes from.
import { Hono } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { idParam } from '../../http/errors.tsx';
import { DomainError } from '../shared/domain-error.ts';
import { currentCharter } from './charters.service.ts';
import { publicCharter } from './charters.presenter.ts';

export const chartersApi = new Hono<AppEnv>();

chartersApi.get('/offices/:id/charter', async (c) => {
  const view = await currentCharter(ctxOf(c), { officeId: idParam(c.req.param('id')) });
  if (!view) {
    throw new DomainError('charter.not-published');
  }
  return c.json(publicCharter(view));
});
