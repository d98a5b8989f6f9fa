// One service's form in the editor: typed fields, officers from the posts, its place; delete.
import { Hono } from 'hono';
import { type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { t, type Message } from '../../i18n/messages.ts';
import { num } from '../../i18n/format.ts';
import { DomainError } from '../shared/domain-error.ts';
import { officeName } from '../offices/views/home.tsx';
import { deleteService, updateService } from './editions.service.ts';
import * as repo from './charters.repo.ts';
import { ServiceForm, type ServiceFormValues } from './views/service-form.tsx';
import type { FormErrors } from '../../http/forms.tsx';
import { editionUrl, form, load, numberOf, postChoices, type C } from './editor.web.tsx';
import { joinChannels, splitChannels } from '../../charter/channels.ts';
import { SECTION_OF } from '../../charter/lint/places.ts';
import type { ServiceCategory } from '../../charter/model.ts';

export const serviceFormWeb = new Hono<AppEnv>();

function valuesOf(s: ServiceFormSource): ServiceFormValues {
  return {
    name: s.name,
    category: s.category,
    channels: splitChannels(s.channels).standard,
    otherChannels: splitChannels(s.channels).other.join('\n'),
    documents: s.documents,
    feeKind: s.feeKind,
    feeAmount: s.feeAmountTaka === null ? '' : String(s.feeAmountTaka),
    feeText: s.feeText,
    paymentMethod: s.paymentMethod ?? '',
    timeImmediate: s.timeImmediate,
    timeWorkingDays: s.timeWorkingDays === null ? '' : String(s.timeWorkingDays),
    timeText: s.timeText,
    remarks: s.remarks,
    responsiblePostId: s.responsiblePostId === null ? '' : String(s.responsiblePostId),
    superiorPostId: s.superiorPostId === null ? '' : String(s.superiorPostId),
    alternatePostId: s.alternatePostId === null ? '' : String(s.alternatePostId),
    position: String(s.position),
  };
}
type ServiceFormSource = Omit<repo.ServiceRow, 'category' | 'feeKind'> & { category: ServiceFormValues['category']; feeKind: ServiceFormValues['feeKind'] };

async function servicePage(c: C, values: ServiceFormValues | null, errors: FormErrors | null) {
  const { ctx, office, view } = await load(c);
  const serviceId = idParam(c.req.param('serviceId'));
  const row = await repo.serviceOfEdition(ctx.db, view.edition.id, serviceId);
  if (!row) throw new DomainError('service.not-found', { id: serviceId });
  const locale = c.get('locale');
  const posts = await postChoices(ctx, office, locale, [row.responsiblePostId, row.superiorPostId, row.alternatePostId]);
  const base = `/offices/${office.id}/editions/${view.edition.id}/services/${serviceId}`;
  return c.html(
    <Layout locale={locale} title={`${t(locale, 'work.service.edit')}: ${row.name}`} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[
          { href: `/offices/${office.id}`, label: officeName(office, locale) },
          { href: editionUrl(office.id, view.edition.id), label: `${t(locale, 'charter.edition')} ${num(view.edition.number, locale)}` },
          { label: row.name },
        ]}
      />
      <h1>{t(locale, 'work.service.edit')}</h1>
      <ServiceForm
        locale={locale}
        csrf={c.get('csrf')}
        action={base}
        deleteAction={`${base}/delete`}
        values={values ?? valuesOf(row as ServiceFormSource)}
        findingsAt={(column) =>
          view.charter.findings.filter((f) =>
            [f.location, ...(f.also ?? [])].some(
              (l) => l.section === SECTION_OF[row.category as ServiceCategory] && l.row === row.serial && (l.column ?? null) === column,
            ),
          )
        }
        posts={posts}
        errors={errors}
      />
    </Layout>,
    errors ? 400 : 200,
  );
}

serviceFormWeb.get('/offices/:id/editions/:editionId/services/:serviceId', (c) => servicePage(c, null, null));

serviceFormWeb.post('/offices/:id/editions/:editionId/services/:serviceId', async (c) => {
  const { ctx, office, view } = await load(c);
  const get = await form(c);
  const all = await c.req.parseBody({ all: true });
  const ticked = ([] as unknown[]).concat(all.channel ?? []).filter((x): x is string => typeof x === 'string');
  const serviceId = idParam(c.req.param('serviceId'));
  const values: ServiceFormValues = {
    name: get('name'),
    category: (['citizen', 'institutional', 'internal'] as const).find((x) => x === get('category')) ?? 'citizen',
    channels: ticked,
    otherChannels: get('otherChannels'),
    documents: get('documents'),
    feeKind: (['free', 'amount', 'policy', 'text'] as const).find((x) => x === get('feeKind')) ?? 'text',
    feeAmount: get('feeAmount'),
    feeText: get('feeText'),
    paymentMethod: get('paymentMethod'),
    timeImmediate: get('timeImmediate') === '1',
    timeWorkingDays: get('timeWorkingDays'),
    timeText: get('timeText'),
    remarks: get('remarks'),
    responsiblePostId: get('responsiblePostId'),
    superiorPostId: get('superiorPostId'),
    alternatePostId: get('alternatePostId'),
    position: get('position'),
  };
  const amount = numberOf(values.feeAmount);
  const days = numberOf(values.timeWorkingDays);
  const position = numberOf(values.position);
  const fields: Record<string, Message> = {};
  if (Number.isNaN(amount)) fields.feeAmount = { key: 'field.number' };
  if (Number.isNaN(days)) fields.timeWorkingDays = { key: 'field.number' };
  if (position !== null && !(Number.isInteger(position) && position >= 1))
    fields.position = { key: Number.isNaN(position) ? 'field.number' : 'field.whole-number' };
  if (Object.keys(fields).length) return servicePage(c, values, { fields });
  const post = (v: string) => (v ? { postId: Number(v) } : null);
  try {
    await updateService(ctx, {
      editionId: view.edition.id,
      serviceId,
      patch: {
        name: values.name,
        category: values.category,
        channels: joinChannels(
          values.channels,
          values.otherChannels.split('\n'),
          (await repo.serviceOfEdition(ctx.db, view.edition.id, serviceId))?.channels ?? [],
        ),
        documents: values.documents,
        fee: { kind: values.feeKind, amountTaka: amount, text: values.feeText, paymentMethod: values.paymentMethod || null },
        timeLimit: { immediate: values.timeImmediate, workingDays: days, text: values.timeText },
        responsible: post(values.responsiblePostId),
        superior: post(values.superiorPostId),
        alternate: post(values.alternatePostId),
        remarks: values.remarks,
        ...(position !== null ? { position } : {}),
      },
    });
  } catch (err) {
    if (err instanceof DomainError && err.code === 'service.invalid') {
      const byForm: Record<string, Message> = {};
      for (const [path, m] of Object.entries(err.fields))
        byForm[{ 'fee.amountTaka': 'feeAmount', 'timeLimit.workingDays': 'timeWorkingDays' }[path] ?? path.split('.')[0] ?? path] = m;
      return servicePage(c, values, { summary: err.text, fields: byForm });
    }
    throw err;
  }
  const ids = (await repo.servicesOf(ctx.db, view.edition.id)).map((s) => s.id);
  return c.redirect(editionUrl(office.id, view.edition.id, `#service-${ids.indexOf(serviceId) + 1}`), 303);
});

serviceFormWeb.post('/offices/:id/editions/:editionId/services/:serviceId/delete', async (c) => {
  const { ctx, office, view } = await load(c);
  await deleteService(ctx, { editionId: view.edition.id, serviceId: idParam(c.req.param('serviceId')) });
  return c.redirect(editionUrl(office.id, view.edition.id), 303);
});
