// The pages of the people who keep a charter: start a draft or upload a file into one, edit it, apply a
// fix, submit, comment, approve, publish. Every POST answers 303 (or re-renders with 400, values kept).
import { Hono, type Context } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { t, type Message } from '../../i18n/messages.ts';
import { num } from '../../i18n/format.ts';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { importFile } from '../../importer/read-file.ts';
import { DomainError } from '../shared/domain-error.ts';
import { can } from '../accounts/policy.ts';
import * as offices from '../offices/offices.service.ts';
import { officeName } from '../offices/views/home.tsx';
import { officePosts, postsAsPersons } from '../officials/officials.service.ts';
import { getEdition, importDraft, seesDrafts } from './charters.service.ts';
import { addService, applyFix, fixApplies, updateEdition } from './editions.service.ts';
import { newDraft } from './new-draft.service.ts';
import { updateGrievanceSteps } from './grievance-steps.service.ts';
import { messageOf, whereOf } from '../../charter/lint/render.ts';
import { addComment, approveEdition, listComments, publishEdition, submitEdition } from './review.service.ts';
import { isEditable, nextStatus, type EditionStatus } from '../../charter/workflow.ts';
import * as repo from './charters.repo.ts';
import { acceptTemplate, keepOwn, templateReviews } from '../templates/template-review.service.ts';
import { CharterDocument } from './views/charter.tsx';
import { Workspace, type WorkspaceForms } from './views/workspace.tsx';
import { type PostOption } from './views/service-form.tsx';
import { emptyGrievanceRow, GRIEVANCE_FIELDS, type GrievanceRowValues } from './views/workspace-forms.tsx';
import type { FormErrors } from '../../http/forms.tsx';
import type { Ctx } from '../shared/context.ts';
import type { Locale } from '../../i18n/messages.ts';

export const editorWeb = new Hono<AppEnv>();

/** A number typed in either script, or null for an empty box; NaN for something else. */
export const numberOf = (v: string) => (v.trim() === '' ? null : Number(toAsciiDigits(v.trim()).replace(/,/g, '')));

export type C = Context<AppEnv>;
export const form = async (c: C) => {
  const body = await c.req.parseBody();
  return (name: string) => (typeof body[name] === 'string' ? body[name] : '');
};
export const editionUrl = (officeId: number, editionId: number, hash = '') => `/offices/${officeId}/editions/${editionId}${hash}`;

/** The edition named in the path, checked to be of the office in the path. */
export async function load(c: C) {
  const ctx = ctxOf(c);
  const office = await offices.getOffice(ctx.db, idParam(c.req.param('id')));
  const view = await getEdition(ctx, { editionId: idParam(c.req.param('editionId')) });
  if (view.officeId !== office.id) throw new DomainError('edition.not-of-office');
  return { ctx, office, view };
}

editorWeb.post('/offices/:id/editions', async (c) => {
  const officeId = idParam(c.req.param('id'));
  const from = (await c.req.parseBody()).from === 'template' ? 'template' : 'published';
  const { editionId } = await newDraft(ctxOf(c), { officeId, from });
  return c.redirect(editionUrl(officeId, editionId), 303);
});

editorWeb.post('/offices/:id/editions/upload', async (c) => {
  const ctx = ctxOf(c);
  const officeId = idParam(c.req.param('id'));
  const file = (await c.req.parseBody()).file;
  if (!(file instanceof File) || file.size === 0) throw new DomainError('upload.missing');
  const bytes = new Uint8Array(await file.arrayBuffer());
  const charter = await importFile(bytes, file.name);
  const made = await importDraft(ctx, { officeId, charter, sourceName: file.name, source: bytes });
  const warn = made.warnings.map((w) => (w.kind === 'other-office' ? `other-office:${w.office.id}` : `repeat:${w.editionNumber}`)).join(',');
  return c.redirect(`${editionUrl(officeId, made.editionId)}${warn ? `?warn=${encodeURIComponent(warn)}` : ''}`, 303);
});

/** The warnings an upload left in the address, as messages. */
async function notices(c: C): Promise<Message[]> {
  const out: Message[] = [];
  for (const w of (c.req.query('warn') ?? '').split(',').filter(Boolean).slice(0, 4)) {
    const [kind, value] = w.split(':');
    const n = Number(value);
    if (!Number.isInteger(n) || n < 1) continue;
    if (kind === 'repeat') out.push({ key: 'work.warn.repeat', params: { number: n } });
    if (kind === 'other-office') {
      const other = await offices.getOffice(c.get('deps').db, n).catch(() => null);
      if (other) out.push({ key: 'work.warn.other-office', params: { office: { bn: other.nameBn, en: other.nameEn } } });
    }
  }
  return out;
}

/**
 * The posts an officer or contact can be chosen from: the office's and those of the offices above, and any
 * other post a row already points at (found by the code it printed), so saving a form never drops one.
 */
export async function postChoices(ctx: Ctx, office: offices.Office, locale: Locale, pointedAt: readonly (number | null)[]): Promise<PostOption[]> {
  const above = new Map((await offices.ancestors(ctx.db, office)).map((o) => [o.id, officeName(o, locale)]));
  const posts = (await officePosts(ctx, office.id)).map((p) => ({
    id: p.id,
    label: [p.designation, p.holder, above.get(p.officeId)].filter(Boolean).join(', ') || `#${p.id}`,
  }));
  const persons = await postsAsPersons(
    ctx.db,
    pointedAt.filter((x): x is number => x !== null),
  );
  for (const [id, person] of persons) {
    if (!posts.some((p) => p.id === id)) posts.push({ id, label: [person.designation, person.name].filter(Boolean).join(', ') || `#${id}` });
  }
  return posts;
}

/** The stored grievance steps as the form's rows, and an empty row to add one. */
async function storedSteps(ctx: Ctx, editionId: number) {
  const edition = await repo.findEdition(ctx.db, editionId);
  const steps = edition ? (await repo.loadEditionRows(ctx.db, edition)).grievanceSteps : [];
  const rows: GrievanceRowValues[] = steps.map((g, i) => {
    const written = g.postId === null && g.contact ? [g.contact.designation, g.contact.name].filter(Boolean).join(', ') || g.contactText || '—' : null;
    return {
      order: String(g.stepOrder),
      when: g.whenText,
      role: g.role,
      contactText: g.contactText,
      workingDays: g.workingDays === null ? '' : String(g.workingDays),
      post: g.postId !== null ? String(g.postId) : written !== null ? 'kept' : '',
      from: String(i + 1),
      written,
    };
  });
  return { steps, rows: [...rows, emptyGrievanceRow(rows.length + 1)] };
}

/** The edition's page: the workspace for those who work on it (its forms as given, 400 when one failed). */
async function workspacePage(c: C, given: Partial<WorkspaceForms> = {}) {
  const { ctx, office, view } = await load(c);
  const locale = c.get('locale');
  const name = officeName(office, locale);
  const status = view.edition.status as EditionStatus;
  const reviewer = can(ctx.actor, 'charter.approve', office);
  const rights = {
    edit: can(ctx.actor, 'charter.edit', office) && isEditable(status),
    submit: can(ctx.actor, 'charter.submit', office) && nextStatus(status, 'submit') !== null,
    comment: can(ctx.actor, 'charter.comment', office) && nextStatus(status, 'comment') !== null,
    approve: reviewer && nextStatus(status, 'approve') !== null,
    publish: can(ctx.actor, 'charter.publish', office) && (status === 'approved' || (office.parentId === null && status !== 'published')),
  };
  const working = seesDrafts(ctx, office) || reviewer;
  const stored = rights.edit ? await storedSteps(ctx, view.edition.id) : null;
  const forms: WorkspaceForms = {
    errors: null,
    expectations: view.charter.expectations.join('\n'),
    grievance: stored?.rows ?? [],
    override: '',
    publishErrors: [],
    ...given,
  };
  const title = `${t(locale, 'charter.edition')} ${num(view.edition.number, locale)}: ${name}`;
  return c.html(
    <Layout locale={locale} title={title} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: '/', label: t(locale, 'nav.home') },
          { href: `/offices/${office.id}`, label: name },
          { label: `${t(locale, 'charter.edition')} ${num(view.edition.number, locale)}` },
        ]}
      />
      {working ? (
        <Workspace
          locale={locale}
          view={view}
          officeId={office.id}
          officeName={name}
          csrf={c.get('csrf')}
          rights={rights}
          serviceIds={(await repo.servicesOf(ctx.db, view.edition.id)).map((s) => s.id)}
          comments={await listComments(ctx, view.edition.id)}
          notices={await notices(c)}
          fixable={fixApplies}
          templateReviews={rights.edit ? await templateReviews(ctx, { editionId: view.edition.id }) : []}
          posts={rights.edit ? await postChoices(ctx, office, locale, stored?.steps.map((g) => g.postId) ?? []) : []}
          forms={forms}
        />
      ) : (
        // The public sees a published edition as the citizen's charter it was: never the import's findings.
        <CharterDocument locale={locale} view={view} officeName={name} />
      )}
    </Layout>,
    forms.errors ? 400 : 200,
  );
}

editorWeb.get('/offices/:id/editions/:editionId', (c) => workspacePage(c));

editorWeb.post('/offices/:id/editions/:editionId/fix', async (c) => {
  const { ctx, office, view } = await load(c);
  const get = await form(c);
  const { serviceId } = await applyFix(ctx, { editionId: view.edition.id, index: Number(get('index')), code: get('code') });
  const ids = (await repo.servicesOf(ctx.db, view.edition.id)).map((s) => s.id);
  return c.redirect(editionUrl(office.id, view.edition.id, serviceId ? `#service-${ids.indexOf(serviceId) + 1}` : ''), 303);
});

editorWeb.post('/offices/:id/editions/:editionId/details', async (c) => {
  const { ctx, office, view } = await load(c);
  const get = await form(c);
  await updateEdition(ctx, { editionId: view.edition.id, patch: { vision: get('vision'), mission: get('mission') } });
  return c.redirect(editionUrl(office.id, view.edition.id), 303);
});

/** A form's fields named by a use case's paths ("expectations.3", "steps.1.workingDays") put on the form's own. */
const fieldsOf = (err: DomainError, name: (path: string[]) => string | null): Record<string, Message> => {
  const out: Record<string, Message> = {};
  for (const [path, m] of Object.entries(err.fields)) {
    const to = name(path.split('.'));
    if (to) out[to] ??= m;
  }
  return out;
};

editorWeb.post('/offices/:id/editions/:editionId/expectations', async (c) => {
  const { ctx, office, view } = await load(c);
  const text = (await form(c))('expectations');
  const expectations = text
    .split('\n')
    .map((x) => x.trim())
    .filter(Boolean);
  try {
    await updateEdition(ctx, { editionId: view.edition.id, patch: { expectations } });
  } catch (err) {
    if (!(err instanceof DomainError && err.code === 'edition.invalid')) throw err;
    return workspacePage(c, { expectations: text, errors: { summary: err.text, fields: fieldsOf(err, () => 'expectations-list') } });
  }
  return c.redirect(editionUrl(office.id, view.edition.id, '#expectations'), 303);
});

/** The rows of the grievance table as typed: up to 21 (20 steps and the empty one). */
function grievanceRows(get: (name: string) => string): GrievanceRowValues[] {
  const n = Math.min(Math.max(Number(toAsciiDigits(get('rows'))) || 0, 0), 21);
  return Array.from({ length: n }, (_, k) => {
    const f = (name: string) => get(`g${k + 1}-${name}`);
    return {
      order: f('order'),
      when: f('when'),
      role: f('role'),
      contactText: f('contact-text'),
      workingDays: f('days'),
      post: f('post'),
      from: f('from'),
      written: null,
    };
  });
}

editorWeb.post('/offices/:id/editions/:editionId/grievance-steps', async (c) => {
  const { ctx, office, view } = await load(c);
  const rows = grievanceRows(await form(c));
  // The form always has a row (the empty one): none means no table was sent, not "remove every step".
  if (!rows.length) throw new DomainError('edition.invalid', {}, { rows: { key: 'field.required' } });
  const { steps: stored, rows: shown } = await storedSteps(ctx, view.edition.id);
  // The contact as written is known by the row it stood in when the page was drawn.
  for (const r of rows) r.written = shown[Number(r.from) - 1]?.written ?? null;
  const kept = rows.map((r, k) => ({ r, k: k + 1 })).filter(({ r }) => r.role.trim() !== '');
  const fields: Record<string, Message> = {};
  const steps = kept.map(({ r, k }) => {
    const order = numberOf(r.order);
    const days = numberOf(r.workingDays);
    if (Number.isNaN(order)) fields[`g${k}-order`] = { key: 'field.number' };
    if (Number.isNaN(days)) fields[`g${k}-days`] = { key: 'field.number' };
    const written = r.post === 'kept' ? (stored[Number(r.from) - 1]?.contact ?? null) : null;
    const contact = /^\d+$/.test(r.post) ? { postId: Number(r.post) } : written;
    return { ...(order !== null ? { order } : {}), when: r.when, role: r.role, contactText: r.contactText, workingDays: days, contact };
  });
  const again = (errors: FormErrors) => workspacePage(c, { grievance: rows, errors });
  if (Object.keys(fields).length) return again({ fields });
  try {
    await updateGrievanceSteps(ctx, { editionId: view.edition.id, steps });
  } catch (err) {
    if (!(err instanceof DomainError && err.code === 'edition.invalid')) throw err;
    const name = ([root, index, field]: string[]) => {
      const row = kept[Number(index)];
      const to = GRIEVANCE_FIELDS[field as keyof typeof GRIEVANCE_FIELDS] as string | undefined;
      return root === 'steps' && row && to ? `g${row.k}-${to}` : null;
    };
    return again({ summary: err.text, fields: fieldsOf(err, name) });
  }
  return c.redirect(editionUrl(office.id, view.edition.id, '#grievance'), 303);
});

editorWeb.post('/offices/:id/editions/:editionId/services', async (c) => {
  const { ctx, office, view } = await load(c);
  const get = await form(c);
  const { serviceId } = await addService(ctx, { editionId: view.edition.id, service: { name: get('name'), category: get('category') } });
  return c.redirect(`/offices/${office.id}/editions/${view.edition.id}/services/${serviceId}`, 303);
});

const STEPS = { submit: submitEdition, approve: approveEdition } as const;
for (const [step, run] of Object.entries(STEPS)) {
  editorWeb.post(`/offices/:id/editions/:editionId/${step}`, async (c) => {
    const { ctx, office, view } = await load(c);
    await run(ctx, { editionId: view.edition.id });
    return c.redirect(editionUrl(office.id, view.edition.id), 303);
  });
}

editorWeb.post('/offices/:id/editions/:editionId/publish', async (c) => {
  const { ctx, office, view } = await load(c);
  const get = await form(c);
  try {
    await publishEdition(ctx, { editionId: view.edition.id, override: get('override') || null });
  } catch (err) {
    if (!(err instanceof DomainError && err.code === 'edition.has-errors')) throw err;
    // A reason is what the form lacks: like any form short of a field, it is shown again (400) with the errors.
    const locale = c.get('locale');
    return workspacePage(c, {
      override: get('override'),
      errors: { summary: { key: 'work.publish.has-errors', params: { n: err.findings.length } }, fields: { override: { key: 'work.publish.reason' } } },
      publishErrors: err.findings.map((f) => ({ where: whereOf(f, locale), message: messageOf(f, locale) })),
    });
  }
  return c.redirect(`/offices/${office.id}/charter`, 303);
});

editorWeb.post('/offices/:id/editions/:editionId/services/:serviceId/template', async (c) => {
  const { ctx, office, view } = await load(c);
  const get = await form(c);
  const serviceId = idParam(c.req.param('serviceId'));
  await (get('action') === 'keep' ? keepOwn : acceptTemplate)(ctx, { editionId: view.edition.id, serviceId });
  const ids = (await repo.servicesOf(ctx.db, view.edition.id)).map((s) => s.id);
  return c.redirect(editionUrl(office.id, view.edition.id, `#service-${ids.indexOf(serviceId) + 1}`), 303);
});

editorWeb.post('/offices/:id/editions/:editionId/comments', async (c) => {
  const { ctx, office, view } = await load(c);
  const get = await form(c);
  const serviceId = get('serviceId') ? Number(toAsciiDigits(get('serviceId'))) : undefined;
  await addComment(ctx, { editionId: view.edition.id, comment: { text: get('text'), ...(serviceId ? { serviceId } : {}) } });
  const ids = (await repo.servicesOf(ctx.db, view.edition.id)).map((s) => s.id);
  return c.redirect(editionUrl(office.id, view.edition.id, serviceId ? `#service-${ids.indexOf(serviceId) + 1}` : '#work-h'), 303);
});
