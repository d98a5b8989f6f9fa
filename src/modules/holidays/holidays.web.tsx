// The holiday calendar's pages: the notified holidays by year, for everyone; administrators of a head office
// add, change and remove a day, upload a year's CSV and set the weekly days off (forms without JavaScript).
import { Hono, type Context } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { parseInteger } from '../../bangla/digits.ts';
import { dhakaDate } from '../../bangla/dates.ts';
import { t, type Message } from '../../i18n/messages.ts';
import { DomainError } from '../shared/domain-error.ts';
import { isIsoDate } from './holiday-input.ts';
import * as holidays from './holidays.service.ts';
import { EMPTY_HOLIDAY, type HolidayFormValues } from './views/forms.tsx';
import { YearPage, type YearPageProps } from './views/year.tsx';
import { EditPage } from './views/edit.tsx';

export const holidaysWeb = new Hono<AppEnv>();
type C = Context<AppEnv>;

const DONE = ['added', 'updated', 'removed', 'week', 'imported'] as const;

/** A year from the address or a form, else this year in Bangladesh. */
function yearFrom(value: unknown, now: Date): number {
  const n = typeof value === 'string' ? parseInteger(value) : null;
  return n !== null && n >= 1900 && n <= 2199 ? n : Number(dhakaDate(now).slice(0, 4));
}

/** What a redirect after success left in the address: the change made, and for an import each year's counts. */
function notices(c: C): Message[] {
  const done = DONE.find((d) => d === c.req.query('done'));
  if (!done) return [];
  const years = (c.req.queries('y') ?? []).slice(0, 20).flatMap((v): Message[] => {
    const [year, before, after] = v.split('.').map(Number);
    return [year, before, after].every((n) => Number.isInteger(n))
      ? [{ key: 'holidays.done.year', params: { year: year ?? 0, before: before ?? 0, after: after ?? 0 } }]
      : [];
  });
  return [{ key: `holidays.done.${done}` }, ...years];
}

type Problems = Partial<Pick<YearPageProps, 'add' | 'refusal' | 'weekError'>>;

async function yearPage(c: C, year: number, problems: Problems | null = null) {
  const ctx = ctxOf(c);
  const locale = c.get('locale');
  const root = await holidays.calendarRoot(ctx);
  const missing = await holidays.yearsWithoutHolidays(ctx.db, [year, ...holidays.yearsToCheck(ctx.now)]);
  const title = t(locale, 'holidays.year-title', { year });
  return c.html(
    <Layout locale={locale} title={title} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs locale={locale} items={[{ href: '/', label: t(locale, 'nav.home') }, { label: t(locale, 'holidays.title') }]} />
      <YearPage
        locale={locale}
        year={year}
        rows={await holidays.listYear(ctx, { year })}
        empty={missing.includes(year)}
        otherMissing={missing.filter((y) => y !== year)}
        notices={problems ? [] : notices(c)}
        manage={root ? { csrf: c.get('csrf'), rootOfficeId: root.id, weekly: root.weekly } : null}
        add={problems?.add ?? { values: EMPTY_HOLIDAY, errors: null }}
        refusal={problems?.refusal ?? null}
        weekError={problems?.weekError}
      />
    </Layout>,
    problems ? 400 : 200,
  );
}

holidaysWeb.get('/holidays', (c) => yearPage(c, yearFrom(c.req.query('year'), c.get('deps').now())));

const text = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? body[name] : '');

function formValues(body: Record<string, unknown>): HolidayFormValues {
  return {
    date: text(body, 'date').trim(),
    nameBn: text(body, 'nameBn'),
    nameEn: text(body, 'nameEn'),
    class: text(body, 'class'),
    religion: text(body, 'religion'),
    moon: text(body, 'moon') === 'yes',
    source: text(body, 'source'),
  };
}

// The schema checks the kind and the religion; the form's text is passed as typed.
const inputOf = (v: HolidayFormValues): holidays.HolidayInput => ({
  ...v,
  class: v.class as holidays.HolidayInput['class'],
  religion: (v.religion || null) as holidays.HolidayInput['religion'],
});
const yearOfDate = (date: string, now: Date) => (isIsoDate(date) ? Number(date.slice(0, 4)) : yearFrom(undefined, now));

holidaysWeb.post('/holidays', async (c) => {
  const values = formValues(await c.req.parseBody());
  try {
    const row = await holidays.addHoliday(ctxOf(c), inputOf(values));
    return c.redirect(`/holidays?year=${row.date.slice(0, 4)}&done=added`, 303);
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'holiday.invalid') throw err;
    return yearPage(c, yearOfDate(values.date, c.get('deps').now()), { add: { values, errors: { summary: err.text, fields: err.fields } } });
  }
});

holidaysWeb.post('/holidays/import', async (c) => {
  const body = await c.req.parseBody();
  const year = yearFrom(body.year, c.get('deps').now());
  const source = text(body, 'source');
  const file = body.csv;
  const refuse = (summary: Message, problems: Message[] = []) => yearPage(c, year, { refusal: { summary, problems, source } });
  if (!(file instanceof File) || file.size === 0) return refuse({ key: 'error.upload.missing' });
  let csv: string;
  try {
    csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
  } catch {
    return refuse({ key: 'error.holiday.csv-invalid', params: { n: 1 } }, [{ key: 'holidays.csv.not-utf8' }]);
  }
  try {
    const { years } = await holidays.importHolidays(ctxOf(c), { csv, source });
    const counts = years.map((y) => `&y=${y.year}.${y.before}.${y.after}`).join('');
    return c.redirect(`/holidays?year=${years[0]?.year ?? year}&done=imported${counts}`, 303);
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'holiday.csv-invalid') throw err;
    return refuse(err.text, Object.values(err.fields));
  }
});

holidaysWeb.post('/holidays/week', async (c) => {
  const body = await c.req.parseBody({ all: true });
  const raw = body.days;
  const days = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).map((d) => (typeof d === 'string' ? (parseInteger(d) ?? -1) : -1));
  const year = yearFrom(body.year, c.get('deps').now());
  try {
    await holidays.setWeeklyDaysOff(ctxOf(c), { rootOfficeId: idParam(text(body, 'rootOfficeId')), days });
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'week.invalid') throw err;
    return yearPage(c, year, { weekError: Object.values(err.fields)[0] ?? err.text });
  }
  return c.redirect(`/holidays?year=${year}&done=week`, 303);
});

async function editPage(
  c: C,
  row: holidays.HolidayRow,
  values: HolidayFormValues,
  errors: { summary: Message; fields: Readonly<Record<string, Message>> } | null,
) {
  const ctx = ctxOf(c);
  if (!(await holidays.calendarRoot(ctx)))
    throw new DomainError(ctx.actor.kind === 'public' ? 'auth.required' : 'auth.forbidden', { action: 'calendar.manage' });
  const locale = c.get('locale');
  const year = Number(row.date.slice(0, 4));
  return c.html(
    <Layout locale={locale} title={t(locale, 'holidays.edit.title', { date: row.date })} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: '/', label: t(locale, 'nav.home') },
          { href: `/holidays?year=${year}`, label: t(locale, 'holidays.title') },
          { label: t(locale, 'holidays.edit.link') },
        ]}
      />
      <EditPage locale={locale} id={row.id} date={row.date} year={year} csrf={c.get('csrf')} values={values} errors={errors} />
    </Layout>,
    errors ? 400 : 200,
  );
}

const valuesOfRow = (row: holidays.HolidayRow): HolidayFormValues => ({ ...row, religion: row.religion ?? '' });

holidaysWeb.get('/holidays/:id/edit', async (c) => {
  const row = await holidays.getHoliday(ctxOf(c), { id: idParam(c.req.param('id')) });
  return editPage(c, row, valuesOfRow(row), null);
});

holidaysWeb.post('/holidays/:id', async (c) => {
  const ctx = ctxOf(c);
  const id = idParam(c.req.param('id'));
  const values = formValues(await c.req.parseBody());
  try {
    const row = await holidays.updateHoliday(ctx, { id, ...inputOf(values) });
    return c.redirect(`/holidays?year=${row.date.slice(0, 4)}&done=updated`, 303);
  } catch (err) {
    if (!(err instanceof DomainError) || err.code !== 'holiday.invalid') throw err;
    return editPage(c, await holidays.getHoliday(ctx, { id }), values, { summary: err.text, fields: err.fields });
  }
});

holidaysWeb.post('/holidays/:id/delete', async (c) => {
  const ctx = ctxOf(c);
  const id = idParam(c.req.param('id'));
  const row = await holidays.getHoliday(ctx, { id });
  await holidays.removeHoliday(ctx, { id });
  return c.redirect(`/holidays?year=${row.date.slice(0, 4)}&done=removed`, 303);
});
