// The search page: a GET form (works without JavaScript, one column at 360 px) and the services found.
import { t, type Locale } from '../../../i18n/messages.ts';
import { OFFICE_LEVELS, SERVICE_CATEGORIES } from '../../../charter/model.ts';
import { feeText, timeText } from '../../charters/views/parts.tsx';
import { OfficeName } from '../../offices/views/home.tsx';
import { DIVISIONS } from '../divisions.ts';
import type { SearchResult } from '../search.service.ts';

export interface SearchForm {
  q: string;
  division: string;
  district: string;
  upazila: string;
  level: string;
  category: string;
}

type Option = { value: string; label: string; lang?: 'bn' | undefined };

function Select(props: { locale: Locale; name: keyof SearchForm; label: string; value: string; options: Option[] }) {
  const id = `f-${props.name}`;
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} name={props.name}>
        <option value="">{t(props.locale, 'service-search.any')}</option>
        {props.options.map((o) => (
          <option value={o.value} selected={o.value === props.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function SearchPage(props: {
  locale: Locale;
  form: SearchForm;
  upazilas: { code: string; nameBn: string; nameEn: string }[];
  results: SearchResult[] | null;
}) {
  const { locale, form, results } = props;
  const name = (o: { bn: string; en: string }) => (locale === 'bn' ? o.bn : o.en);
  const districts = DIVISIONS.filter((v) => !form.division || v.code === form.division).flatMap((v) => v.districts);
  return (
    <>
      <h1>{t(locale, 'service-search.title')}</h1>
      <p class="lead">{t(locale, 'service-search.intro')}</p>
      <form class="search" method="get" action="/search" role="search">
        <label for="q">{t(locale, 'service-search.label')}</label>
        <p id="q-hint" class="hint">
          {t(locale, 'service-search.hint')}
        </p>
        <div class="search-row">
          <input id="q" name="q" type="search" value={form.q} aria-describedby="q-hint" maxlength={200} autocomplete="off" />
          <button type="submit">{t(locale, 'service-search.submit')}</button>
        </div>
        <details open={Boolean(form.division || form.district || form.upazila || form.level || form.category)}>
          <summary>{t(locale, 'service-search.filters')}</summary>
          <fieldset>
            <legend class="visually-hidden">{t(locale, 'service-search.filters')}</legend>
            <Select
              locale={locale}
              name="division"
              label={t(locale, 'service-search.division')}
              value={form.division}
              options={DIVISIONS.map((v) => ({ value: v.code, label: name(v) }))}
            />
            <Select
              locale={locale}
              name="district"
              label={t(locale, 'service-search.district')}
              value={form.district}
              options={districts.map((d) => ({ value: d.code, label: name(d) }))}
            />
            <Select
              locale={locale}
              name="upazila"
              label={t(locale, 'service-search.upazila')}
              value={form.upazila}
              options={props.upazilas.map((u) => ({
                value: u.code,
                label: locale === 'bn' || !u.nameEn ? u.nameBn : u.nameEn,
                lang: locale === 'en' && !u.nameEn ? 'bn' : undefined,
              }))}
            />
            <Select
              locale={locale}
              name="level"
              label={t(locale, 'service-search.level')}
              value={form.level}
              options={OFFICE_LEVELS.map((l) => ({ value: l, label: t(locale, `office.level.${l}`) }))}
            />
            <Select
              locale={locale}
              name="category"
              label={t(locale, 'service-search.category')}
              value={form.category}
              options={SERVICE_CATEGORIES.map((c) => ({ value: c, label: t(locale, `charter.category.${c}`) }))}
            />
            <button type="submit">{t(locale, 'service-search.submit')}</button>
          </fieldset>
        </details>
      </form>
      {results ? <Results locale={locale} results={results} /> : null}
    </>
  );
}

function Results({ locale, results }: { locale: Locale; results: SearchResult[] }) {
  const bn = locale === 'en' ? 'bn' : undefined;
  return (
    <section aria-labelledby="results-h">
      <h2 id="results-h">{t(locale, 'service-search.results')}</h2>
      <p role="status">{results.length ? t(locale, 'service-search.count', { n: results.length }) : t(locale, 'service-search.none')}</p>
      {results.length ? (
        <ol class="results service-results">
          {results.map((r) => (
            <li>
              <a href={r.url} lang={bn}>
                {r.service.name}
              </a>
              <dl>
                <dt>{t(locale, 'service-search.office')}</dt>
                <dd>
                  <a href={`/offices/${r.office.id}`}>
                    <OfficeName office={r.office} locale={locale} />
                  </a>
                  <span class="muted"> · {t(locale, `charter.category.${r.service.category as 'citizen'}`)}</span>
                </dd>
                <dt>{t(locale, 'service-search.time')}</dt>
                <dd>{timeText(r.service.timeLimit, locale)}</dd>
                <dt>{t(locale, 'service-search.fee')}</dt>
                <dd lang={r.service.fee.kind === 'text' || r.service.fee.kind === 'policy' ? bn : undefined}>{feeText(r.service.fee, locale)}</dd>
              </dl>
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  );
}
