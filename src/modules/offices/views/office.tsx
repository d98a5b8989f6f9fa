// One office: who it is, where it sits in the tree, its charter and its subordinate offices.
import type { Office } from '../offices.service.ts';
import { t, type Locale } from '../../../i18n/messages.ts';
import { digits, num } from '../../../i18n/format.ts';
import { formatFiscalYear, quarterLabel } from '../../../calendar/fiscal.ts';
import type { EditionRow } from '../../charters/charters.repo.ts';
import { Breadcrumbs } from '../../../http/layout.tsx';
import { officeName } from './home.tsx';

export function OfficePage(props: { locale: Locale; office: Office; ancestors: Office[]; children: Office[]; editions: EditionRow[] }) {
  const { locale, office, ancestors, children, editions } = props;
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
      </dl>
      {hasCharter ? (
        <p>
          <a class="button" href={`/offices/${office.id}/charter`}>
            {t(locale, 'office.charter')}
          </a>
        </p>
      ) : (
        <p>{t(locale, 'office.noCharter')}</p>
      )}
      {editions.length ? (
        <section aria-labelledby="editions-h">
          <h2 id="editions-h">{t(locale, 'office.editions')}</h2>
          <ul>
            {editions.map((e) => (
              <li>
                <a href={`/offices/${office.id}/editions/${e.id}`}>
                  {`${t(locale, 'charter.edition')} ${num(e.number, locale)}: ${formatFiscalYear(e.fiscalYear, locale)}, ${quarterLabel(e.quarter, locale)}`}
                </a>
                {` (${t(locale, e.status === 'published' ? 'review.published' : 'review.draft')})`}
              </li>
            ))}
          </ul>
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
