// A charter's history (every edition the reader may see, newest first) and the difference of two editions
// side by side: services added, removed, moved, and the changed fields of the others, before and after.
import { t, type Locale } from '../../../i18n/messages.ts';
import { digits, num } from '../../../i18n/format.ts';
import { formatFiscalYear, quarterLabel } from '../../../calendar/fiscal.ts';
import type { DiffValue, FieldChange, Place, ServiceRef } from '../../../charter/diff.ts';
import type { EditionRow } from '../charters.repo.ts';
import type { diffEditions } from '../charters.service.ts';

type Diff = Awaited<ReturnType<typeof diffEditions>>;

const editionLabel = (locale: Locale, e: { number: number; fiscalYear: number; quarter: number }) =>
  `${t(locale, 'charter.edition')} ${num(e.number, locale)}: ${formatFiscalYear(e.fiscalYear, locale)}, ${quarterLabel(e.quarter, locale)}`;

export function HistoryPage({ locale, officeId, editions }: { locale: Locale; officeId: number; editions: EditionRow[] }) {
  return (
    <>
      <h1>{t(locale, 'history.title')}</h1>
      {editions.length > 1 ? (
        <form method="get" action={`/offices/${officeId}/compare`} class="compare">
          <h2>{t(locale, 'history.any')}</h2>
          {(['a', 'b'] as const).map((side, i) => (
            <p>
              <label for={`compare-${side}`}>{t(locale, side === 'a' ? 'history.earlier' : 'history.later')}</label>{' '}
              <select id={`compare-${side}`} name={side}>
                {editions.map((e, j) => (
                  <option value={String(e.id)} selected={j === (i === 0 ? 1 : 0)}>
                    {editionLabel(locale, e)}
                  </option>
                ))}
              </select>
            </p>
          ))}
          <button type="submit">{t(locale, 'history.compareButton')}</button>
        </form>
      ) : null}
      <ol class="history" reversed>
        {editions.map((e, i) => {
          const older = editions[i + 1];
          return (
            <li>
              <a href={`/offices/${officeId}/editions/${e.id}`}>{editionLabel(locale, e)}</a>
              {` (${t(locale, `status.${e.status as 'draft'}`)})`}
              {older ? (
                <>
                  {' · '}
                  <a href={`/offices/${officeId}/editions/${older.id}/diff/${e.id}`}>{t(locale, 'history.compare', { n: older.number })}</a>
                </>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function show(value: DiffValue, locale: Locale): string {
  if (value === null) return '—';
  if (Array.isArray(value)) return value.join(', ');
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    return [v.name, v.designation, v.role].filter((x) => typeof x === 'string' && x).join(', ') || JSON.stringify(value);
  }
  if (typeof value === 'boolean') return t(locale, value ? 'history.yes' : 'history.no');
  return digits(String(value), locale);
}

function Changes({ locale, fields }: { locale: Locale; fields: FieldChange[] }) {
  return (
    <table class="diff">
      <thead>
        <tr>
          <th scope="col">{t(locale, 'history.field')}</th>
          <th scope="col">{t(locale, 'history.before')}</th>
          <th scope="col">{t(locale, 'history.after')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr>
            <th scope="row">
              <code>{f.path}</code>
            </th>
            <td data-label={t(locale, 'history.before')}>
              <del>{show(f.before, locale)}</del>
            </td>
            <td data-label={t(locale, 'history.after')}>
              <ins>{show(f.after, locale)}</ins>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const place = (locale: Locale, p: Place | null) => (p ? `${t(locale, `charter.category.${p.category}`)} ${num(p.serial, locale)}` : '—');

function ServiceList({ locale, title, items, cls }: { locale: Locale; title: string; items: ServiceRef[]; cls: string }) {
  if (!items.length) return null;
  return (
    <section class={cls}>
      <h3>{title}</h3>
      <ul>
        {items.map((s) => (
          <li>{`${s.name} (${place(locale, s.b ?? s.a)})`}</li>
        ))}
      </ul>
    </section>
  );
}

export function DiffPage({ locale, diff }: { locale: Locale; diff: Diff }) {
  const { services } = diff;
  const nothing = !diff.fields.length && !services.added.length && !services.removed.length && !services.moved.length && !services.changed.length;
  return (
    <>
      <h1>{t(locale, 'history.diff.title')}</h1>
      <p>{`${editionLabel(locale, diff.a)} → ${editionLabel(locale, diff.b)}`}</p>
      <p role="status">
        {t(locale, 'history.summary', {
          changed: diff.summary.changed,
          added: diff.summary.added,
          removed: diff.summary.removed,
          moved: diff.summary.moved,
          same: diff.summary.unchanged,
        })}
      </p>
      {nothing ? <p>{t(locale, 'history.same')}</p> : null}
      {diff.fields.length ? (
        <section>
          <h2>{t(locale, 'history.charterFields')}</h2>
          <Changes locale={locale} fields={diff.fields} />
        </section>
      ) : null}
      {services.changed.map((c) => (
        <section class="diff-service" id={c.service.b?.id ? `changed-${c.service.b.id}` : undefined}>
          <h2>{`${c.service.name} (${place(locale, c.service.b)})`}</h2>
          <Changes locale={locale} fields={c.fields} />
        </section>
      ))}
      <ServiceList locale={locale} title={t(locale, 'history.added')} items={services.added} cls="diff-added" />
      <ServiceList locale={locale} title={t(locale, 'history.removed')} items={services.removed} cls="diff-removed" />
      {services.moved.length ? (
        <section class="diff-moved">
          <h2>{t(locale, 'history.moved')}</h2>
          <ul>
            {services.moved.map((m) => (
              <li>{`${m.service.name}: ${place(locale, m.from)} → ${place(locale, m.to)}`}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
