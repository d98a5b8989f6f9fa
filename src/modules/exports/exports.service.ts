// Open data: the published charter of an office as CPSV-AP, CSV and XLSX, the national services CSV (streamed)
// and the sitemap. Only what the public presenter shows leaves here: never drafts, never findings.
import type { Person, Service } from '../../charter/model.ts';
import { toCsv, CSV_BOM } from '../../csv/csv.ts';
import { t, type MessageKey } from '../../i18n/messages.ts';
import { DomainError } from '../shared/domain-error.ts';
import type { Ctx } from '../shared/context.ts';
import * as offices from '../offices/offices.service.ts';
import { currentCharter } from '../charters/charters.service.ts';
import { publicCharter, type PublicCharter } from '../charters/charters.presenter.ts';
import { charterUrl, cpsvAp, officeUrl, serviceUrl, type ExportOffice } from './jsonld.ts';
import { publishedOffices } from './exports.repo.ts';
import { xlsx } from './xlsx.ts';

export interface PublishedCharter {
  office: ExportOffice;
  charter: PublicCharter;
}

/** The office and its current published charter as the public sees it; not published is 404. */
export async function publishedCharter(ctx: Ctx, input: { officeId: number }): Promise<PublishedCharter> {
  const office = await offices.getOffice(ctx.db, input.officeId);
  const view = await currentCharter(ctx, { officeId: office.id });
  if (!view) throw new DomainError('charter.not-published');
  return { office, charter: publicCharter(view) };
}

// The columns of the official format, in its order; fee and payment apart, as the bulk data needs them.
const COLUMNS: { key: MessageKey; width: number; value: (s: Service) => string }[] = [
  { key: 'exports.col.serial', width: 8, value: (s) => String(s.serial) },
  { key: 'exports.col.group', width: 16, value: (s) => t('bn', `charter.category.${s.category}`) },
  { key: 'exports.col.name', width: 36, value: (s) => s.name },
  { key: 'exports.col.channels', width: 24, value: (s) => s.channels.join('\n') },
  { key: 'exports.col.documents', width: 40, value: (s) => s.documents },
  { key: 'exports.col.fee', width: 20, value: (s) => feeOnly(s) },
  { key: 'exports.col.payment', width: 20, value: (s) => s.fee.paymentMethod ?? '' },
  { key: 'exports.col.time', width: 20, value: (s) => s.timeLimit.text },
  { key: 'exports.col.responsible', width: 32, value: (s) => personCell(s.responsible) },
  { key: 'exports.col.superior', width: 32, value: (s) => personCell(s.superior) },
];

function feeOnly(s: Service): string {
  if (s.fee.kind === 'free') return s.fee.text || t('bn', 'charter.free');
  if (s.fee.kind === 'amount' && s.fee.amountTaka !== null) return `${s.fee.amountTaka} ${t('bn', 'charter.taka')}`;
  return s.fee.text;
}

/** An officer block as lines: name, designation, room, phones, e-mails. */
export function personCell(p: Person | null): string {
  if (!p) return '';
  return [p.name, p.designation, p.room, ...p.phones, ...p.emails].filter((x): x is string => !!x).join('\n');
}

export const serviceHeader = () => COLUMNS.map((c) => t('bn', c.key));
export const serviceRow = (s: Service) => COLUMNS.map((c) => c.value(s));

/** The charter's services as a table: the Bangla header, then one row per service. */
export function serviceTable(charter: PublicCharter): string[][] {
  return [serviceHeader(), ...charter.services.map(serviceRow)];
}

export async function charterCsv(ctx: Ctx, input: { officeId: number }): Promise<string> {
  const { charter } = await publishedCharter(ctx, input);
  return toCsv(serviceTable(charter), { bom: true });
}

export async function charterXlsx(ctx: Ctx, input: { officeId: number }): Promise<Uint8Array> {
  const { charter } = await publishedCharter(ctx, input);
  return xlsx(
    t('bn', 'exports.sheet'),
    serviceTable(charter),
    COLUMNS.map((c) => c.width),
  );
}

export async function charterCpsv(ctx: Ctx, input: { officeId: number; origin: string }) {
  const { office, charter } = await publishedCharter(ctx, input);
  return cpsvAp(office, charter, input.origin);
}

const BULK_PREFIX: MessageKey[] = ['exports.col.officeId', 'exports.col.office', 'exports.col.districtCode', 'exports.col.upazilaCode'];

/**
 * Every published service of every office as one CSV, written as it is read: a page of offices at a time,
 * each office's current charter through the public presenter, so memory stays one page whatever the country.
 */
export function nationalServicesCsv(ctx: Ctx, input: { origin: string; pageSize?: number }): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pageSize = input.pageSize ?? 50;
  let after = 0;
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + toCsv([[...BULK_PREFIX.map((k) => t('bn', k)), ...serviceHeader(), t('bn', 'exports.col.url')]])));
        return;
      }
      const page = await publishedOffices(ctx.db, after, pageSize);
      if (!page.length) {
        controller.close();
        return;
      }
      for (const { officeId } of page) {
        const view = await currentCharter(ctx, { officeId });
        if (!view) continue;
        const office = await offices.getOffice(ctx.db, officeId);
        const charter = publicCharter(view);
        const rows = charter.services.map((s, i) => [
          String(office.id),
          office.nameBn,
          office.districtCode ?? '',
          office.upazilaCode ?? '',
          ...serviceRow(s),
          serviceUrl(input.origin, office.id, i),
        ]);
        if (rows.length) controller.enqueue(encoder.encode(toCsv(rows)));
      }
      after = page[page.length - 1]?.officeId ?? after;
    },
  });
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Offices a sitemap file lists: two addresses an office at most, under the 50,000 a file may hold. */
export const SITEMAP_OFFICES_PER_FILE = 20_000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const day = (d: Date | null | undefined) => (d ? `<lastmod>${d.toISOString().slice(0, 10)}</lastmod>` : '');

/**
 * The sitemap: the home page, every office page and every published charter page, the charter's lastmod
 * its latest publication. Past one file's offices `/sitemap.xml` is a sitemap index of `/sitemaps/N.xml`,
 * each the offices of one stretch in id order (`page`, from 1); a page past the last is null.
 */
export async function sitemap(ctx: Ctx, input: { origin: string; page?: number; perFile?: number }): Promise<string | null> {
  const perFile = input.perFile ?? SITEMAP_OFFICES_PER_FILE;
  const all = [...(await offices.listOffices(ctx.db))].sort((a, b) => a.id - b.id);
  const published = new Map<number, Date | null>();
  for (let after = 0; ;) {
    const page = await publishedOffices(ctx.db, after, 1000);
    if (!page.length) break;
    for (const p of page) published.set(p.officeId, p.publishedAt);
    after = page[page.length - 1]?.officeId ?? after;
  }
  const files = Math.max(1, Math.ceil(all.length / perFile));
  const xml = (root: string, items: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="${SITEMAP_NS}">\n${items.join('\n')}\n</${root}>\n`;
  if (input.page === undefined && files > 1) {
    const items = Array.from({ length: files }, (_, i) => {
      const dates = all.slice(i * perFile, (i + 1) * perFile).flatMap((o) => published.get(o.id) ?? []);
      const latest = dates.length ? new Date(Math.max(...dates.map((d) => d.getTime()))) : null;
      return `<sitemap><loc>${xmlEscape(`${input.origin}/sitemaps/${i + 1}.xml`)}</loc>${day(latest)}</sitemap>`;
    });
    return xml('sitemapindex', items);
  }
  const page = input.page ?? 1;
  if (!Number.isInteger(page) || page < 1 || page > files) return null;
  const url = (loc: string, lastmod?: Date | null) => `<url><loc>${xmlEscape(loc)}</loc>${day(lastmod)}</url>`;
  const urls = page === 1 ? [url(`${input.origin}/`)] : [];
  for (const o of all.slice((page - 1) * perFile, page * perFile)) {
    const at = published.get(o.id);
    urls.push(url(officeUrl(input.origin, o.id), at));
    if (published.has(o.id)) urls.push(url(charterUrl(input.origin, o.id), at));
  }
  return xml('urlset', urls);
}
