// The one error a reader or the importer throws when a file cannot become a charter; bilingual.
import { bengaliDigitsInProse } from '../bangla/digits.ts';
export type ImportErrorCode =
  | 'import.empty'
  | 'import.binary'
  | 'import.bijoy'
  | 'import.not-charter'
  | 'import.too-large'
  | 'import.damaged'
  | 'import.unsafe'
  | 'import.encoding'
  | 'import.unsupported';

/** The input is not a charter we can read; the message is in English and Bangla. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  readonly en: string;
  readonly bn: string;
  constructor(code: ImportErrorCode, en: string, bn: string) {
    super(`${en} / ${bengaliDigitsInProse(bn)}`);
    this.name = 'ImportError';
    this.code = code;
    this.en = en;
    this.bn = bengaliDigitsInProse(bn);
  }
}
