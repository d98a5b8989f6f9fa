// The forms an administrator keeps the calendar with: one holiday (add or edit), a year's CSV, the weekly days off.
// Each works without JavaScript; a refused form comes back with its values and the errors beside the fields.
import { t, render, type Locale, type Message } from '../../../i18n/messages.ts';
import { CsrfField, describedBy, Field, type FormErrors } from '../../../http/forms.tsx';
import { HOLIDAY_CLASSES, RELIGIONS } from '../../../calendar/working-days.ts';
import { weekdayName } from '../explain.ts';

/** What the holiday form shows: the values as typed (a refused form keeps them). */
export interface HolidayFormValues {
  date: string;
  nameBn: string;
  nameEn: string;
  class: string;
  religion: string;
  moon: boolean;
  source: string;
}

export const EMPTY_HOLIDAY: HolidayFormValues = { date: '', nameBn: '', nameEn: '', class: 'general', religion: '', moon: false, source: '' };

export const holidayLabels = (locale: Locale): Record<string, string> => ({
  date: t(locale, 'holidays.label.date'),
  nameBn: t(locale, 'holidays.label.nameBn'),
  nameEn: t(locale, 'holidays.label.nameEn'),
  class: t(locale, 'holidays.label.class'),
  religion: t(locale, 'holidays.label.religion'),
  moon: t(locale, 'holidays.label.moon'),
  source: t(locale, 'holidays.label.source'),
  days: t(locale, 'holidays.week.title'),
  rootOfficeId: t(locale, 'holidays.week.title'),
});

export function HolidayForm(p: { locale: Locale; csrf: string; action: string; values: HolidayFormValues; errors: FormErrors | null; submit: string }) {
  const { locale, values: v } = p;
  const err = (name: string) => p.errors?.fields[name];
  return (
    <form method="post" action={p.action} class="stack">
      <CsrfField token={p.csrf} />
      <Field locale={locale} name="date" label={t(locale, 'holidays.label.date')} hint={t(locale, 'holidays.hint.date')} error={err('date')}>
        <input id="date" name="date" required value={v.date} inputmode="numeric" aria-describedby={describedBy('date', true, err('date'))} />
      </Field>
      <Field locale={locale} name="nameBn" label={t(locale, 'holidays.label.nameBn')} error={err('nameBn')}>
        <input id="nameBn" name="nameBn" lang="bn" required maxlength={300} value={v.nameBn} aria-describedby={describedBy('nameBn', false, err('nameBn'))} />
      </Field>
      <Field locale={locale} name="nameEn" label={t(locale, 'holidays.label.nameEn')} error={err('nameEn')}>
        <input id="nameEn" name="nameEn" lang="en" maxlength={300} value={v.nameEn} aria-describedby={describedBy('nameEn', false, err('nameEn'))} />
      </Field>
      <Field locale={locale} name="class" label={t(locale, 'holidays.label.class')} error={err('class')}>
        <select id="class" name="class" aria-describedby={describedBy('class', false, err('class'))}>
          {HOLIDAY_CLASSES.map((c) => (
            <option value={c} selected={v.class === c}>
              {t(locale, `holidays.class.${c}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field locale={locale} name="religion" label={t(locale, 'holidays.label.religion')} error={err('religion')}>
        <select id="religion" name="religion" aria-describedby={describedBy('religion', false, err('religion'))}>
          <option value="" selected={v.religion === ''}>
            {t(locale, 'holidays.religion.none')}
          </option>
          {RELIGIONS.map((r) => (
            <option value={r} selected={v.religion === r}>
              {t(locale, `holidays.religion.${r}`)}
            </option>
          ))}
        </select>
      </Field>
      <div class="field checkbox">
        <input id="moon" name="moon" type="checkbox" value="yes" checked={v.moon} />
        <label for="moon">{t(locale, 'holidays.label.moon')}</label>
      </div>
      <Field locale={locale} name="source" label={t(locale, 'holidays.label.source')} error={err('source')}>
        <input id="source" name="source" maxlength={500} value={v.source} aria-describedby={describedBy('source', false, err('source'))} />
      </Field>
      <button type="submit">{p.submit}</button>
    </form>
  );
}

/** A refused file: the summary, then every problem found, each pointing at the file field. */
export function CsvRefusal({ locale, summary, problems }: { locale: Locale; summary: Message; problems: readonly Message[] }) {
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="csv-summary-title">
      <h2 id="csv-summary-title">{t(locale, 'form.errors')}</h2>
      <p>{render(locale, summary)}</p>
      {problems.length ? (
        <ul>
          {problems.map((m) => (
            <li>
              <a href="#csv">{render(locale, m)}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export function ImportForm(p: { locale: Locale; csrf: string; year: number; source: string; refused: boolean }) {
  const { locale } = p;
  return (
    <form method="post" action="/holidays/import" enctype="multipart/form-data" class="stack">
      <h2>{t(locale, 'holidays.import.title')}</h2>
      <CsrfField token={p.csrf} />
      <input type="hidden" name="year" value={String(p.year)} />
      <Field locale={locale} name="csv" label={t(locale, 'holidays.import.file')} hint={t(locale, 'holidays.import.hint')}>
        <input id="csv" name="csv" type="file" accept=".csv,text/csv" required aria-describedby="csv-hint" aria-invalid={p.refused ? 'true' : undefined} />
      </Field>
      <Field locale={locale} name="importSource" label={t(locale, 'holidays.import.source')}>
        <input id="importSource" name="source" maxlength={500} value={p.source} />
      </Field>
      <button type="submit">{t(locale, 'holidays.import.submit')}</button>
    </form>
  );
}

/** Sunday first, as weekday() counts. */
const WEEK_ORDER = [0, 1, 2, 3, 4, 5, 6];

export function WeekForm(p: { locale: Locale; csrf: string; year: number; rootOfficeId: number; days: readonly number[]; error: Message | undefined }) {
  const { locale } = p;
  return (
    <form method="post" action="/holidays/week" class="stack">
      <h2>{t(locale, 'holidays.week.title')}</h2>
      <CsrfField token={p.csrf} />
      <input type="hidden" name="rootOfficeId" value={String(p.rootOfficeId)} />
      <input type="hidden" name="year" value={String(p.year)} />
      <fieldset id="days" class={p.error ? 'field field-error' : 'field'} aria-describedby={p.error ? 'days-hint days-error' : 'days-hint'}>
        <legend>{t(locale, 'holidays.week.title')}</legend>
        <p class="hint" id="days-hint">
          {t(locale, 'holidays.week.hint')}
        </p>
        {p.error ? (
          <p class="error-message" id="days-error">
            {render(locale, p.error)}
          </p>
        ) : null}
        {WEEK_ORDER.map((d) => (
          <div class="field checkbox">
            <input id={`day-${d}`} name="days" type="checkbox" value={String(d)} checked={p.days.includes(d)} />
            <label for={`day-${d}`}>{weekdayName(locale, d)}</label>
          </div>
        ))}
      </fieldset>
      <button type="submit">{t(locale, 'holidays.week.submit')}</button>
    </form>
  );
}

/** "শুক্রবার, শনিবার" for the days off. */
export const weekText = (locale: Locale, days: readonly number[]) =>
  [...days]
    .sort((a, b) => a - b)
    .map((d) => weekdayName(locale, d))
    .join(', ') || t(locale, 'holidays.weekly-none');
