// Pieces of a charter page: an officer block, a fee, a time limit, shown the same on screen and on paper.
import type { Fee, Person, TimeLimit } from '../../../charter/model.ts';
import { t, type Locale } from '../../../i18n/messages.ts';
import { digits, num, phone } from '../../../i18n/format.ts';

const href = (w: string) => (/^https?:\/\//i.test(w) ? w : `https://${w}`);

/** An officer, one part a line; `lang` marks the charter's own (Bangla) words inside an English page. */
export function PersonBlock({ person, locale, lang }: { person: Person | null; locale: Locale; lang?: string | undefined }) {
  if (!person) return <span class="muted">{t(locale, 'charter.none')}</span>;
  const parts = [
    person.name ? <strong>{person.name}</strong> : null,
    person.designation ? <span>{person.designation}</span> : null,
    person.room ? <span>{`${t(locale, 'charter.room')}: ${digits(person.room, locale)}`}</span> : null,
    person.upazilaCode ? <span>{`${t(locale, 'office.upazilaCode')}: ${digits(person.upazilaCode, locale)}`}</span> : null,
    person.districtCode ? <span>{`${t(locale, 'office.districtCode')}: ${digits(person.districtCode, locale)}`}</span> : null,
    ...person.phones.map((p) => (
      <span>
        {`${t(locale, 'charter.phone')}: `}
        <a href={`tel:${p}`}>{phone(p, locale)}</a>
      </span>
    )),
    ...person.emails.map((e) => (
      <span>
        {`${t(locale, 'charter.email')}: `}
        <a href={`mailto:${e}`}>{e}</a>
      </span>
    )),
    ...person.websites.map((w) => (
      <span>
        {`${t(locale, 'charter.web')}: `}
        <a href={href(w)} rel="external">
          {w.replace(/^https?:\/\//i, '')}
        </a>
      </span>
    )),
    person.other ? <span>{person.other}</span> : null,
  ].filter((part) => part !== null);
  // The style sheet shows the parts one a line; the line breaks between them keep them apart when the page
  // is copied or saved ("name designation", not "namedesignation").
  return (
    <div class="person" lang={lang}>
      {parts.flatMap((part, i) => (i === 0 ? [part] : ['\n', part]))}
    </div>
  );
}

export function feeText(fee: Fee, locale: Locale): string {
  const base =
    fee.kind === 'free'
      ? t(locale, 'charter.free')
      : fee.kind === 'amount' && fee.amountTaka !== null
        ? `${num(fee.amountTaka, locale)} ${t(locale, 'charter.taka')}`
        : fee.text;
  return fee.paymentMethod ? `${base}; ${fee.paymentMethod}` : base;
}

/** The time limit as the document wrote it (Bengali digits on Bangla pages), read by the structure in English. */
export function timeText(limit: TimeLimit, locale: Locale): string {
  if (locale === 'bn') return digits(limit.text, locale);
  const parts: string[] = [];
  if (limit.immediate) parts.push(t(locale, 'charter.immediate'));
  if (limit.workingDays !== null) parts.push(`${limit.workingDays} ${t(locale, 'charter.workingDays')}`);
  return parts.length ? `${parts.join(` ${t(locale, 'charter.or')} `)} (${limit.text})` : limit.text;
}
