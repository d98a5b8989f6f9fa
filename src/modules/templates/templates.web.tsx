// The standard services page: anyone reads the template of an office's tree; the administrator of
// headquarters adds one (name, group, time limit, fee) without JavaScript.
import { Hono } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { CsrfField, Field } from '../../http/forms.tsx';
import { t } from '../../i18n/messages.ts';
import { num } from '../../i18n/format.ts';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { can } from '../accounts/policy.ts';
import { officeName } from '../offices/views/home.tsx';
import { feeText, timeText } from '../charters/views/parts.tsx';
import { listTemplate, saveTemplateService, templateOffice } from './templates.service.ts';

export const templatesWeb = new Hono<AppEnv>();

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
        <form method="post" action={`/offices/${root.id}/template`} class="stack">
          <h2>{t(locale, 'template.add')}</h2>
          <CsrfField token={c.get('csrf')} />
          <Field locale={locale} name="name" label={t(locale, 'charter.col.name')}>
            <input id="name" name="name" required maxlength={1000} />
          </Field>
          <Field locale={locale} name="category" label={t(locale, 'work.service.category')}>
            <select id="category" name="category">
              <option value="citizen">{t(locale, 'charter.category.citizen')}</option>
              <option value="institutional">{t(locale, 'charter.category.institutional')}</option>
              <option value="internal">{t(locale, 'charter.category.internal')}</option>
            </select>
          </Field>
          <Field locale={locale} name="timeWorkingDays" label={t(locale, 'form.time.days')}>
            <input id="timeWorkingDays" name="timeWorkingDays" inputmode="numeric" />
          </Field>
          <Field locale={locale} name="feeText" label={t(locale, 'form.fee.text')}>
            <input id="feeText" name="feeText" />
          </Field>
          <button type="submit">{t(locale, 'template.add')}</button>
        </form>
      ) : null}
    </Layout>,
  );
});

templatesWeb.post('/offices/:id/template', async (c) => {
  const officeId = idParam(c.req.param('id'));
  const body = await c.req.parseBody();
  const get = (k: string) => (typeof body[k] === 'string' ? body[k].trim() : '');
  const days = Number(toAsciiDigits(get('timeWorkingDays')));
  const feeWords = get('feeText');
  await saveTemplateService(ctxOf(c), {
    officeId,
    values: {
      category: get('category') || 'citizen',
      name: get('name'),
      fee: { kind: feeWords ? 'text' : 'free', amountTaka: null, text: feeWords, paymentMethod: null },
      timeLimit: {
        immediate: false,
        workingDays: Number.isInteger(days) && days > 0 ? days : null,
        text: get('timeWorkingDays') ? `${get('timeWorkingDays')} কার্যদিবস` : '',
      },
    },
  });
  return c.redirect(`/offices/${officeId}/template`, 303);
});
