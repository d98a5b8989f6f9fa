// A year's holidays for everyone: each date in both calendars, its weekday, names, kind, the moon mark and the
// source; a warning when the year has none (its deadlines skip only the weekly days off). Administrators of a
// head office also get the forms that keep the calendar.
import { t, render, type Locale, type Message } from '../../../i18n/messages.ts';
import { dualDate, num } from '../../../i18n/format.ts';
import { ErrorSummary, type FormErrors } from '../../../http/forms.tsx';
import { weekday } from '../../../calendar/working-days.ts';
import { CsrfField } from '../../../http/forms.tsx';
import type { HolidayRow } from '../holidays.service.ts';
import { weekdayName } from '../explain.ts';
import { CsvRefusal, HolidayForm, holidayLabels, ImportForm, WeekForm, weekText, type HolidayFormValues } from './forms.tsx';

export interface Manage {
  csrf: string;
  rootOfficeId: number;
  weekly: readonly number[];
}

export interface YearPageProps {
  locale: Locale;
  year: number;
  rows: HolidayRow[];
  /** the shown year has no holiday that closes offices */
  empty: boolean;
  /** this year and the next (besides the one shown) with no holiday list */
  otherMissing: number[];
  notices: Message[];
  manage: Manage | null;
  add: { values: HolidayFormValues; errors: FormErrors | null };
  refusal: { summary: Message; problems: Message[]; source: string } | null;
  weekError: Message | undefined;
}

function kindText(locale: Locale, row: HolidayRow): string {
  const kind = t(locale, `holidays.class.${row.class as 'general'}`);
  if (row.class !== 'optional' || row.religion === null) return kind;
  return t(locale, 'holidays.optional-for', { religion: t(locale, `holidays.religion.${row.religion as 'muslim'}`) });
}

function Row({ locale, row, manage }: { locale: Locale; row: HolidayRow; manage: Manage | null }) {
  const [first, second, firstLang, secondLang] =
    locale === 'bn' ? [row.nameBn, row.nameEn, 'bn', 'en'] : [row.nameEn || row.nameBn, row.nameBn, row.nameEn ? 'en' : 'bn', 'bn'];
  const label = { name: first, date: dualDate(row.date, locale) };
  return (
    <tr class={row.class === 'optional' ? 'optional' : undefined}>
      <th scope="row">
        <time datetime={row.date}>{dualDate(row.date, locale)}</time>
      </th>
      <td>{weekdayName(locale, weekday(row.date))}</td>
      <td>
        <span lang={firstLang}>{first}</span>
        {second && second !== first ? (
          <>
            {' · '}
            <span class="muted" lang={secondLang}>
              {second}
            </span>
          </>
        ) : null}
      </td>
      <td>{kindText(locale, row)}</td>
      <td>
        {row.moon ? (
          <>
            <span aria-hidden="true">☾</span>
            <span class="visually-hidden">{t(locale, 'holidays.moon')}</span>
          </>
        ) : null}
      </td>
      <td>{row.source}</td>
      {manage ? (
        <td>
          <a href={`/holidays/${row.id}/edit`} aria-label={t(locale, 'holidays.edit.link-label', label)}>
            {t(locale, 'holidays.edit.link')}
          </a>
          <form method="post" action={`/holidays/${row.id}/delete`} class="inline">
            <CsrfField token={manage.csrf} />
            <button type="submit" aria-label={t(locale, 'holidays.remove.label', label)}>
              {t(locale, 'holidays.remove.submit')}
            </button>
          </form>
        </td>
      ) : null}
    </tr>
  );
}

export function YearPage(p: YearPageProps) {
  const { locale, year, manage } = p;
  return (
    <>
      <h1>{t(locale, 'holidays.year-title', { year })}</h1>
      <nav aria-label={t(locale, 'holidays.year-nav')} class="year-nav">
        <a href={`/holidays?year=${year - 1}`}>{t(locale, 'holidays.prev-year', { year: year - 1 })}</a>{' '}
        <a href={`/holidays?year=${year + 1}`}>{t(locale, 'holidays.next-year', { year: year + 1 })}</a>
      </nav>
      {p.notices.map((m) => (
        <p class="notice" role="status">
          {render(locale, m)}
        </p>
      ))}
      <ErrorSummary locale={locale} errors={p.add.errors} labels={holidayLabels(locale)} />
      {p.refusal ? <CsvRefusal locale={locale} summary={p.refusal.summary} problems={p.refusal.problems} /> : null}
      <p>{t(locale, 'holidays.intro')}</p>
      {p.empty ? (
        <p class="notice warning" role="note">
          {t(locale, 'holidays.empty', { year })}
        </p>
      ) : null}
      {p.otherMissing.length ? (
        <p class="notice warning" role="note">
          {t(locale, 'holidays.missing-years', { years: p.otherMissing.map((y) => num(y, locale)).join(', ') })}
        </p>
      ) : null}
      {p.rows.length ? (
        <div class="table-wrap">
          <table>
            <caption>{t(locale, 'holidays.caption', { year, n: p.rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(locale, 'holidays.col.date')}</th>
                <th scope="col">{t(locale, 'holidays.col.weekday')}</th>
                <th scope="col">{t(locale, 'holidays.col.name')}</th>
                <th scope="col">{t(locale, 'holidays.col.class')}</th>
                <th scope="col">{t(locale, 'holidays.col.moon')}</th>
                <th scope="col">{t(locale, 'holidays.col.source')}</th>
                {manage ? <th scope="col">{t(locale, 'holidays.col.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {p.rows.map((row) => (
                <Row locale={locale} row={row} manage={manage} />
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">{t(locale, 'holidays.none')}</p>
      )}
      {manage ? (
        <>
          <h2>{t(locale, 'holidays.add.title')}</h2>
          <HolidayForm
            locale={locale}
            csrf={manage.csrf}
            action="/holidays"
            values={p.add.values}
            errors={p.add.errors}
            submit={t(locale, 'holidays.add.submit')}
          />
          <ImportForm locale={locale} csrf={manage.csrf} year={year} source={p.refusal?.source ?? ''} refused={p.refusal !== null} />
          <p>{t(locale, 'holidays.weekly-now', { days: weekText(locale, manage.weekly) })}</p>
          <WeekForm locale={locale} csrf={manage.csrf} year={year} rootOfficeId={manage.rootOfficeId} days={manage.weekly} error={p.weekError} />
        </>
      ) : null}
    </>
  );
}
