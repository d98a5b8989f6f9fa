// One office: who it is, where it sits in the tree, its charter and its subordinate offices.
import type { Child } from 'hono/jsx';
import type { Office } from '../offices.service.ts';
import { t, type Locale } from '../../../i18n/messages.ts';
import { digits, num, phone } from '../../../i18n/format.ts';
import { toAsciiDigits } from '../../../bangla/digits.ts';
import { formatFiscalYear, quarterLabel } from '../../../calendar/fiscal.ts';
import type { EditionRow } from '../../charters/charters.repo.ts';
import { Breadcrumbs } from '../../../http/layout.tsx';
import { officeName } from './home.tsx';
import { CsrfField } from '../../../http/forms.tsx';

export function OfficePage(props: {
  locale: Locale;
  office: Office;
  ancestors: Office[];
  children: Office[];
  editions: EditionRow[];
  /** the editor's forms: a new draft, or one from a file */
  editor?: { csrf: string } | null;
  /** a link to the audit log, for those who may read it */
  audit?: boolean;
  /** a link to the office's grievances, for the officers who may read them */
  grievances?: boolean;
  /** a link to the office's grievance dashboard and reports */
  reports?: boolean;
  /** the office's public grievance figures (counts only) */
  figures?: Child;
}) {
  const { locale, office, ancestors, children, editions, editor, audit = false, grievances = false, reports = false, figures } = props;
  const hasCharter = editions.some((e) => e.status === 'published');
  const level = t(locale, `office.level.${office.level as 'district'}`);
  return (
    <>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: '/', label: t(locale, 'nav.home') },
          ...ancestors.map((a) => ({ href: `/offices/${a.id}`, label: officeName(a, locale) })),
          { label: officeName(office, locale) },
        ]}
      />
      <h1>{officeName(office, locale)}</h1>
      <p class="muted" lang={locale === 'bn' ? 'en' : 'bn'}>
        {locale === 'bn' ? office.nameEn : office.nameBn}
      </p>
      <dl class="facts">
        <dt>{t(locale, 'office.level')}</dt>
        <dd>{level}</dd>
        {office.districtCode ? (
          <>
            <dt>{t(locale, 'office.districtCode')}</dt>
            <dd>{digits(office.districtCode, locale)}</dd>
          </>
        ) : null}
        {office.upazilaCode ? (
          <>
            <dt>{t(locale, 'office.upazilaCode')}</dt>
            <dd>{digits(office.upazilaCode, locale)}</dd>
          </>
        ) : null}
        {office.portal ? (
          <>
            <dt>{t(locale, 'office.portal')}</dt>
            <dd>
              <a href={`https://${office.portal}`} rel="external">
                {office.portal}
              </a>
            </dd>
          </>
        ) : null}
        {office.address ? (
          <>
            <dt>{t(locale, 'office.address')}</dt>
            <dd>{digits(office.address, locale)}</dd>
          </>
        ) : null}
        {office.phone ? (
          <>
            <dt>{t(locale, 'office.phone')}</dt>
            <dd>
              <a href={`tel:${toAsciiDigits(office.phone).replace(/[^\d+]/g, '')}`}>
                {office.phone.startsWith('+') ? phone(office.phone, locale) : digits(office.phone, locale)}
              </a>
            </dd>
          </>
        ) : null}
        {office.email ? (
          <>
            <dt>{t(locale, 'office.email')}</dt>
            <dd>
              <a href={`mailto:${office.email}`}>{office.email}</a>
            </dd>
          </>
        ) : null}
        {office.hours ? (
          <>
            <dt>{t(locale, 'office.hours')}</dt>
            <dd>{digits(office.hours, locale)}</dd>
          </>
        ) : null}
      </dl>
      <p>
        <a href={`/offices/${office.id}/officials`}>{t(locale, 'office.officials')}</a>
        {' · '}
        <a href={`/offices/${office.id}/template`}>{t(locale, 'template.title')}</a>
        {audit ? (
          <>
            {' · '}
            <a href={`/offices/${office.id}/audit`}>{t(locale, 'office.audit')}</a>
          </>
        ) : null}
        {grievances ? (
          <>
            {' · '}
            <a href={`/offices/${office.id}/grievances?open=1`}>{t(locale, 'grievance.list.link')}</a>
          </>
        ) : null}
        {reports ? (
          <>
            {' · '}
            <a href={`/offices/${office.id}/grievances/dashboard`}>{t(locale, 'reports.dashboard.title')}</a>
          </>
        ) : null}
      </p>
      {hasCharter ? (
        <p>
          <a class="button" href={`/offices/${office.id}/charter`}>
            {t(locale, 'office.charter')}
          </a>
        </p>
      ) : (
        <p>{t(locale, 'office.noCharter')}</p>
      )}
      <p class="actions">
        <a class="button secondary" href={`/offices/${office.id}/grievances/new`}>
          {t(locale, 'grievance.link')}
        </a>{' '}
        <a href="/grievances/status">{t(locale, 'grievance.link.status')}</a>
      </p>
      {figures}
      {editions.length ? (
        <section aria-labelledby="editions-h">
          <h2 id="editions-h">{t(locale, 'office.editions')}</h2>
          <ul>
            {editions.map((e) => (
              <li>
                <a href={`/offices/${office.id}/editions/${e.id}`}>
                  {`${t(locale, 'charter.edition')} ${num(e.number, locale)}: ${formatFiscalYear(e.fiscalYear, locale)}, ${quarterLabel(e.quarter, locale)}`}
                </a>
                {` (${t(locale, `status.${e.status as 'draft'}`)})`}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {editor ? (
        <section aria-labelledby="work-h" class="work-edit">
          <h2 id="work-h">{t(locale, 'work.title')}</h2>
          <form method="post" action={`/offices/${office.id}/editions`} class="inline">
            <CsrfField token={editor.csrf} />
            <button type="submit">{t(locale, 'work.new')}</button>
          </form>{' '}
          <form method="post" action={`/offices/${office.id}/editions`} class="inline">
            <CsrfField token={editor.csrf} />
            <input type="hidden" name="from" value="template" />
            <button type="submit">{t(locale, 'work.newFromTemplate')}</button>
          </form>
          <form method="post" action={`/offices/${office.id}/editions/upload`} enctype="multipart/form-data" class="stack">
            <CsrfField token={editor.csrf} />
            <label for="file">{t(locale, 'work.upload.file')}</label>
            <input id="file" name="file" type="file" accept=".txt,.docx,.html,.htm,.pdf,text/plain,text/html,application/pdf" required />
            <button type="submit">{t(locale, 'work.upload')}</button>
          </form>
        </section>
      ) : null}
      {children.length ? (
        <section aria-labelledby="children-h">
          <h2 id="children-h">{t(locale, 'office.children')}</h2>
          <ul>
            {children.map((c) => (
              <li>
                <a href={`/offices/${c.id}`}>{officeName(c, locale)}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
