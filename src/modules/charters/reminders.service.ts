// The quarter ending without a new edition: in its last two weeks, the editors and the head of every office
// whose published charter is older than the quarter are told, once per quarter (the key makes it once).
import { fiscalQuarterOf, formatFiscalYear, quarterLabel, quarterRange } from '../../calendar/fiscal.ts';
import { dhakaDate, formatDateBn, formatDateEn } from '../../bangla/dates.ts';
import { sql } from 'drizzle-orm';
import type { Ctx } from '../shared/context.ts';
import { notify } from '../notifications/outbox.service.ts';

export const REMIND_DAYS = 14;

const days = (fromIso: string, toIso: string) => Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);

/** Writes the reminders due at ctx.now; returns how many were written (0 when all were written before). */
export async function remindQuarterEnd(ctx: Ctx): Promise<number> {
  const today = dhakaDate(ctx.now);
  const current = fiscalQuarterOf(today);
  const { to: end } = quarterRange(current.startYear, current.quarter);
  if (days(today, end) > REMIND_DAYS) return 0;
  const cur = current.startYear * 4 + current.quarter;
  const keyOf = (officeId: number, userId: number) => `quarter:${current.startYear}-${current.quarter}:office:${officeId}:user:${userId}`;
  // One query over the whole tree (tens of thousands of offices): the editors and heads of offices with no
  // edition for this quarter, who have not been told yet this quarter.
  const due = (await ctx.db.execute(sql`
    select o.id as office_id, o.name_bn, o.name_en, u.id as user_id, u.email
    from offices o
    join users u on u.office_id = o.id and u.disabled_at is null
    where exists (select 1 from user_roles r where r.user_id = u.id and r.role in ('editor', 'head'))
      and not exists (
        select 1 from charter_editions e join charters c on c.id = e.charter_id
        where c.office_id = o.id and e.status = 'published' and e.fiscal_year * 4 + e.quarter >= ${cur})
      and not exists (
        select 1 from outbox x
        where x.key = cast(${`quarter:${current.startYear}-${current.quarter}:office:`} as text) || o.id::text || ':user:' || u.id::text || ':email')
    order by o.id, u.id`)) as unknown as { rows: { office_id: number; name_bn: string; name_en: string; user_id: number; email: string }[] };
  const quarter = {
    bn: `${formatFiscalYear(current.startYear, 'bn')} অর্থবছরের ${quarterLabel(current.quarter, 'bn')}`,
    en: `${quarterLabel(current.quarter, 'en')} of ${formatFiscalYear(current.startYear, 'en')}`,
  };
  let written = 0;
  for (const row of due.rows) {
    const params = {
      office: { bn: row.name_bn, en: row.name_en },
      quarter,
      end: { bn: formatDateBn(end), en: formatDateEn(end) },
      link: `/offices/${row.office_id}`,
    };
    const keys = await notify(ctx, {
      key: keyOf(row.office_id, row.user_id),
      to: { email: row.email },
      message: { subject: { key: 'notify.quarter.subject', params }, body: { key: 'notify.quarter.body', params } },
    });
    written += keys.length;
  }
  return written;
}
