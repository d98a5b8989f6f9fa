// `user add …` and `user token EMAIL`: accounts from the command line, as the operator.
import { parseArgs } from 'node:util';
import { ROLES, type Role } from '../db/schema.ts';
import { addUser, createToken } from '../modules/accounts/accounts.service.ts';
import { resolveOffice } from '../modules/offices/offices.service.ts';
import { CliError, say, withCtx } from './shared.ts';

const isRole = (r: string): r is Role => (ROLES as readonly string[]).includes(r);

export async function userCommand(args: string[]): Promise<void> {
  const [sub, ...rest] = args;
  if (sub === 'add') {
    const { values } = parseArgs({
      args: rest,
      options: {
        office: { type: 'string' },
        role: { type: 'string', multiple: true },
        email: { type: 'string' },
        password: { type: 'string' },
        name: { type: 'string' },
      },
    });
    const roles = (values.role ?? []).flatMap((r) => r.split(','));
    const bad = roles.find((r) => !isRole(r));
    if (bad !== undefined || !roles.length) throw new CliError('cli.choice', { option: '--role', choices: ROLES.join(', ') });
    if (!values.office || !values.email || !values.password) throw new CliError('cli.user.usage');
    const { office: ref, email, password } = values;
    const user = await withCtx(async (ctx) => {
      const office = await resolveOffice(ctx.db, ref);
      return addUser(ctx, { officeId: office.id, email, password, name: values.name ?? '', roles: roles.filter(isRole) });
    });
    say('cli.user.added', { email: user.email, id: user.id, roles: user.roles.join(', ') });
    return;
  }
  if (sub === 'token') {
    const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { label: { type: 'string' } } });
    const email = positionals[0];
    if (!email) throw new CliError('cli.user.usage');
    const { token } = await withCtx((ctx) => createToken(ctx, { email, label: values.label ?? 'cli' }));
    say('cli.user.token', { email }, 'err');
    // The token alone on the last line of standard output, for scripts.
    console.log(token);
    return;
  }
  throw new CliError('cli.user.usage');
}
