// `import FILE [--json] [--office ID]`: a charter file (text, .docx, HTML, PDF) to JSON, or to a draft edition of an office.
import { basename } from 'node:path';
import { messageOf, whereOf } from '../charter/lint/render.ts';
import { parseArgs } from 'node:util';
import { resolveOffice } from '../modules/offices/offices.service.ts';
import { importDraft } from '../modules/charters/charters.service.ts';
import { readCharter } from './read-charter.ts';
import { CliError, intOption, readFileBytes, say, withCtx } from './shared.ts';

export async function importCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' }, office: { type: 'string' }, 'fiscal-year': { type: 'string' }, quarter: { type: 'string' } },
  });
  const file = positionals[0];
  if (!file) throw new CliError('cli.file-missing', { command: 'import' });
  const quarter = intOption(values.quarter, 'quarter');
  if (quarter !== undefined && (quarter < 1 || quarter > 4)) throw new CliError('cli.quarter');
  const fiscalYear = intOption(values['fiscal-year'], 'fiscal-year');
  const charter = await readCharter(file);
  if (values.json || !values.office) process.stdout.write(`${JSON.stringify(charter, null, 2)}\n`);
  const officeRef = values.office;
  if (!officeRef) return;
  const source = await readFileBytes(file);
  await withCtx(async (ctx) => {
    const office = await resolveOffice(ctx.db, officeRef);
    const result = await importDraft(ctx, {
      officeId: office.id,
      charter,
      sourceName: basename(file),
      source,
      ...(fiscalYear !== undefined ? { fiscalYear } : {}),
      ...(quarter !== undefined ? { quarter } : {}),
    });
    const log = values.json ? console.error : console.log;
    say(
      'cli.import.stored',
      { id: result.editionId, office: { bn: office.nameBn, en: office.nameEn }, services: charter.services.length },
      values.json ? 'err' : 'out',
    );
    for (const w of result.warnings) {
      if (w.kind === 'other-office') say('cli.import.other-office', { office: w.office.name, id: w.office.id }, 'err');
      else say('cli.import.repeat', { number: w.editionNumber }, 'err');
    }
    for (const f of result.findings) log(`  ${f.severity.padEnd(7)} ${f.code.padEnd(24)} ${whereOf(f, 'en')}: ${messageOf(f, 'en')} / ${messageOf(f, 'bn')}`);
  });
}
