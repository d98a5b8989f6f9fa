// An edition for those who work on it: the editor edits and applies fixes, the reviewer comments on rows and
// approves, the head publishes. Every action is a plain form (no JavaScript needed) with its CSRF token.
import type { Finding } from '../../../charter/model.ts';
import { t, type Locale, type Message, render } from '../../../i18n/messages.ts';
import { num } from '../../../i18n/format.ts';
import { CsrfField, ErrorSummary, type FormErrors } from '../../../http/forms.tsx';
import type { EditionView } from '../charters.service.ts';
import type { EditionComment } from '../charters.repo.ts';
import { EditionPage } from './edition.tsx';
import type { TemplateReview } from '../../templates/template-review.service.ts';
import type { PostOption } from './service-form.tsx';
import { ExpectationsForm, GrievanceForm, grievanceLabels, PublishErrors, type GrievanceRowValues } from './workspace-forms.tsx';

/** What the workspace's own forms show: the stored values, or what was typed when a save failed. */
export interface WorkspaceForms {
  errors: FormErrors | null;
  expectations: string;
  grievance: GrievanceRowValues[];
  override: string;
  /** the errors that stopped a publication, in words */
  publishErrors: { where: string; message: string }[];
}

export interface Rights {
  edit: boolean;
  submit: boolean;
  comment: boolean;
  approve: boolean;
  publish: boolean;
}

export interface WorkspaceProps {
  locale: Locale;
  view: EditionView;
  officeId: number;
  officeName: string;
  csrf: string;
  rights: Rights;
  serviceIds: number[];
  comments: EditionComment[];
  notices: Message[];
  fixable: (f: Finding) => boolean;
  /** services whose standard service changed since the office localised it */
  templateReviews: TemplateReview[];
  /** posts of the office and the offices above, for the grievance contacts */
  posts: PostOption[];
  forms: WorkspaceForms;
}

const Post = ({ action, csrf, label, children, cls }: { action: string; csrf: string; label: string; children?: unknown; cls?: string }) => (
  <form method="post" action={action} class={cls ?? 'inline'}>
    <CsrfField token={csrf} />
    {children}
    <button type="submit">{label}</button>
  </form>
);

export function Workspace(p: WorkspaceProps) {
  const { locale, view, csrf, rights } = p;
  const base = `/offices/${p.officeId}/editions/${view.edition.id}`;
  const findings = view.charter.findings;
  const errors = findings.filter((f) => f.severity === 'error').length;
  const general = p.comments.filter((c) => c.serviceId === null);
  const { forms } = p;
  const summaryLabels = {
    'expectations-list': t(locale, 'charter.expectations'),
    override: t(locale, 'work.publish'),
    ...grievanceLabels(locale, forms.grievance.length),
  };
  const fixTool = rights.edit
    ? (f: Finding) => {
        const index = findings.indexOf(f);
        return p.fixable(f) ? (
          <Post action={`${base}/fix`} csrf={csrf} label={t(locale, 'work.fix')}>
            <input type="hidden" name="index" value={String(index)} />
            <input type="hidden" name="code" value={f.code} />
          </Post>
        ) : null;
      }
    : undefined;
  const commentForm = (serviceId: number | null, idSuffix: string) => (
    <form method="post" action={`${base}/comments`} class="comment-form">
      <CsrfField token={csrf} />
      {serviceId !== null ? <input type="hidden" name="serviceId" value={String(serviceId)} /> : null}
      <label for={`comment-${idSuffix}`}>{t(locale, 'work.comment.label')}</label>
      <textarea id={`comment-${idSuffix}`} name="text" rows={2} maxlength={4000} required />
      <button type="submit">{t(locale, 'work.comment.send')}</button>
    </form>
  );
  const rowTools = (_s: unknown, index: number) => {
    const id = p.serviceIds[index];
    if (id === undefined) return null;
    const mine = p.comments.filter((c) => c.serviceId === id);
    const review = p.templateReviews.find((r) => r.serviceId === id);
    return (
      <div class="tools">
        {review ? (
          <div class="notice warning template-review">
            <p>
              <strong>{t(locale, 'work.template.changed')}</strong>
            </p>
            <ul>
              {review.changes.map((ch) => (
                <li>
                  <code>{ch.path}</code>
                  {`: ${String(ch.before ?? '—')} → ${String(ch.after ?? '—')}`}
                </li>
              ))}
            </ul>
            <Post action={`${base}/services/${id}/template`} csrf={csrf} label={t(locale, 'work.template.accept')}>
              <input type="hidden" name="action" value="accept" />
            </Post>{' '}
            <Post action={`${base}/services/${id}/template`} csrf={csrf} label={t(locale, 'work.template.keep')}>
              <input type="hidden" name="action" value="keep" />
            </Post>
          </div>
        ) : null}
        {rights.edit ? <a href={`${base}/services/${id}`}>{t(locale, 'work.service.edit')}</a> : null}
        {mine.length ? (
          <ul class="comments">
            {mine.map((c) => (
              <li>
                <strong>{c.author}</strong>: {c.text}
              </li>
            ))}
          </ul>
        ) : null}
        {rights.comment ? commentForm(id, String(id)) : null}
      </div>
    );
  };
  return (
    <>
      <ErrorSummary locale={locale} errors={forms.errors} labels={summaryLabels} />
      {p.notices.map((m) => (
        <p class="notice warning" role="status">
          {render(locale, m)}
        </p>
      ))}
      <section class="work-actions" aria-labelledby="work-h">
        <h2 id="work-h">{t(locale, 'work.title')}</h2>
        <p>{`${t(locale, 'work.status')}: ${t(locale, `status.${view.edition.status as 'draft'}`)}`}</p>
        {rights.submit ? <Post action={`${base}/submit`} csrf={csrf} label={t(locale, 'work.submit')} /> : null}
        {rights.approve ? <Post action={`${base}/approve`} csrf={csrf} label={t(locale, 'work.approve')} /> : null}
        {rights.publish ? (
          <Post action={`${base}/publish`} csrf={csrf} label={t(locale, 'work.publish')} cls="stack">
            {errors ? (
              <>
                <label for="override">{t(locale, 'work.override', { n: errors })}</label>
                {forms.errors?.fields.override ? (
                  <p class="error-message" id="override-error">
                    {render(locale, forms.errors.fields.override)}
                  </p>
                ) : null}
                <PublishErrors locale={locale} items={forms.publishErrors} />
                <textarea
                  id="override"
                  name="override"
                  rows={2}
                  maxlength={2000}
                  aria-describedby={forms.errors?.fields.override ? `override-error${forms.publishErrors.length ? ' override-findings' : ''}` : undefined}
                >
                  {forms.override}
                </textarea>
              </>
            ) : null}
          </Post>
        ) : null}
        {general.length ? (
          <ul class="comments">
            {general.map((c) => (
              <li>
                <strong>{c.author}</strong>: {c.text}
              </li>
            ))}
          </ul>
        ) : null}
        {rights.comment ? commentForm(null, 'edition') : null}
      </section>
      {rights.edit ? (
        <section class="work-edit" aria-labelledby="edit-h">
          <h2 id="edit-h">{t(locale, 'work.edit')}</h2>
          <form method="post" action={`${base}/details`} class="stack">
            <CsrfField token={csrf} />
            <label for="vision">{t(locale, 'charter.vision')}</label>
            <textarea id="vision" name="vision" rows={2}>
              {view.charter.vision}
            </textarea>
            <label for="mission">{t(locale, 'charter.mission')}</label>
            <textarea id="mission" name="mission" rows={3}>
              {view.charter.mission}
            </textarea>
            <button type="submit">{t(locale, 'work.save')}</button>
          </form>
          <form method="post" action={`${base}/services`} class="stack">
            <CsrfField token={csrf} />
            <label for="new-name">{t(locale, 'work.service.new')}</label>
            <input id="new-name" name="name" required maxlength={1000} />
            <label for="new-category">{t(locale, 'work.service.category')}</label>
            <select id="new-category" name="category">
              <option value="citizen">{t(locale, 'charter.category.citizen')}</option>
              <option value="institutional">{t(locale, 'charter.category.institutional')}</option>
              <option value="internal">{t(locale, 'charter.category.internal')}</option>
            </select>
            <button type="submit">{t(locale, 'work.service.add')}</button>
          </form>
          <ExpectationsForm locale={locale} csrf={csrf} action={`${base}/expectations`} value={forms.expectations} errors={forms.errors} />
          <GrievanceForm locale={locale} csrf={csrf} action={`${base}/grievance-steps`} rows={forms.grievance} posts={p.posts} errors={forms.errors} />
        </section>
      ) : null}
      <p class="muted">{`${t(locale, 'charter.edition')} ${num(view.edition.number, locale)}`}</p>
      <EditionPage locale={locale} view={view} officeName={p.officeName} rowTools={rowTools} fixTool={fixTool} />
    </>
  );
}
