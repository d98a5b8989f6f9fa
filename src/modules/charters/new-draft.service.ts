// Starting the next quarter's draft: a copy of the published edition, or the headquarters' standard services.
import { inTransaction, type Ctx } from '../shared/context.ts';
import { DomainError } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import { authorize } from '../accounts/policy.ts';
import * as offices from '../offices/offices.service.ts';
import { fiscalQuarterOf, nextQuarter, quarterBefore } from '../../calendar/fiscal.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { listTemplate } from '../templates/templates.service.ts';
import { relint } from './editions.service.ts';
import { serviceSearchText } from './charters.mapping.ts';
import * as repo from './charters.repo.ts';

/**
 * The next quarter's draft: a copy of the office's published edition (rows, officers' posts, vision and
 * all), or an empty draft when nothing is published; with `from: 'template'`, the headquarters' standard
 * services to localise (each remembers the template version it came from). Refused while another edition
 * is still open.
 */
export async function newDraft(
  ctx: Ctx,
  input: { officeId: number; from?: 'published' | 'template' },
): Promise<{ editionId: number; basedOnId: number | null }> {
  const office = await offices.getOffice(ctx.db, input.officeId);
  authorize(ctx, 'charter.edit', office);
  const open = (await repo.listEditions(ctx.db, office.id)).find((e) => e.status !== 'published');
  if (open) throw new DomainError('edition.open-exists', { id: open.id, number: open.number });
  const latest = await repo.latestPublished(ctx.db, office.id);
  const published = input.from === 'template' ? null : latest;
  // The current quarter, unless the published edition is already for it (or later): then the one after.
  const current = fiscalQuarterOf(dhakaDate(ctx.now));
  const last = latest ? { startYear: latest.fiscalYear, quarter: latest.quarter } : null;
  const when = last && !quarterBefore(last, current) ? nextQuarter(last.startYear, last.quarter) : current;
  return inTransaction(ctx, async (tx) => {
    const charterId = await repo.ensureCharter(tx.db, office.id);
    const rows = published ? await repo.loadEditionRows(tx.db, published) : null;
    const template = input.from === 'template' ? await listTemplate(tx, { officeId: office.id }) : [];
    const serials = new Map<string, number>();
    const fromTemplate = template.map((t, i) => {
      const v = t.values;
      const serial = (serials.get(v.category) ?? 0) + 1;
      serials.set(v.category, serial);
      return {
        category: v.category,
        position: i + 1,
        serial,
        name: v.name,
        channels: v.channels,
        documents: v.documents,
        feeKind: v.fee.kind,
        feeAmountTaka: v.fee.amountTaka,
        feeText: v.fee.text,
        paymentMethod: v.fee.paymentMethod,
        timeImmediate: v.timeLimit.immediate,
        timeWorkingDays: v.timeLimit.workingDays,
        timeText: v.timeLimit.text,
        searchText: serviceSearchText(v),
        templateServiceId: t.id,
        templateVersion: t.version,
      };
    });
    const edition = await repo.insertEdition(tx.db, {
      edition: {
        charterId,
        number: await repo.nextEditionNumber(tx.db, charterId),
        fiscalYear: when.startYear,
        quarter: when.quarter,
        title: published?.title ?? null,
        vision: published?.vision ?? '',
        mission: published?.mission ?? '',
        signatoryName: published?.signatoryName ?? null,
        signatoryDesignation: published?.signatoryDesignation ?? null,
        basedOnId: published?.id ?? null,
        updatedAt: ctx.now,
      },
      services: rows ? rows.services.map(({ id: _id, editionId: _e, ...s }) => s) : fromTemplate,
      expectations: (rows?.expectations ?? []).map(({ id: _id, editionId: _e, ...x }) => x),
      grievanceSteps: (rows?.grievanceSteps ?? []).map(({ id: _id, editionId: _e, ...g }) => g),
    });
    await audit(tx, {
      entity: 'charter_edition',
      id: edition.id,
      action: 'create',
      officeId: office.id,
      after: { number: edition.number, basedOnId: published?.id ?? null },
    });
    await relint(tx, { edition: { ...edition, officeId: office.id }, office });
    return { editionId: edition.id, basedOnId: published?.id ?? null };
  });
}
