// The home page: an office search and the office tree.
import type { OfficeNode, Office } from '../offices.service.ts';
import { t, type Locale } from '../../../i18n/messages.ts';

type Named = Pick<Office, 'nameBn' | 'nameEn'>;

/** An office's name in the reader's language, or its Bangla name when it has none in English. */
export const officeName = (o: Named, locale: Locale) => officeLabel(o, locale).text;

/** The name and, when it is the Bangla name standing in the English interface, lang "bn" for it. */
export function officeLabel(o: Named, locale: Locale): { text: string; lang: 'bn' | undefined } {
  const name = (locale === 'bn' ? o.nameBn : o.nameEn).trim();
  if (name !== '') return { text: name, lang: undefined };
  return { text: o.nameBn, lang: locale === 'bn' ? undefined : 'bn' };
}

/** The name in a page, marked lang="bn" when it is the Bangla name in the English interface. */
export function OfficeName({ office, locale }: { office: Named; locale: Locale }) {
  const { text, lang } = officeLabel(office, locale);
  return lang === undefined ? <>{text}</> : <span lang={lang}>{text}</span>;
}

function Tree({ nodes, locale }: { nodes: OfficeNode[]; locale: Locale }) {
  return (
    <ul class="office-tree">
      {nodes.map((n) => (
        <li>
          <a href={`/offices/${n.office.id}`}>{officeName(n.office, locale)}</a>
          {n.hasCharter ? (
            <>
              {' · '}
              <a class="has-charter" href={`/offices/${n.office.id}/charter`}>
                {t(locale, 'home.has-charter')}
                <span class="visually-hidden">{`: ${officeName(n.office, locale)}`}</span>
              </a>
            </>
          ) : null}
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
      <p>
        <a href="/search">{t(locale, 'home.find-service')}</a>
      </p>
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
