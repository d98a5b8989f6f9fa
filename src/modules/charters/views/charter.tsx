// The charter in the uniform format, every section in order; the same markup serves screen and print.
import type { Child } from 'hono/jsx';
import type { Charter, Finding, Service, ServiceCategory } from '../../../charter/model.ts';
import { SERVICE_CATEGORIES } from '../../../charter/model.ts';
import { t, type Locale } from '../../../i18n/messages.ts';
import { digits, dualDate, num } from '../../../i18n/format.ts';
import { formatFiscalYear, quarterLabel } from '../../../calendar/fiscal.ts';
import type { EditionView } from '../charters.service.ts';
import { PersonBlock, feeText, timeText } from './parts.tsx';
import { fixLabelOf, messageOf } from '../../../charter/lint/render.ts';

const sec = (n: string, locale: Locale) => `${digits(n, locale)}.`;

function thirdColumn(services: Service[]): 'superior' | 'alternate' | null {
  if (services.some((s) => s.superior)) return 'superior';
  if (services.some((s) => s.alternate)) return 'alternate';
  return null;
}

const SECTION_OF: Record<ServiceCategory, string> = { citizen: '2.1', institutional: '2.2', internal: '2.3' };

/** The findings about one row of a section, for the review of a draft. */
function rowFindings(findings: Finding[] | undefined, section: string, row: number): Finding[] {
  return (findings ?? []).filter((f) => [f.location, ...(f.also ?? [])].some((l) => l.section === section && l.row === row));
}

/** Draws what the editor can do beside a finding (the one-click fix), when the page is the editor's. */
export type FixTool = (f: Finding) => Child;

export function FindingList({ findings, locale, fixTool }: { findings: Finding[]; locale: Locale; fixTool?: FixTool | undefined }) {
  return (
    <ul class="findings">
      {findings.map((f) => (
        <li class={`finding ${f.severity}`}>
          <strong>{f.severity === 'error' ? t(locale, 'review.error') : t(locale, 'review.warning')}</strong>
          {f.location.column ? ` (${t(locale, 'review.column')} ${num(f.location.column, locale)})` : ''}
          {`: ${messageOf(f, locale)}`} <code>{f.code}</code>
          {f.fix ? <span class="fix">{` ${t(locale, 'review.fix')}: ${fixLabelOf(f, locale) ?? ''}`}</span> : null}
          {fixTool ? fixTool(f) : null}
        </li>
      ))}
    </ul>
  );
}

/**
 * An officer the row above names too: the cell keeps the whole officer (the table, the print, a copy of the
 * page read again), and on a phone, where each service is a card of its own, the style sheet shows this note
 * in its place rather than the same name, phones and e-mails card after card.
 */
function sameAsAbove(services: Service[], i: number, key: 'responsible' | 'superior' | 'alternate', locale: Locale) {
  const person = services[i]?.[key];
  const above = i > 0 ? services[i - 1]?.[key] : null;
  if (!person || !above || JSON.stringify(person) !== JSON.stringify(above)) return {};
  return { class: 'same-officer', 'data-same': t(locale, 'charter.sameOfficer') };
}

/** Extra rows under a service on the editor's and the reviewer's pages: actions, comments, forms. */
export type RowTools = (s: Service, index: number) => Child;

function ServiceTable(props: {
  locale: Locale;
  services: Service[];
  category: ServiceCategory;
  extra: 'superior' | 'alternate' | null;
  /** A remarks column, when a service of the charter has remarks (older forms). */
  remarks: boolean;
  numbered: boolean;
  findings?: Finding[] | undefined;
  /** the place of a service in the whole charter (the tools and anchors use it) */
  indexOf: (s: Service) => number;
  rowTools?: RowTools | undefined;
  fixTool?: FixTool | undefined;
  /** the office whose grievance form each row offers (the public page only; the same for every visitor) */
  grievanceOfficeId?: number | undefined;
}) {
  const { locale, services, category, extra, remarks, numbered, findings, indexOf, rowTools, fixTool, grievanceOfficeId } = props;
  const cols = [
    'serial',
    'name',
    'channels',
    'documents',
    'fee',
    'time',
    'responsible',
    ...(extra ? [extra] : []),
    ...(remarks ? (['remarks'] as const) : []),
  ] as const;
  if (services.length === 0) return <p class="muted">{t(locale, 'charter.noServices')}</p>;
  const label = (c: (typeof cols)[number]) => t(locale, `charter.col.${c}`);
  // the charter's own words are Bangla: marked so in the English interface, for screen readers and search
  const bn = contentLang(locale);
  return (
    <table class="services" data-category={category}>
      <thead>
        <tr>
          {cols.map((c) => (
            <th scope="col">{t(locale, `charter.col.${c}`)}</th>
          ))}
        </tr>
        {numbered ? (
          <tr class="col-numbers" aria-hidden="true">
            {cols.map((_, i) => (
              <td>{`(${num(i + 1, locale)})`}</td>
            ))}
          </tr>
        ) : null}
      </thead>
      <tbody>
        {services.map((s, i) => (
          <>
            <tr id={`service-${indexOf(s) + 1}`}>
              <td data-label={label('serial')}>{num(s.serial, locale)}</td>
              <th scope="row">{s.name}</th>
              <td data-label={label('channels')}>{s.channels.join(', ')}</td>
              <td data-label={label('documents')}>{digits(s.documents, locale)}</td>
              <td data-label={label('fee')}>{feeText(s.fee, locale)}</td>
              <td data-label={label('time')}>{timeText(s.timeLimit, locale)}</td>
              <td data-label={label('responsible')} {...sameAsAbove(services, i, 'responsible', locale)}>
                <PersonBlock person={s.responsible} locale={locale} lang={bn} />
              </td>
              {extra ? (
                <td data-label={label(extra)} {...sameAsAbove(services, i, extra, locale)}>
                  <PersonBlock person={s[extra]} locale={locale} lang={bn} />
                </td>
              ) : null}
              {remarks ? (
                <td data-label={label('remarks')} lang={bn}>
                  {digits(s.remarks, locale)}
                </td>
              ) : null}
            </tr>
            {rowFindings(findings, SECTION_OF[category], s.serial).length ? (
              <tr class="row-findings">
                <td colspan={cols.length}>
                  <FindingList findings={rowFindings(findings, SECTION_OF[category], s.serial)} locale={locale} fixTool={fixTool} />
                </td>
              </tr>
            ) : null}
            {grievanceOfficeId !== undefined ? (
              // its own row, not inside the row header (every cell would be announced with it); a button, not a
              // link: an action, and form controls are what a page saved and imported again does not read
              <tr class="row-tools grievance-row">
                <td colspan={cols.length}>
                  <form class="grievance-link" method="get" action={`/offices/${grievanceOfficeId}/grievances/new`}>
                    <input type="hidden" name="service" value={`${s.category}-${s.serial}`} />
                    <button type="submit" class="secondary">
                      {t(locale, 'grievance.link.service')}
                      <span class="visually-hidden">{`: ${s.name}`}</span>
                    </button>
                  </form>
                </td>
              </tr>
            ) : null}
            {rowTools ? (
              <tr class="row-tools">
                <td colspan={cols.length}>{rowTools(s, indexOf(s))}</td>
              </tr>
            ) : null}
          </>
        ))}
      </tbody>
    </table>
  );
}

export function CharterDocument(props: {
  locale: Locale;
  view: EditionView;
  officeName: string;
  print?: boolean;
  findings?: Finding[];
  rowTools?: RowTools;
  fixTool?: FixTool;
  /** the office whose grievance form each row and the grievance section link to (the public page) */
  grievanceOfficeId?: number;
}) {
  const { locale, view, officeName, print = false, findings, rowTools, fixTool, grievanceOfficeId } = props;
  const { charter, edition } = view;
  const extra = thirdColumn(charter.services);
  const updated = edition.issueDate ?? edition.publishedAt?.toISOString().slice(0, 10) ?? null;
  const bn = contentLang(locale);
  const parts: [string, string][] = [
    ['vision', `${sec('1', locale)} ${t(locale, 'charter.visionMission')}`],
    ['services', `${sec('2', locale)} ${t(locale, 'charter.services')}`],
    ['subordinates', `${sec('3', locale)} ${t(locale, 'charter.subordinates')}`],
    ['expectations', `${sec('4', locale)} ${t(locale, 'charter.expectations')}`],
    ['grievance', `${sec('5', locale)} ${t(locale, 'charter.grievance')}`],
  ];
  return (
    <article class="charter">
      <header class="charter-head">
        <p class="office">{officeName}</p>
        <h1>{t(locale, 'charter.title')}</h1>
        <p class="edition">{`${t(locale, 'charter.fiscalYear')} ${formatFiscalYear(edition.fiscalYear, locale)}, ${quarterLabel(edition.quarter, locale)}`}</p>
        {updated ? (
          <p class="updated">
            {`${t(locale, 'charter.lastUpdated')}: `}
            <time datetime={updated}>{dualDate(updated, locale)}</time>
          </p>
        ) : null}
      </header>
      {print ? null : (
        // a phone shows one section at a time: the contents go straight to each, the grievance section included
        <nav class="contents" aria-label={t(locale, 'charter.contents')}>
          <ol>
            {parts.map(([id, title]) => (
              <li>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <Section id="vision" title={`${sec('1', locale)} ${t(locale, 'charter.visionMission')}`}>
        <h3>{t(locale, 'charter.vision')}</h3>
        <p lang={bn}>{charter.vision}</p>
        <h3>{t(locale, 'charter.mission')}</h3>
        <p lang={bn}>{charter.mission}</p>
      </Section>
      <Section id="services" title={`${sec('2', locale)} ${t(locale, 'charter.services')}`}>
        {SERVICE_CATEGORIES.map((category, i) => (
          <section aria-labelledby={`cat-${category}`}>
            <h3 id={`cat-${category}`}>{`${digits(`2.${i + 1}`, locale)} ${t(locale, `charter.category.${category}`)}`}</h3>
            <ServiceTable
              locale={locale}
              category={category}
              extra={extra}
              remarks={charter.services.some((s) => s.remarks !== '')}
              numbered={print}
              findings={findings}
              indexOf={(s) => charter.services.indexOf(s)}
              rowTools={rowTools}
              fixTool={fixTool}
              grievanceOfficeId={grievanceOfficeId}
              services={charter.services.filter((s) => s.category === category)}
            />
          </section>
        ))}
      </Section>
      <Section id="subordinates" title={`${sec('3', locale)} ${t(locale, 'charter.subordinates')}`}>
        {charter.subordinateOffices.length ? (
          <ol>
            {charter.subordinateOffices.map((o) => (
              <li lang={bn}>
                {o.officeId && !print ? <a href={`/offices/${o.officeId}`}>{o.name}</a> : o.name}
                {o.portal ? (
                  <>
                    {': '}
                    <a href={`https://${o.portal}`} rel="external">
                      {o.portal}
                    </a>
                  </>
                ) : null}
              </li>
            ))}
          </ol>
        ) : (
          <p class="muted">—</p>
        )}
      </Section>
      <Section id="expectations" title={`${sec('4', locale)} ${t(locale, 'charter.expectations')}`}>
        <ol>
          {charter.expectations.map((e) => (
            <li lang={bn}>{e}</li>
          ))}
        </ol>
      </Section>
      <Section id="grievance" title={`${sec('5', locale)} ${t(locale, 'charter.grievance')}`}>
        <GrievanceTable locale={locale} charter={charter} />
        {grievanceOfficeId !== undefined ? (
          <p class="actions">
            <a class="button" href={`/offices/${grievanceOfficeId}/grievances/new`}>
              {t(locale, 'grievance.link')}
            </a>{' '}
            <a href="/grievances/status">{t(locale, 'grievance.link.status')}</a>
          </p>
        ) : null}
      </Section>
      {charter.signOff ? (
        <footer class="sign-off" lang={bn}>
          <h2 class="visually-hidden">{t(locale, 'charter.signOff')}</h2>
          {charter.signOff.date ? <p>{dualDate(charter.signOff.date, locale)}</p> : null}
          {charter.signOff.name ? <p class="name">{charter.signOff.name}</p> : null}
          {charter.signOff.designation ? <p>{charter.signOff.designation}</p> : null}
          {charter.signOff.office ? <p>{charter.signOff.office}</p> : null}
        </footer>
      ) : null}
    </article>
  );
}

/** The charter's own words are Bangla: in the English interface they say so. */
const contentLang = (locale: Locale) => (locale === 'en' ? 'bn' : undefined);

function Section({ id, title, children }: { id: string; title: string; children?: unknown }) {
  return (
    <section id={id} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{title}</h2>
      {children}
    </section>
  );
}

function GrievanceTable({ locale, charter }: { locale: Locale; charter: Charter }) {
  return (
    <table class="grievance">
      <thead>
        <tr>
          <th scope="col">{t(locale, 'charter.col.serial')}</th>
          <th scope="col">{t(locale, 'charter.grievance.when')}</th>
          <th scope="col">{t(locale, 'charter.grievance.who')}</th>
          <th scope="col">{t(locale, 'charter.grievance.contact')}</th>
          <th scope="col">{t(locale, 'charter.grievance.days')}</th>
        </tr>
      </thead>
      <tbody>
        {charter.grievanceSteps.map((g) => (
          <tr>
            <td data-label={t(locale, 'charter.col.serial')}>{num(g.order, locale)}</td>
            <td data-label={t(locale, 'charter.grievance.when')} lang={contentLang(locale)}>
              {g.when}
            </td>
            <th scope="row" lang={contentLang(locale)}>
              {g.role}
            </th>
            <td data-label={t(locale, 'charter.grievance.contact')} lang={contentLang(locale)}>
              {g.contact ? <PersonBlock person={g.contact} locale={locale} /> : digits(g.contactText, locale)}
            </td>
            <td data-label={t(locale, 'charter.grievance.days')}>
              {g.workingDays !== null ? `${num(g.workingDays, locale)} ${t(locale, 'charter.workingDays')}` : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
