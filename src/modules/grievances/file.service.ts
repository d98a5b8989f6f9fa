// Filing a grievance: no sign-in. The office's charter gives the chain and the service; the complainant
// gets a tracking number by SMS and e-mail; the office's grievance officers are told (without the identity).
import { createHash, randomInt } from 'node:crypto';
import { z } from 'zod';
import { normalizeLine } from '../../bangla/normalize.ts';
import { toMobileE164 } from '../../charter/phone.ts';
import { grievanceChain } from '../../grievance/chain.ts';
import { formatTrackingNumber, makeTrackingNumber } from '../../grievance/tracking.ts';
import { daysAt, received } from '../../grievance/workflow.ts';
import type { Ctx } from '../shared/context.ts';
import { inTransaction, PUBLIC } from '../shared/context.ts';
import { DomainError, fieldProblems } from '../shared/domain-error.ts';
import { audit } from '../audit/audit.service.ts';
import * as offices from '../offices/offices.service.ts';
import { workingCalendar } from '../holidays/calendar.repo.ts';
import * as repo from './grievances.repo.ts';
import type { ServiceRow } from '../charters/charters.repo.ts';
import { scheduleClock, tellComplainant, tellHandlers, today } from './clock.ts';
import { checkAttachment, type AttachmentInput, ATTACHMENT_LIMITS } from './attachments.ts';

const text = (max: number) =>
  z
    .string()
    .transform((s) => normalizeLine(s))
    .pipe(z.string().max(max, 'field.too-long'));
// What happened keeps its lines: people write paragraphs.
const paragraphs = (max: number) =>
  z
    .string()
    .transform((s) =>
      s
        .split(/\r?\n/)
        .map((line) => normalizeLine(line))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    )
    .pipe(z.string().max(max, 'field.too-long'));

export const grievanceInputSchema = z.object({
  officeId: z.coerce.number({ message: 'field.required' }).int().positive(),
  serviceId: z.coerce.number().int().positive().nullable().optional(),
  /** Open311's service_code: "citizen-3", the group and serial of a row of the current charter */
  serviceCode: z.string().max(40).nullable().optional(),
  name: text(200).pipe(z.string().min(1, 'field.required')),
  mobile: z
    .string({ message: 'field.required' })
    .min(1, 'field.required')
    .transform((s, ctx) => {
      const e164 = toMobileE164(s);
      if (e164 === null) ctx.addIssue({ code: 'custom', message: 'field.mobile' });
      return e164 ?? '';
    }),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .transform((s) => s.replace(/\s*@\s*/, '@'))
    .pipe(z.union([z.literal(''), z.email('field.email').max(320, 'field.too-long')]))
    .nullable()
    .optional(),
  address: text(500).nullable().optional(),
  description: paragraphs(5000).pipe(z.string().min(10, 'field.description-short')),
  remedy: paragraphs(2000).nullable().optional(),
  /** publish nothing of what was written (the default); false: the complainant chose to publish it, without identity */
  anonymous: z.boolean().optional(),
  channel: z.enum(['web', 'api', 'open311']).default('web'),
  clientKey: z.string().max(200).nullable().optional(),
});
export type GrievanceInput = z.input<typeof grievanceInputSchema> & { attachments?: AttachmentInput[] };

/** At most this many grievances from one mobile number a day: a flood, not a person, files more. */
export const PER_MOBILE_PER_DAY = 5;

export interface Filed {
  id: number;
  trackingNumber: string;
  dueOn: string;
  officeId: number;
}

/** The service a grievance names, by id or by Open311 code, in the office's current charter; null for none. */
function pickService(rows: ServiceRow[], id: number | null | undefined, code: string | null | undefined) {
  if (id == null && !code) return null;
  const row = rows.find((s) => (id != null ? s.id === id : `${s.category}-${s.serial}` === code));
  if (!row) throw new DomainError('grievance.service-unknown', { service: String(id ?? code) }, { serviceId: { key: 'field.service-unknown' } });
  return row;
}

/**
 * Files a grievance. It acts for nobody: whoever is signed in, the complainant is not named in the audit log or
 * the events by their account. A grievance like an open one from the same mobile (same office, same service) is
 * filed all the same and linked to it for the officers; the complainant's SMS names the earlier one. Refusing it
 * would tell anyone who types a mobile number whether that person has an open grievance.
 */
export async function fileGrievance(callerCtx: Ctx, raw: GrievanceInput): Promise<Filed> {
  const ctx: Ctx = { ...callerCtx, actor: PUBLIC };
  const parsed = grievanceInputSchema.safeParse(raw);
  if (!parsed.success) throw new DomainError('grievance.invalid', {}, fieldProblems(parsed.error));
  const input = parsed.data;
  const files = raw.attachments ?? [];
  if (files.length > ATTACHMENT_LIMITS.files) throw new DomainError('grievance.attachment-count', { max: ATTACHMENT_LIMITS.files });
  const checked = files.map(checkAttachment);
  const total = checked.reduce((sum, f) => sum + f.size, 0);
  if (total > ATTACHMENT_LIMITS.totalBytes) throw new DomainError('grievance.attachment-total', { max: ATTACHMENT_LIMITS.totalBytes / 1024 / 1024 });

  return inTransaction(ctx, async (tx) => {
    const office = await offices.getOffice(tx.db, input.officeId);
    const since = new Date(tx.now.getTime() - 24 * 3600_000);
    if ((await repo.countFromMobile(tx.db, input.mobile, since)) >= PER_MOBILE_PER_DAY) {
      throw new DomainError('grievance.too-many', { max: PER_MOBILE_PER_DAY });
    }
    const charter = await repo.charterForGrievance(tx.db, office.id);
    const service = pickService(charter.services, input.serviceId, input.serviceCode);
    const earlier = (await repo.openFromMobile(tx.db, input.mobile, office.id)).find((g) => g.serviceId === (service?.id ?? null));
    const chain = grievanceChain(charter.steps);
    const cal = await workingCalendar(tx.db, office.id);
    const state = received({ chain, cal, today: today(tx) });
    const values = {
      officeId: office.id,
      filedOfficeId: office.id,
      serviceId: service?.id ?? null,
      serviceName: service?.name ?? '',
      serviceCode: service ? `${service.category}-${service.serial}` : null,
      name: input.name,
      mobile: input.mobile,
      email: input.email || null,
      address: input.address || null,
      anonymous: input.anonymous ?? true,
      repeatOfId: earlier?.id ?? null,
      description: input.description,
      remedy: input.remedy ?? '',
      status: state.status,
      level: state.level,
      countFrom: state.countFrom,
      countDays: daysAt(chain, state.level),
      dueOn: state.dueOn,
      chain,
      channel: input.channel,
      clientKey: input.clientKey ?? null,
      receivedAt: tx.now,
      updatedAt: tx.now,
    };
    let row: repo.GrievanceRow | null = null;
    // Nine random digits give a billion numbers: a clash is rare, and then another is drawn.
    for (let attempt = 0; row === null && attempt < 8; attempt++) {
      const trackingNumber = makeTrackingNumber(String(randomInt(100_000_000, 1_000_000_000)));
      row = await repo.insertGrievance(tx.db, { ...values, trackingNumber });
    }
    if (row === null) throw new Error('no free tracking number after 8 draws');
    for (const file of checked) {
      await repo.insertAttachment(tx.db, { grievanceId: row.id, ...file, sha256: createHash('sha256').update(file.bytes).digest('hex') });
    }
    await repo.insertEvent(tx.db, {
      grievanceId: row.id,
      at: tx.now,
      action: 'file',
      fromStatus: null,
      toStatus: row.status,
      level: row.level,
      officeId: office.id,
      actor: 'complainant',
      public: true,
      dueOn: row.dueOn,
    });
    // The audit log is read by heads and offices above: it records the grievance, never who filed it.
    await audit(tx, {
      entity: 'grievance',
      id: row.id,
      action: 'file',
      officeId: office.id,
      after: {
        trackingNumber: row.trackingNumber,
        serviceId: row.serviceId,
        status: row.status,
        level: row.level,
        dueOn: row.dueOn,
        channel: row.channel,
        attachments: checked.length,
      },
    });
    await scheduleClock(tx, row, cal);
    if (earlier) {
      await tellComplainant(tx, row, 'filed', 'notify.grievance.filed-repeat', { earlier: formatTrackingNumber(earlier.trackingNumber) });
    } else await tellComplainant(tx, row, 'filed', 'notify.grievance.filed');
    await tellHandlers(tx, row, 'filed', 'notify.grievance.new');
    return { id: row.id, trackingNumber: row.trackingNumber, dueOn: state.dueOn ?? state.countFrom, officeId: office.id };
  });
}
