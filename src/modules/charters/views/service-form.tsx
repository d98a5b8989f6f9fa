// One service's form for the editor: typed fields (fee kind and amount, time limit as immediately / N working
// days / text, officers chosen from the office's posts). Re-rendered with 400, the values kept, on an error.
import type { Service } from '../../../charter/model.ts';
import { t, type Locale, type Message } from '../../../i18n/messages.ts';
import { CsrfField, describedBy, ErrorSummary, Field, type FormErrors } from '../../../http/forms.tsx';
import { STANDARD_CHANNELS } from '../../../charter/channels.ts';
import type { Finding } from '../../../charter/model.ts';
import { FindingList } from './charter.tsx';

export interface PostOption {
  id: number;
  label: string;
}

export interface ServiceFormValues {
  name: string;
  category: Service['category'];
  /** the standard channels ticked */
  channels: string[];
  /** any other channels, one a line */
  otherChannels: string;
  documents: string;
  feeKind: Service['fee']['kind'];
  feeAmount: string;
  feeText: string;
  paymentMethod: string;
  timeImmediate: boolean;
  timeWorkingDays: string;
  timeText: string;
  remarks: string;
  responsiblePostId: string;
  superiorPostId: string;
  alternatePostId: string;
  /** 1-based place in the list of all services */
  position: string;
}

/** The findings of the row, by the column they concern (null: the whole row). */
export type RowFindings = (column: number | null) => Finding[];

export function ServiceForm(p: {
  locale: Locale;
  csrf: string;
  action: string;
  deleteAction: string;
  values: ServiceFormValues;
  posts: PostOption[];
  errors: FormErrors | null;
  /** the lint's and the import's findings about this service, shown beside the fields they concern */
  findingsAt?: RowFindings;
}) {
  const { locale, values: v, errors } = p;
  const at = (column: number | null) => {
    const found = p.findingsAt?.(column) ?? [];
    return found.length ? (
      <div class="field-findings" role="note">
        <FindingList findings={found} locale={locale} />
      </div>
    ) : null;
  };
  const err = (name: string): Message | undefined => errors?.fields[name];
  const labels: Record<string, string> = {
    name: t(locale, 'charter.col.name'),
    channels: t(locale, 'charter.col.channels'),
    documents: t(locale, 'charter.col.documents'),
    feeAmount: t(locale, 'form.fee.amount'),
    timeWorkingDays: t(locale, 'form.time.days'),
    position: t(locale, 'work.service.position'),
  };
  const postSelect = (name: 'responsiblePostId' | 'superiorPostId' | 'alternatePostId', label: string) => (
    <Field locale={locale} name={name} label={label} error={err(name)}>
      <select id={name} name={name}>
        <option value="">{t(locale, 'charter.none')}</option>
        {p.posts.map((post) => (
          <option value={String(post.id)} selected={v[name] === String(post.id)}>
            {post.label}
          </option>
        ))}
      </select>
    </Field>
  );
  return (
    <>
      <ErrorSummary locale={locale} errors={errors} labels={labels} />
      {at(null)}
      <form method="post" action={p.action} class="stack service-form" novalidate>
        <CsrfField token={p.csrf} />
        <Field locale={locale} name="name" label={labels.name ?? ''} error={err('name')}>
          <input id="name" name="name" value={v.name} required maxlength={1000} aria-describedby={describedBy('name', false, err('name'))} />
        </Field>
        {at(2)}
        <Field locale={locale} name="category" label={t(locale, 'work.service.category')}>
          <select id="category" name="category">
            {(['citizen', 'institutional', 'internal'] as const).map((c) => (
              <option value={c} selected={v.category === c}>
                {t(locale, `charter.category.${c}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field locale={locale} name="position" label={labels.position ?? ''} hint={t(locale, 'work.service.position.hint')} error={err('position')}>
          <input
            id="position"
            name="position"
            inputmode="numeric"
            size={4}
            value={v.position}
            aria-describedby={describedBy('position', true, err('position'))}
          />
        </Field>
        <fieldset>
          <legend>{labels.channels}</legend>
          {STANDARD_CHANNELS.map((ch, i) => (
            <div class="field checkbox">
              <input id={`channel-${i}`} name="channel" type="checkbox" value={ch} checked={v.channels.includes(ch)} />
              <label for={`channel-${i}`}>{ch}</label>
            </div>
          ))}
          <Field locale={locale} name="channels" label={t(locale, 'form.channels.other')} hint={t(locale, 'form.one-a-line')}>
            <textarea id="channels" name="otherChannels" rows={2} aria-describedby="channels-hint">
              {v.otherChannels}
            </textarea>
          </Field>
        </fieldset>
        {at(3)}
        <Field locale={locale} name="documents" label={labels.documents ?? ''}>
          <textarea id="documents" name="documents" rows={3}>
            {v.documents}
          </textarea>
        </Field>
        {at(4)}
        <fieldset>
          <legend>{t(locale, 'charter.col.fee')}</legend>
          <Field locale={locale} name="feeKind" label={t(locale, 'form.fee.kind')}>
            <select id="feeKind" name="feeKind">
              {(['free', 'amount', 'policy', 'text'] as const).map((k) => (
                <option value={k} selected={v.feeKind === k}>
                  {t(locale, `form.fee.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field locale={locale} name="feeAmount" label={labels.feeAmount ?? ''} error={err('feeAmount')}>
            <input
              id="feeAmount"
              name="feeAmount"
              inputmode="decimal"
              value={v.feeAmount}
              aria-describedby={describedBy('feeAmount', false, err('feeAmount'))}
            />
          </Field>
          <Field locale={locale} name="feeText" label={t(locale, 'form.fee.text')}>
            <input id="feeText" name="feeText" value={v.feeText} />
          </Field>
          <Field locale={locale} name="paymentMethod" label={t(locale, 'form.fee.payment')}>
            <input id="paymentMethod" name="paymentMethod" value={v.paymentMethod} />
          </Field>
        </fieldset>
        {at(5)}
        <fieldset>
          <legend>{t(locale, 'charter.col.time')}</legend>
          <div class="field checkbox">
            <input id="timeImmediate" name="timeImmediate" type="checkbox" value="1" checked={v.timeImmediate} />
            <label for="timeImmediate">{t(locale, 'charter.immediate')}</label>
          </div>
          <Field locale={locale} name="timeWorkingDays" label={labels.timeWorkingDays ?? ''} error={err('timeWorkingDays')}>
            <input
              id="timeWorkingDays"
              name="timeWorkingDays"
              inputmode="numeric"
              value={v.timeWorkingDays}
              aria-describedby={describedBy('timeWorkingDays', false, err('timeWorkingDays'))}
            />
          </Field>
          <Field locale={locale} name="timeText" label={t(locale, 'form.time.text')}>
            <input id="timeText" name="timeText" value={v.timeText} />
          </Field>
        </fieldset>
        {at(6)}
        {postSelect('responsiblePostId', t(locale, 'charter.col.responsible'))}
        {at(7)}
        {postSelect('superiorPostId', t(locale, 'charter.col.superior'))}
        {at(8)}
        {postSelect('alternatePostId', t(locale, 'charter.col.alternate'))}
        <Field locale={locale} name="remarks" label={t(locale, 'charter.col.remarks')}>
          <textarea id="remarks" name="remarks" rows={2}>
            {v.remarks}
          </textarea>
        </Field>
        <button type="submit">{t(locale, 'work.save')}</button>
      </form>
      <form method="post" action={p.deleteAction}>
        <CsrfField token={p.csrf} />
        <button type="submit" class="danger">
          {t(locale, 'work.service.delete')}
        </button>
      </form>
    </>
  );
}
