// The demo's outbox page: every notification the platform wrote, sent or waiting, since in the demo none leaves the machine.
import { t, type Locale } from '../../../i18n/messages.ts';
import { dateTime } from '../../../i18n/format.ts';
import type { OutboxRow } from '../outbox.service.ts';

/** The page's CSP allows no inline style, so the body's lines become paragraphs instead of pre-wrapped text. */
const paragraphs = (body: string): string[] => body.split('\n').filter((line) => line.trim() !== '');

function Status({ row, locale }: { row: OutboxRow; locale: Locale }) {
  if (row.sentAt) return <>{t(locale, 'notify.status.sent', { at: dateTime(row.sentAt, locale) })}</>;
  if (row.lastError) return <>{t(locale, 'notify.status.failed', { n: row.attempts, error: row.lastError })}</>;
  return <>{t(locale, 'notify.status.waiting')}</>;
}

export function OutboxPage({ locale, rows }: { locale: Locale; rows: OutboxRow[] }) {
  return (
    <>
      <h1>{t(locale, 'notify.outbox.title')}</h1>
      <p class="notice">{t(locale, 'notify.outbox.intro')}</p>
      {rows.length === 0 ? (
        <p>{t(locale, 'notify.outbox.empty')}</p>
      ) : (
        <div class="table-wrap">
          <table class="outbox">
            <caption>{t(locale, 'notify.outbox.caption', { n: rows.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t(locale, 'notify.outbox.created')}</th>
                <th scope="col">{t(locale, 'notify.outbox.channel')}</th>
                <th scope="col">{t(locale, 'notify.outbox.recipient')}</th>
                <th scope="col">{t(locale, 'notify.outbox.message')}</th>
                <th scope="col">{t(locale, 'notify.outbox.status')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr id={`outbox-${row.id}`}>
                  <td>{dateTime(row.createdAt, locale)}</td>
                  <td>{t(locale, row.channel === 'sms' ? 'notify.channel.sms' : 'notify.channel.email')}</td>
                  <td>{row.recipient}</td>
                  <td>
                    {row.subject ? <strong>{row.subject}</strong> : null}
                    {paragraphs(row.body).map((line) => (
                      <p>{line}</p>
                    ))}
                    <small class="muted">{t(locale, 'notify.outbox.key', { key: row.key })}</small>
                  </td>
                  <td>
                    <Status row={row} locale={locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
