// Errors a use case can end with: a stable code and a message in both languages; HTTP maps codes to statuses.
export type DomainErrorCode = 'not_found' | 'invalid_input' | 'conflict' | 'edition_published' | 'import_failed' | 'too_large';

export class DomainError extends Error {
  constructor(
    public readonly code: DomainErrorCode,
    public readonly messageBn: string,
    public readonly messageEn: string,
    public readonly fields: Record<string, string> = {},
  ) {
    super(`${messageEn} / ${messageBn}`);
    this.name = 'DomainError';
  }
}

export function notFound(what: { bn: string; en: string }): DomainError {
  return new DomainError('not_found', `${what.bn} পাওয়া যায়নি`, `${what.en} not found`);
}
