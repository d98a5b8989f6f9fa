// The home page: an office search and the office tree.
import type { OfficeNode, Office } from '../offices.service.ts';
import { t, type Locale } from '../../../i18n/messages.ts';

export const officeName = (o: Office, locale: Locale) => (locale === 'bn' ? o.nameBn : o.nameEn);

function Tree({ nodes, locale }: { nodes: OfficeNode[]; locale: Locale }) {
  return (
    <ul class="office-tree">
      {nodes.map((n) => (
        <li>
          <a href={`/offices/${n.office.id}`}>{officeName(n.office, locale)}</a>
          {n.children.length ? <Tree nodes={n.children} locale={locale} /> : null}
        </li>
      ))}
    </ul>
  );
}

export function SearchForm({ locale, query }: { locale: Locale; query: string }) {
  return (
    <form class="search" method="get" action="/" role="search">
      <label for="q">{t(locale, 'search.label')}</label>
      <p id="q-hint" class="hint">
        {t(locale, 'search.hint')}
      </p>
      <div class="search-row">
        <input id="q" name="q" type="search" value={query} aria-describedby="q-hint" maxlength={100} autocomplete="off" />
        <button type="submit">{t(locale, 'search.submit')}</button>
      </div>
    </form>
  );
}

export function HomePage(props: { locale: Locale; tree: OfficeNode[]; query: string; results: Office[] | null }) {
  const { locale, tree, query, results } = props;
  return (
    <>
      <h1>{t(locale, 'home.title')}</h1>
      <p class="lead">{t(locale, 'home.intro')}</p>
      <SearchForm locale={locale} query={query} />
      {results ? (
        <section aria-labelledby="results-h">
          <h2 id="results-h">{t(locale, 'search.results')}</h2>
          {results.length ? (
            <>
              <p role="status">{t(locale, 'search.count', { n: results.length })}</p>
              <ul class="results">
                {results.map((o) => (
                  <li>
                    <a href={`/offices/${o.id}`}>{officeName(o, locale)}</a>
                    <span class="muted"> · {t(locale, `office.level.${o.level as 'district'}`)}</span>
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p role="status">{t(locale, 'search.none')}</p>
          )}
        </section>
      ) : null}
      <section aria-labelledby="tree-h">
        <h2 id="tree-h">{t(locale, 'home.tree')}</h2>
        <Tree nodes={tree} locale={locale} />
      </section>
    </>
  );
}
