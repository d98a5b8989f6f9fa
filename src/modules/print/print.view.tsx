// The wall poster's own parts: the running head (office, address, edition, QR code), the paper choice and
// print button, and Chromium's header and footer templates and document shell for the PDF.
import { readFileSync } from 'node:fs';
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { t, type Locale } from '../../i18n/messages.ts';
import { ALL_PAPERS, pageName, paperQuery, type Paper } from './paper.ts';
import { qrSvg } from './qr.ts';
import { asset } from '../../http/assets.ts';

/** What every printed page says about where it comes from. */
export interface Masthead {
  office: string;
  address: string | null;
  /** fiscal year and quarter, in the reader's language */
  edition: string;
  /** the charter's own absolute address, which the QR code encodes */
  url: string;
  /** lang "bn" where the name or the address is Bangla in the English interface */
  officeLang: 'bn' | undefined;
  addressLang: 'bn' | undefined;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The running foot of the print view, repeated at the bottom of every printed page (see PrintFrame). */
export function RunningHead({ head, locale }: { head: Masthead; locale: Locale }) {
  return (
    <div class="running-head">
      <div class="running-office">
        <strong lang={head.officeLang}>{head.office}</strong>
        {head.address ? <span lang={head.addressLang}>{head.address}</span> : null}
        <span>{head.edition}</span>
      </div>
      <div class="running-qr">
        {raw(qrSvg(head.url, t(locale, 'print.qr', { url: head.url })))}
        <span class="qr-caption">{t(locale, 'print.qr.caption')}</span>
      </div>
    </div>
  );
}

/**
 * The browser's own print (Ctrl+P): Chromium repeats a table's <tfoot> at the bottom of every page it breaks
 * across, so the office, address, edition and QR code sit in one; CSS margin boxes (@top-left …) take only
 * text and counters, not the office's name or a QR code, and a `position: fixed` block would cover lines of
 * each page. A foot, not a head: the first lines of page one stay the charter's own letterhead, which is what
 * our importer reads a printed charter's office from (e2e/pdf-import.test.ts). The page numbers are the @page
 * margin boxes' counters in public/print.css. The PDF draws all of it with Chromium's header and footer
 * templates instead (pdfTemplates), and leaves this foot out.
 */
export function PrintFrame({ head, locale, children }: { head: Masthead | null; locale: Locale; children?: Child }) {
  if (!head) return <>{children}</>;
  return (
    <table class="print-frame" role="presentation">
      <tbody>
        <tr>
          <td>{children}</td>
        </tr>
      </tbody>
      <tfoot>
        <tr>
          <td>
            <RunningHead head={head} locale={locale} />
          </td>
        </tr>
      </tfoot>
    </table>
  );
}

/** On screen only: the paper, the print button (public/print.js) and the PDF. */
export function PrintToolbar({ officeId, paper, locale }: { officeId: number; paper: Paper; locale: Locale }) {
  return (
    <div class="print-toolbar">
      <p>{t(locale, 'print.ready', { paper: t(locale, `print.paper.${pageName(paper)}`) })}</p>
      <p class="print-papers">
        {`${t(locale, 'print.paper')}: `}
        {ALL_PAPERS.map((p) =>
          pageName(p) === pageName(paper) ? (
            <strong aria-current="true">{t(locale, `print.paper.${pageName(p)}`)}</strong>
          ) : (
            <a href={`/offices/${officeId}/charter/print${paperQuery(p)}`}>{t(locale, `print.paper.${pageName(p)}`)}</a>
          ),
        )}
      </p>
      <p>
        <button type="button" id="print-button" hidden>
          {t(locale, 'print.button')}
        </button>{' '}
        <a class="button secondary" href={`/offices/${officeId}/charter.pdf${paperQuery(paper)}`}>
          {t(locale, 'print.pdf')}
        </a>
      </p>
      <script src={asset('/public/print.js')} defer></script>
    </div>
  );
}

/** The links to the print view and the PDF, for the charter page. */
export function PrintLinks({ officeId, locale }: { officeId: number; locale: Locale }) {
  return (
    <>
      <a class="button" href={`/offices/${officeId}/charter/print`}>
        {t(locale, 'charter.print')}
      </a>{' '}
      <a class="button secondary" href={`/offices/${officeId}/charter.pdf`}>
        {t(locale, 'print.pdf')}
      </a>
    </>
  );
}

// Chromium's templates take no style sheet and no web font: every style is inline, the font the system's.
const FONT = "font-family: 'Noto Sans Bengali', 'Lohit Bengali', sans-serif; color: #1b1b1b;";

/**
 * The PDF's header (office, address, edition, QR code) and footer (office and page number) on every page.
 * Chromium fills pageNumber and totalPages itself, in Latin digits: a template runs no script to change them.
 */
export function pdfTemplates(head: Masthead, locale: Locale): { headerTemplate: string; footerTemplate: string } {
  const lang = (l: 'bn' | undefined) => (l ? ` lang="${l}"` : '');
  const headerTemplate =
    `<div style="${FONT} width: 100%; margin: 0 9mm; display: flex; align-items: flex-start; justify-content: space-between; gap: 4mm; font-size: 8.5pt; line-height: 1.3;">` +
    `<div><div${lang(head.officeLang)} style="font-weight: 700; font-size: 10pt;">${escape(head.office)}</div>` +
    (head.address ? `<div${lang(head.addressLang)}>${escape(head.address)}</div>` : '') +
    `<div>${escape(head.edition)}</div></div>` +
    `<div style="display: flex; align-items: center; gap: 2mm; font-size: 7pt; text-align: right;">` +
    `<span style="max-width: 32mm;">${escape(t(locale, 'print.qr.caption'))}</span>` +
    `<span style="display: block; width: 20mm; height: 20mm;">${qrSvg(head.url, t(locale, 'print.qr', { url: head.url })).replace('<svg ', '<svg width="100%" height="100%" ')}</span>` +
    `</div></div>`;
  const footerTemplate =
    `<div style="${FONT} width: 100%; margin: 0 9mm; display: flex; justify-content: space-between; font-size: 8pt;">` +
    `<span${lang(head.officeLang)}>${escape(head.office)}</span>` +
    `<span>${escape(t(locale, 'print.page'))} <span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`;
  return { headerTemplate, footerTemplate };
}

const publicDir = new URL('../../../public/', import.meta.url);
let styles: string | undefined;

/** The site's and the print sheet's CSS, inline: Chromium is given the document as a string and fetches nothing. */
function inlineStyles(): string {
  styles ??= ['style.css', 'print.css'].map((f) => readFileSync(new URL(f, publicDir), 'utf8')).join('\n');
  return styles;
}

/** The whole document Chromium turns into the PDF: the print view's content and style sheets, no site frame. */
export function PdfShell({ locale, title, paper, children }: { locale: Locale; title: string; paper: Paper; children?: Child }) {
  return (
    <>
      {raw('<!DOCTYPE html>')}
      <html lang={locale}>
        <head>
          <meta charset="utf-8" />
          <title>{title}</title>
          <style>{raw(inlineStyles())}</style>
        </head>
        <body class={`print-view print-pdf paper-${pageName(paper)}`}>
          <main id="main">{children}</main>
        </body>
      </html>
    </>
  );
}
