// The quarter ending without a new edition: in its last two weeks, the editors and the head of every office
// whose published charter is older than the quarter are told, once per quarter (the key makes it once).
import { fiscalQuarterOf, formatFiscalYear, quarterBefore, quarterLabel, quarterRange } from '../../calendar/fiscal.ts';
import { formatDateBn, formatDateEn } from '../../bangla/dates.ts';
import type { Ctx } from '../shared/context.ts';
import { notify } from '../notifications/outbox.service.ts';
import * as accounts from '../accounts/accounts.repo.ts';
import { listOffices } from '../offices/offices.service.ts';
import * as repo from './charters.repo.ts';

export const REMIND_DAYS = 14;

const days = (fromIso: string, toIso: string) => Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);

/** Writes the reminders due at ctx.now; returns how many were written (0 when all were written before). */
export async function remindQuarterEnd(ctx: Ctx): Promise<number> {
  const today = new Date(ctx.now.getTime() + 6 * 3600_000).toISOString().slice(0, 10);
  const current = fiscalQuarterOf(today);
  const { to: end } = quarterRange(current.startYear, current.quarter);
  if (days(today, end) > REMIND_DAYS) return 0;
  let written = 0;
  for (const office of await listOffices(ctx.db)) {
    const published = await repo.latestPublished(ctx.db, office.id);
    if (published && !quarterBefore({ startYear: published.fiscalYear, quarter: published.quarter }, current)) continue;
    const quarter = {
      bn: `${formatFiscalYear(current.startYear, 'bn')} অর্থবছরের ${quarterLabel(current.quarter, 'bn')}`,
      en: `${quarterLabel(current.quarter, 'en')} of ${formatFiscalYear(current.startYear, 'en')}`,
    };
    const params = {
      office: { bn: office.nameBn, en: office.nameEn },
      quarter,
      end: { bn: formatDateBn(end), en: formatDateEn(end) },
      link: `/offices/${office.id}`,
    };
    for (const person of await accounts.usersWithRoles(ctx.db, office.id, ['editor', 'head'])) {
      const keys = await notify(ctx, {
        key: `quarter:${current.startYear}-${current.quarter}:office:${office.id}:user:${person.id}`,
        to: { email: person.email },
        message: { subject: { key: 'notify.quarter.subject', params }, body: { key: 'notify.quarter.body', params } },
      });
      written += keys.length;
    }
  }
  return written;
}
