// One holiday's own page for an administrator: the same form as adding one, filled in.
import { t, type Locale } from '../../../i18n/messages.ts';
import { dualDate } from '../../../i18n/format.ts';
import { ErrorSummary, type FormErrors } from '../../../http/forms.tsx';
import { HolidayForm, holidayLabels, type HolidayFormValues } from './forms.tsx';

export function EditPage(p: { locale: Locale; id: number; date: string; year: number; csrf: string; values: HolidayFormValues; errors: FormErrors | null }) {
  const { locale } = p;
  return (
    <>
      <h1>{t(locale, 'holidays.edit.title', { date: dualDate(p.date, locale) })}</h1>
      <p>
        <a href={`/holidays?year=${p.year}`}>{t(locale, 'holidays.edit.back')}</a>
      </p>
      <ErrorSummary locale={locale} errors={p.errors} labels={holidayLabels(locale)} />
      <HolidayForm locale={locale} csrf={p.csrf} action={`/holidays/${p.id}`} values={p.values} errors={p.errors} submit={t(locale, 'holidays.edit.submit')} />
    </>
  );
}
