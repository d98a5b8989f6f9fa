// The grievance figures anyone may see on an office's page: four counts, never a word of any grievance.
import { t, type Locale } from '../../../i18n/messages.ts';
import { num } from '../../../i18n/format.ts';
import { formatFiscalYear } from '../../../calendar/fiscal.ts';
import type { PublicFigures } from '../reports.service.ts';

export interface PublicGrievanceFiguresProps {
  locale: Locale;
  /** from publicFigures(db, officeId, now) */
  figures: PublicFigures;
}

export function PublicGrievanceFigures({ locale, figures }: PublicGrievanceFiguresProps) {
  const year = { bn: formatFiscalYear(figures.fiscalYear, 'bn'), en: formatFiscalYear(figures.fiscalYear, 'en') };
  const items: [string, number][] = [
    [t(locale, 'reports.public.received', { year }), figures.received],
    [t(locale, 'reports.public.decided'), figures.decided],
    [t(locale, 'reports.public.on-time'), figures.decidedOnTime],
    [t(locale, 'reports.public.open'), figures.open],
  ];
  return (
    <section class="grievance-figures" aria-labelledby="grievance-figures-title">
      <h2 id="grievance-figures-title">{t(locale, 'reports.public.title')}</h2>
      <dl class="facts">
        {items.map(([label, value]) => (
          <>
            <dt>{label}</dt>
            <dd>{num(value, locale)}</dd>
          </>
        ))}
      </dl>
      <p class="muted">{t(locale, 'reports.public.note')}</p>
    </section>
  );
}
