// Imports many charter files, one office each: one bad file never stops the rest, and each file is its own
// transaction, so nothing already stored is lost when a later file fails.
import type { Ctx } from '../shared/context.ts';
import type { Charter, Finding } from '../../charter/model.ts';
import { DomainError } from '../shared/domain-error.ts';
import { isMessageKey, type Message, type Params } from '../../i18n/messages.ts';
import { ImportError } from '../../importer/errors.ts';
import { resolveOffice } from '../offices/offices.service.ts';
import { importDraft } from './charters.service.ts';

export interface BulkItem {
  file: string;
  /** office id or portal, from the map; null when the map names no office for the file */
  officeRef: string | null;
}

export interface BulkResult {
  file: string;
  officeRef: string | null;
  officeId: number | null;
  status: 'imported' | 'failed' | 'skipped';
  editionId: number | null;
  services: number;
  errors: number;
  warnings: number;
  findings: Finding[];
  /** why it failed or was skipped, as a message of the catalogue */
  reason: Message | null;
}

export interface BulkDeps {
  read(file: string): Promise<Charter>;
  onDone?(result: BulkResult): void;
}

function messageOf(err: unknown): Message {
  if (err instanceof DomainError) return err.text;
  if (err instanceof ImportError) return { key: 'error.import', params: { detail: { bn: err.bn, en: err.en } } };
  // The reader's own refusals (a file too large, not found) carry a catalogue key, as the CLI's errors do.
  const keyed = err as { key?: unknown; params?: Params };
  if (err instanceof Error && isMessageKey(keyed.key)) return { key: keyed.key, params: keyed.params ?? {} };
  return { key: 'error.unexpected', params: { detail: err instanceof Error ? err.message : String(err) } };
}

async function importOne(ctx: Ctx, item: BulkItem, deps: BulkDeps): Promise<BulkResult> {
  const base: BulkResult = {
    file: item.file,
    officeRef: item.officeRef,
    officeId: null,
    status: 'skipped',
    editionId: null,
    services: 0,
    errors: 0,
    warnings: 0,
    findings: [],
    reason: null,
  };
  if (!item.officeRef) return { ...base, reason: { key: 'cli.import-dir.unmapped' } };
  try {
    const office = await resolveOffice(ctx.db, item.officeRef);
    const charter = await deps.read(item.file);
    const { editionId, findings } = await importDraft(ctx, { officeId: office.id, charter, sourceName: item.file });
    return {
      ...base,
      officeId: office.id,
      status: 'imported',
      editionId,
      services: charter.services.length,
      errors: findings.filter((f) => f.severity === 'error').length,
      warnings: findings.filter((f) => f.severity === 'warning').length,
      findings,
    };
  } catch (err) {
    return { ...base, status: 'failed', reason: messageOf(err) };
  }
}

export async function bulkImport(ctx: Ctx, items: BulkItem[], deps: BulkDeps): Promise<BulkResult[]> {
  const results: BulkResult[] = [];
  for (const item of items) {
    const result = await importOne(ctx, item, deps);
    results.push(result);
    deps.onDone?.(result);
  }
  return results;
}
