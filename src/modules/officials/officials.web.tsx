// The officials directory pages: the posts of an office and their holders, a new holder, the office's contacts.
import { Hono, type Context } from 'hono';
import { ctxOf, type AppEnv } from '../../http/context.ts';
import { Breadcrumbs, Layout } from '../../http/layout.tsx';
import { switchLanguageHref } from '../../http/locale.ts';
import { idParam } from '../../http/errors.tsx';
import { t } from '../../i18n/messages.ts';
import { toE164 } from '../../charter/phone.ts';
import { DomainError } from '../shared/domain-error.ts';
import { can } from '../accounts/policy.ts';
import * as offices from '../offices/offices.service.ts';
import { officeName } from '../offices/views/home.tsx';
import { addPost, changeHolder } from './officials.service.ts';
import * as repo from './officials.repo.ts';
import { DirectoryPage } from './views/directory.tsx';
import type { FormErrors } from '../../http/forms.tsx';

export const officialsWeb = new Hono<AppEnv>();

async function directory(c: Context<AppEnv>, errors: FormErrors | null) {
  const ctx = ctxOf(c);
  const locale = c.get('locale');
  const office = await offices.getOffice(ctx.db, idParam(c.req.param('id')));
  const posts = await Promise.all(
    (await repo.postsOfOffice(ctx.db, office.id)).map(async (post) => ({ post, holders: await repo.holderHistory(ctx.db, post.id) })),
  );
  const name = officeName(office, locale);
  return c.html(
    <Layout locale={locale} title={`${t(locale, 'officials.title')}: ${name}`} switchHref={switchLanguageHref(c.req.url, locale)}>
      <Breadcrumbs
        locale={locale}
        items={[{ href: '/', label: t(locale, 'nav.home') }, { href: `/offices/${office.id}`, label: name }, { label: t(locale, 'officials.title') }]}
      />
      <DirectoryPage locale={locale} office={office} posts={posts} csrf={can(ctx.actor, 'officials.edit', office) ? c.get('csrf') : null} errors={errors} />
    </Layout>,
    errors ? 400 : 200,
  );
}

officialsWeb.get('/offices/:id/officials', (c) => directory(c, null));

const field = (body: Record<string, unknown>, name: string) => (typeof body[name] === 'string' ? body[name].trim() : '');

officialsWeb.post('/offices/:id/officials/contacts', async (c) => {
  const body = await c.req.parseBody();
  const officeId = idParam(c.req.param('id'));
  try {
    await offices.updateOfficeContacts(ctxOf(c), {
      officeId,
      contacts: {
        phone: field(body, 'phone') || null,
        email: field(body, 'email') || null,
        hours: field(body, 'hours') || null,
        address: field(body, 'address') || null,
      },
    });
  } catch (err) {
    if (err instanceof DomainError && err.code === 'office.invalid') return directory(c, { summary: err.text, fields: err.fields });
    throw err;
  }
  return c.redirect(`/offices/${officeId}/officials`, 303);
});

officialsWeb.post('/offices/:id/officials/posts', async (c) => {
  const body = await c.req.parseBody();
  const officeId = idParam(c.req.param('id'));
  try {
    await addPost(ctxOf(c), { officeId, designation: field(body, 'designation'), room: field(body, 'room') || null });
  } catch (err) {
    if (err instanceof DomainError && err.code === 'post.invalid') return directory(c, { summary: err.text, fields: err.fields });
    throw err;
  }
  return c.redirect(`/offices/${officeId}/officials`, 303);
});

officialsWeb.post('/offices/:id/officials/:postId', async (c) => {
  const body = await c.req.parseBody();
  const officeId = idParam(c.req.param('id'));
  const phone = field(body, 'phone');
  const e164 = phone ? toE164(phone) : null;
  if (phone && !e164) return directory(c, { fields: { phone: { key: 'field.phone' } } });
  const email = field(body, 'email');
  await changeHolder(ctxOf(c), {
    postId: idParam(c.req.param('postId')),
    holder: { name: field(body, 'name') || null, phones: e164 ? [e164] : [], emails: email ? [email.toLowerCase()] : [] },
  });
  return c.redirect(`/offices/${officeId}/officials`, 303);
});
