// The workspace's forms for the charter's lists: what the office expects of citizens (one a line) and the
// grievance steps (a small table, one row a step, an empty row to add one). Both work without JavaScript and
// re-render with 400, the values kept, beside an error summary at the top of the workspace.
import { render, t, type Locale, type Message } from '../../../i18n/messages.ts';
import { num } from '../../../i18n/format.ts';
import { CsrfField, describedBy, Field, type FormErrors } from '../../../http/forms.tsx';
import type { PostOption } from './service-form.tsx';

/** One row of the grievance table as the form holds it (text as typed). */
export interface GrievanceRowValues {
  order: string;
  when: string;
  role: string;
  contactText: string;
  workingDays: string;
  /** '' none, 'kept' the contact as written, or a post id */
  post: string;
  /** the step's place when the page was drawn (1-based), to find its contact as written; '' for a new row */
  from: string;
  /** the contact as written, for the 'kept' choice */
  written: string | null;
}

export const emptyGrievanceRow = (order: number): GrievanceRowValues => ({
  order: String(order),
  when: '',
  role: '',
  contactText: '',
  workingDays: '',
  post: '',
  from: '',
  written: null,
});

/** The form's names of a step's fields: `g2-days` is the second row's working days. */
export const GRIEVANCE_FIELDS = { order: 'order', when: 'when', role: 'role', contactText: 'contact-text', workingDays: 'days', contact: 'post' } as const;
const FIELD_LABELS = {
  order: 'charter.col.serial',
  when: 'charter.grievance.when',
  role: 'charter.grievance.who',
  'contact-text': 'charter.grievance.contact',
  days: 'charter.grievance.days',
  post: 'work.grievance.post',
} as const;

/** The error summary's words for each field of the table ("Step 2: Time to resolve"). */
export function grievanceLabels(locale: Locale, rows: number): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 1; i <= rows; i++)
    for (const [name, key] of Object.entries(FIELD_LABELS)) out[`g${i}-${name}`] = t(locale, 'work.grievance.step', { n: i, field: t(locale, key) });
  return out;
}

export function ExpectationsForm(p: { locale: Locale; csrf: string; action: string; value: string; errors: FormErrors | null }) {
  const { locale } = p;
  const error = p.errors?.fields['expectations-list'];
  return (
    <form method="post" action={p.action} class="stack" novalidate>
      <CsrfField token={p.csrf} />
      <Field locale={locale} name="expectations-list" label={t(locale, 'charter.expectations')} hint={t(locale, 'form.one-a-line')} error={error}>
        <textarea id="expectations-list" name="expectations" rows={4} aria-describedby={describedBy('expectations-list', true, error)}>
          {p.value}
        </textarea>
      </Field>
      <button type="submit">{t(locale, 'work.expectations.save')}</button>
    </form>
  );
}

export function GrievanceForm(p: { locale: Locale; csrf: string; action: string; rows: GrievanceRowValues[]; posts: PostOption[]; errors: FormErrors | null }) {
  const { locale } = p;
  const labels = grievanceLabels(locale, p.rows.length);
  const cell = (i: number, name: keyof typeof FIELD_LABELS, control: (id: string, describedBy: string | undefined) => unknown) => {
    const id = `g${i}-${name}`;
    const error: Message | undefined = p.errors?.fields[id];
    return (
      <td class={error ? 'field-error' : undefined}>
        <label for={id} class="visually-hidden">
          {labels[id]}
        </label>
        {error ? (
          <p class="error-message" id={`${id}-error`}>
            {render(locale, error)}
          </p>
        ) : null}
        {control(id, describedBy(id, false, error))}
      </td>
    );
  };
  return (
    <form method="post" action={p.action} class="stack grievance-form" novalidate>
      <CsrfField token={p.csrf} />
      <input type="hidden" name="rows" value={String(p.rows.length)} />
      <fieldset>
        <legend>{t(locale, 'charter.grievance')}</legend>
        <p class="hint" id="grievance-hint">
          {t(locale, 'work.grievance.hint')}
        </p>
        <table class="grievance" aria-describedby="grievance-hint">
          <thead>
            <tr>
              {Object.values(FIELD_LABELS).map((key) => (
                <th scope="col">{t(locale, key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r, index) => {
              const i = index + 1;
              return (
                <tr>
                  {cell(i, 'order', (id, d) => (
                    <>
                      <input type="hidden" name={`g${i}-from`} value={r.from} />
                      <input id={id} name={id} value={r.order} inputmode="numeric" size={3} aria-describedby={d} />
                    </>
                  ))}
                  {cell(i, 'when', (id, d) => (
                    <input id={id} name={id} value={r.when} maxlength={1000} aria-describedby={d} />
                  ))}
                  {cell(i, 'role', (id, d) => (
                    <input id={id} name={id} value={r.role} maxlength={500} aria-describedby={d} />
                  ))}
                  {cell(i, 'contact-text', (id, d) => (
                    <textarea id={id} name={id} rows={2} maxlength={2000} aria-describedby={d}>
                      {r.contactText}
                    </textarea>
                  ))}
                  {cell(i, 'days', (id, d) => (
                    <input id={id} name={id} value={r.workingDays} inputmode="numeric" size={4} aria-describedby={d} />
                  ))}
                  {cell(i, 'post', (id, d) => (
                    <select id={id} name={id} aria-describedby={d}>
                      <option value="">{t(locale, 'charter.none')}</option>
                      {r.written !== null ? (
                        <option value="kept" selected={r.post === 'kept'}>
                          {t(locale, 'work.grievance.as-written', { who: r.written })}
                        </option>
                      ) : null}
                      {p.posts.map((post) => (
                        <option value={String(post.id)} selected={r.post === String(post.id)}>
                          {post.label}
                        </option>
                      ))}
                    </select>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </fieldset>
      <button type="submit">{t(locale, 'work.grievance.save')}</button>
    </form>
  );
}

/** The errors that stop a publication, listed beside the reason asked for. */
export function PublishErrors(p: { locale: Locale; items: readonly { where: string; message: string }[] }) {
  if (!p.items.length) return null;
  return (
    <div id="override-findings">
      <p>{`${t(p.locale, 'work.publish.errors')} (${num(p.items.length, p.locale)}):`}</p>
      <ul class="findings">
        {p.items.map((f) => (
          <li>{`${f.where}: ${f.message}`}</li>
        ))}
      </ul>
    </div>
  );
}
