// The one error a reader or the importer throws when a file cannot become a charter: a code, a variant and its
// values, like a finding; its words, in English and Bangla, are in the message catalogue (charter/lint/messages.ts).
import type { FindingParams } from '../charter/model.ts';
import { messageOf } from '../charter/lint/render.ts';
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

/** The input is not a charter we can read; the message is in English and Bangla, from the catalogue. */
export class ImportError extends Error {
  readonly code: ImportErrorCode;
  /** Which of the code's messages (a key under the code in MESSAGES). */
  readonly variant: string;
  readonly params: FindingParams;
  readonly en: string;
  readonly bn: string;
  constructor(code: ImportErrorCode, variant: string, params: FindingParams = {}) {
    const en = messageOf({ code, variant, params }, 'en');
    const bn = messageOf({ code, variant, params }, 'bn');
    super(`${en} / ${bn}`);
    this.name = 'ImportError';
    this.code = code;
    this.variant = variant;
    this.params = params;
    this.en = en;
    this.bn = bn;
  }
}
