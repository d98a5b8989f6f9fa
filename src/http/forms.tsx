// The pieces every form shares (house style): the CSRF field, an error summary linking to each field, and a
// field with its label, hint and error; a form that failed re-renders with 400 and the values kept.
import type { Child } from 'hono/jsx';
import { render, t, type Locale, type Message } from '../i18n/messages.ts';

export const CsrfField = ({ token }: { token: string }) => <input type="hidden" name="_csrf" value={token} />;

export interface FormErrors {
  summary?: Message;
  fields: Readonly<Record<string, Message>>;
}

export function ErrorSummary({ locale, errors, labels }: { locale: Locale; errors: FormErrors | null; labels: Record<string, string> }) {
  if (!errors) return null;
  const entries = Object.entries(errors.fields);
  return (
    <div class="error-summary" role="alert" tabindex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t(locale, 'form.errors')}</h2>
      {errors.summary ? <p>{render(locale, errors.summary)}</p> : null}
      {entries.length ? (
        <ul>
          {entries.map(([name, m]) => (
            <li>
              <a href={`#${name}`}>{`${labels[name] ?? name}: ${render(locale, m)}`}</a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

export interface FieldProps {
  locale: Locale;
  name: string;
  label: string;
  hint?: string;
  error?: Message | undefined;
  children: Child;
}

/** A label, an optional hint and error, and the control (which must have id = name). */
export function Field({ locale, name, label, hint, error, children }: FieldProps) {
  return (
    <div class={error ? 'field field-error' : 'field'}>
      <label for={name}>{label}</label>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p class="error-message" id={`${name}-error`}>
          {render(locale, error)}
        </p>
      ) : null}
      {children}
    </div>
  );
}

/** aria-describedby for a control: its hint and its error. */
export const describedBy = (name: string, hint: boolean, error: unknown) =>
  [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
