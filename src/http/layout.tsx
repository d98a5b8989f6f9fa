// The page frame every public page shares: skip link, header with the language switch, main, footer.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { t, type Locale } from '../i18n/messages.ts';
import { asset } from './assets.ts';

export interface LayoutProps {
  locale: Locale;
  title: string;
  switchHref: string;
  children?: Child;
  /** extra stylesheet, e.g. the print sheet */
  stylesheet?: string;
  bodyClass?: string;
}

export function Layout({ locale, title, switchHref, children, stylesheet, bodyClass }: LayoutProps) {
  // the doctype first: without it browsers render in quirks mode
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} | ${t(locale, 'app.name')}`}</title>
          <link rel="icon" href={asset('/public/favicon.svg')} type="image/svg+xml" />
          <link rel="stylesheet" href={asset('/public/style.css')} />
          {stylesheet ? <link rel="stylesheet" href={stylesheet} /> : null}
        </head>
        <body class={bodyClass}>
          <a class="skip-link" href="#main">
            {t(locale, 'nav.skip')}
          </a>
          <header class="site-header">
            <a class="brand" href="/">
              {t(locale, 'app.name')}
              <span class="tagline">{t(locale, 'app.tagline')}</span>
            </a>
            <a class="lang-switch" href={switchHref} lang={locale === 'bn' ? 'en' : 'bn'}>
              {t(locale, 'nav.language')}
            </a>
          </header>
          <main id="main">{children}</main>
          <footer class="site-footer">
            <p>{t(locale, 'footer.text')}</p>
          </footer>
        </body>
      </html>
    </>
  );
}

export interface Crumb {
  href?: string;
  label: string;
}

export function Breadcrumbs({ locale, items }: { locale: Locale; items: Crumb[] }) {
  return (
    <nav aria-label={t(locale, 'nav.breadcrumb')} class="breadcrumbs">
      <ol>
        {items.map((item, i) =>
          item.href && i < items.length - 1 ? (
            <li>
              <a href={item.href}>{item.label}</a>
            </li>
          ) : (
            <li aria-current="page">{item.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}
