// `publish EDITION_ID [--override REASON]`: publishes an edition as the operator; errors need a reason.
import { parseArgs } from 'node:util';
import { messageOf, whereOf } from '../charter/lint/render.ts';
import { publishEdition } from '../modules/charters/review.service.ts';
import { DomainError } from '../modules/shared/domain-error.ts';
import { CliError, intOption, say, withCtx } from './shared.ts';

export async function publishCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { override: { type: 'string' } } });
  const id = intOption(positionals[0], 'edition');
  if (id === undefined) throw new CliError('cli.publish.usage');
  try {
    const r = await withCtx((ctx) => publishEdition(ctx, { editionId: id, override: values.override ?? null }));
    say(r.knownProblems ? 'cli.published-with-problems' : 'cli.published', { id, count: r.knownProblems });
  } catch (err) {
    if (err instanceof DomainError && err.code === 'edition.has-errors') {
      for (const f of err.findings) console.error(`  ${f.code.padEnd(24)} ${whereOf(f, 'bn')}: ${messageOf(f, 'bn')}`);
    }
    throw err;
  }
}
