// One edition of a charter, for review: its status, what the import found, and the findings beside each row.
import type { Finding } from '../../../charter/model.ts';
import { t, type Locale } from '../../../i18n/messages.ts';
import { num } from '../../../i18n/format.ts';
import { whereOf } from '../../../charter/lint/render.ts';
import { formatFiscalYear, quarterLabel } from '../../../calendar/fiscal.ts';
import type { EditionView } from '../charters.service.ts';
import { CharterDocument, FindingList, type FixTool, type RowTools } from './charter.tsx';

export function EditionPage({
  locale,
  view,
  officeName,
  rowTools,
  fixTool,
}: {
  locale: Locale;
  view: EditionView;
  officeName: string;
  rowTools?: RowTools | undefined;
  fixTool?: FixTool | undefined;
}) {
  const { edition, charter } = view;
  const findings: Finding[] = charter.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const unplaced = findings.filter((f) => f.location.row === null);
  return (
    <>
      <p class="notice">
        <strong class={`status ${edition.status}`}>{t(locale, `status.${edition.status as 'draft'}`)}</strong>
        {` · ${t(locale, 'charter.edition')} ${num(edition.number, locale)} · ${t(locale, 'charter.fiscalYear')} ${formatFiscalYear(edition.fiscalYear, locale)}, ${quarterLabel(edition.quarter, locale)}`}
        {edition.sourceName ? ` · ${t(locale, 'review.source')}: ${edition.sourceName}` : ''}
      </p>
      <p class="muted">{t(locale, 'review.notice')}</p>
      <section aria-labelledby="findings-h" class="review-summary">
        <h2 id="findings-h">{t(locale, 'review.summary')}</h2>
        {findings.length === 0 ? (
          <p>{t(locale, 'review.none')}</p>
        ) : (
          <>
            <p>{t(locale, 'review.counts', { e: errors, w: warnings })}</p>
            <table class="findings-table">
              <thead>
                <tr>
                  <th scope="col">{t(locale, 'review.where')}</th>
                  <th scope="col">
                    {t(locale, 'review.error')}/{t(locale, 'review.warning')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {unplaced.map((f) => (
                  <tr>
                    <td>{whereOf(f, locale)}</td>
                    <td>
                      <FindingList findings={[f]} locale={locale} fixTool={fixTool} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </section>
      <CharterDocument
        locale={locale}
        view={view}
        officeName={officeName}
        findings={findings}
        {...(rowTools ? { rowTools } : {})}
        {...(fixTool ? { fixTool } : {})}
      />
    </>
  );
}
