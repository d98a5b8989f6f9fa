// Offices ranked by the lower bound of their on-time share over their last N grievances; too few listed apart.
import { t, type Locale } from '../../../i18n/messages.ts';
import { date, num } from '../../../i18n/format.ts';
import { LAST_N, type RankRow, type Ranking } from '../reports.service.ts';
import { daysText, OfficeName, percent } from './shared.tsx';

function OfficeLink({ row, locale }: { row: RankRow; locale: Locale }) {
  return (
    <a href={`/offices/${row.office.id}/grievances/dashboard`}>
      <OfficeName office={row.office} locale={locale} />
    </a>
  );
}

function RankedTable({ locale, rows }: { locale: Locale; rows: RankRow[] }) {
  if (!rows.length) return <p class="muted">{t(locale, 'reports.ranking.none')}</p>;
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t(locale, 'reports.ranking.rank')}</th>
            <th scope="col">{t(locale, 'reports.ranking.office')}</th>
            <th scope="col">{t(locale, 'reports.ranking.considered')}</th>
            <th scope="col">{t(locale, 'reports.ranking.on-time')}</th>
            <th scope="col">{t(locale, 'reports.ranking.late')}</th>
            <th scope="col">{t(locale, 'reports.ranking.share')}</th>
            <th scope="col">{t(locale, 'reports.ranking.score')}</th>
            <th scope="col">{t(locale, 'reports.ranking.avg-days')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr>
              <td>{num(i + 1, locale)}</td>
              <th scope="row">
                <OfficeLink row={row} locale={locale} />
              </th>
              <td>{num(row.considered, locale)}</td>
              <td>{num(row.onTime, locale)}</td>
              <td>{num(row.late, locale)}</td>
              <td>{percent(row.share, locale)}</td>
              <td>{row.score === null ? t(locale, 'reports.no-value') : num(row.score.toFixed(2), locale)}</td>
              <td>{daysText(row.avgDays, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TooFewTable({ locale, rows }: { locale: Locale; rows: RankRow[] }) {
  return (
    <div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t(locale, 'reports.ranking.office')}</th>
            <th scope="col">{t(locale, 'reports.ranking.considered')}</th>
            <th scope="col">{t(locale, 'reports.ranking.on-time')}</th>
            <th scope="col">{t(locale, 'reports.ranking.late')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr>
              <th scope="row">
                <OfficeLink row={row} locale={locale} />
              </th>
              <td>{num(row.considered, locale)}</td>
              <td>{num(row.onTime, locale)}</td>
              <td>{num(row.late, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RankingView({ locale, ranking }: { locale: Locale; ranking: Ranking }) {
  return (
    <>
      <p class="lead">{t(locale, 'reports.ranking.intro', { n: ranking.lastN, date: date(ranking.today, locale) })}</p>
      <form method="get" action={`/offices/${ranking.office.id}/grievances/ranking`} class="actions">
        <label for="n">{t(locale, 'reports.ranking.n')}</label>{' '}
        <input id="n" name="n" type="number" inputmode="numeric" min={LAST_N.min} max={LAST_N.max} value={String(ranking.lastN)} />{' '}
        <button type="submit">{t(locale, 'reports.ranking.show')}</button>
      </form>
      <p class="muted">{t(locale, 'reports.ranking.why')}</p>
      <RankedTable locale={locale} rows={ranking.ranked} />
      {ranking.tooFew.length ? (
        <>
          <h2>{t(locale, 'reports.ranking.too-few.title')}</h2>
          <p>{t(locale, 'reports.ranking.too-few.intro', { min: ranking.minimum })}</p>
          <TooFewTable locale={locale} rows={ranking.tooFew} />
        </>
      ) : null}
    </>
  );
}
