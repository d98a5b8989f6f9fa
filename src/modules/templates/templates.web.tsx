// The standard services page: anyone reads the template of an office's tree; the administrator of
// headquarters adds one (name, group, time limit, fee) without JavaScript.
import { Hono } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { CsrfField, Field } from '../../http/forms.tsx';
import { t, type Locale } from '../../i18n/messages.ts';
import { DomainError } from '../shared/domain-error.ts';
import type { TemplateValues } from '../../db/schema.ts';
import { num } from '../../i18n/format.ts';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { can } from '../accounts/policy.ts';
import { officeName } from '../offices/views/home.tsx';
import { feeText, timeText } from '../charters/views/parts.tsx';
import { listTemplate, saveTemplateService, templateOffice } from './templates.service.ts';

export const templatesWeb = new Hono<AppEnv>();

/** A standard service's few fields, for adding one or changing one (each form's ids made unique by `id`). */
function TemplateForm(p: { locale: Locale; csrf: string; action: string; id: string; values: TemplateValues | null; submit: string }) {
  const { locale, id, values: v } = p;
  return (
    <form method="post" action={p.action} class="stack">
      <CsrfField token={p.csrf} />
      <Field locale={locale} name={`${id}-name`} label={t(locale, 'charter.col.name')}>
        <input id={`${id}-name`} name="name" required maxlength={1000} value={v?.name ?? ''} />
      </Field>
      <Field locale={locale} name={`${id}-category`} label={t(locale, 'work.service.category')}>
        <select id={`${id}-category`} name="category">
          {(['citizen', 'institutional', 'internal'] as const).map((k) => (
            <option value={k} selected={v?.category === k}>
              {t(locale, `charter.category.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field locale={locale} name={`${id}-days`} label={t(locale, 'form.time.days')}>
        <input id={`${id}-days`} name="timeWorkingDays" inputmode="numeric" value={v?.timeLimit.workingDays ? num(v.timeLimit.workingDays, locale) : ''} />
      </Field>
      <Field locale={locale} name={`${id}-fee`} label={t(locale, 'form.fee.text')}>
        <input id={`${id}-fee`} name="feeText" value={v?.fee.text ?? ''} />
      </Field>
      <button type="submit">{p.submit}</button>
    </form>
  );
}

/** The form's fields as a standard service: a time in working days, a fee in words (none: free). */
function valuesFrom(get: (k: string) => string) {
  const days = Number(toAsciiDigits(get('timeWorkingDays')));
  const feeWords = get('feeText');
  return {
    category: get('category') || 'citizen',
    name: get('name'),
    fee: { kind: feeWords ? 'text' : 'free', amountTaka: null, text: feeWords, paymentMethod: null },
    timeLimit: {
      immediate: false,
      workingDays: Number.isInteger(days) && days > 0 ? days : null,
      text: get('timeWorkingDays') ? `${get('timeWorkingDays')} কার্যদিবস` : '',
    },
  };
}

templatesWeb.get('/offices/:id/template', async (c) => {
  const ctx = ctxOf(c);
  const locale = c.get('locale');
  const root = await templateOffice(ctx, idParam(c.req.param('id')));
  const list = await listTemplate(ctx, { officeId: root.id });
  const manage = can(ctx.actor, 'template.manage', root);
  const name = officeName(root, locale);
  return c.html(
    <Layout locale={locale} title={`${t(locale, 'template.title')}: ${name}`} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[{ href: '/', label: t(locale, 'nav.home') }, { href: `/offices/${root.id}`, label: name }, { label: t(locale, 'template.title') }]}
      />
      <h1>{t(locale, 'template.title')}</h1>
      <p>{t(locale, 'template.intro')}</p>
      <table class="services">
        <thead>
          <tr>
            <th scope="col">{t(locale, 'charter.col.serial')}</th>
            <th scope="col">{t(locale, 'charter.col.name')}</th>
            <th scope="col">{t(locale, 'charter.col.fee')}</th>
            <th scope="col">{t(locale, 'charter.col.time')}</th>
          </tr>
        </thead>
        <tbody>
          {list.map((s, i) => (
            <tr>
              <td data-label={t(locale, 'charter.col.serial')}>{num(i + 1, locale)}</td>
              <th scope="row">
                {s.values.name}{' '}
                <span class="muted">{`(${t(locale, `charter.category.${s.values.category}`)}, ${t(locale, 'template.version', { n: s.version })})`}</span>
              </th>
              <td data-label={t(locale, 'charter.col.fee')}>{feeText(s.values.fee, locale)}</td>
              <td data-label={t(locale, 'charter.col.time')}>{timeText(s.values.timeLimit, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {manage ? (
        <>
          {list.map((s) => (
            <details class="template-edit">
              <summary>{`${t(locale, 'template.edit')}: ${s.values.name}`}</summary>
              <TemplateForm
                locale={locale}
                csrf={c.get('csrf')}
                action={`/offices/${root.id}/template/${s.id}`}
                id={`t${s.id}`}
                values={s.values}
                submit={t(locale, 'work.save')}
              />
            </details>
          ))}
          <h2>{t(locale, 'template.add')}</h2>
          <TemplateForm
            locale={locale}
            csrf={c.get('csrf')}
            action={`/offices/${root.id}/template`}
            id="new"
            values={null}
            submit={t(locale, 'template.add')}
          />
        </>
      ) : null}
    </Layout>,
  );
});

templatesWeb.post('/offices/:id/template', async (c) => {
  const officeId = idParam(c.req.param('id'));
  const body = await c.req.parseBody();
  const get = (k: string) => (typeof body[k] === 'string' ? body[k].trim() : '');
  await saveTemplateService(ctxOf(c), { officeId, values: valuesFrom(get) });
  return c.redirect(`/offices/${officeId}/template`, 303);
});

templatesWeb.post('/offices/:id/template/:serviceId', async (c) => {
  const officeId = idParam(c.req.param('id'));
  const body = await c.req.parseBody();
  const get = (k: string) => (typeof body[k] === 'string' ? body[k].trim() : '');
  // The form shows a few fields; the others (channels, documents) are kept as they are.
  const current = (await listTemplate(ctxOf(c), { officeId })).find((s) => s.id === idParam(c.req.param('serviceId')));
  if (!current) throw new DomainError('template.not-found', { id: c.req.param('serviceId') });
  const changed = valuesFrom(get);
  const values = {
    ...current.values,
    ...changed,
    fee: get('feeText') === current.values.fee.text ? current.values.fee : changed.fee,
    timeLimit: changed.timeLimit.workingDays === current.values.timeLimit.workingDays ? current.values.timeLimit : changed.timeLimit,
  };
  await saveTemplateService(ctxOf(c), { officeId, id: current.id, values });
  return c.redirect(`/offices/${officeId}/template`, 303);
});
