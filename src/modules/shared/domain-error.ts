// Errors a use case can end with: a stable code and its parameters. The text comes from the catalogue
// (key "error.<code>") in the reader's language at the edge; the status from ERROR_STATUS, in one place.
import { isMessageKey, type MessageKey, type Message, type Params } from '../../i18n/messages.ts';

/** Every error code and the HTTP status it means. The CLI exits 1 for all of them. */
export const ERROR_STATUS = {
  'not-found': 404,
  'office.not-found': 404,
  'office.parent-not-found': 404,
  'office.invalid': 400,
  'office.portal-taken': 409,
  'post.not-found': 404,
  'edition.not-found': 404,
  'edition.not-of-office': 404,
  'edition.published': 409,
  'charter.not-published': 404,
  'charter.malformed': 400,
  'data-dir.in-use': 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

// Every code has its text: a code without one fails to compile here.
type MissingText = Exclude<`error.${ErrorCode}`, MessageKey>;
const everyCodeHasText: [MissingText] extends [never] ? true : MissingText = true;
void everyCodeHasText;

export class DomainError extends Error {
  constructor(
    public readonly code: ErrorCode,
    public readonly params: Params = {},
    /** Per input field, what is wrong with it (catalogue keys). */
    public readonly fields: Readonly<Record<string, Message>> = {},
  ) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'DomainError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }

  /** The message as data, for the edge to render. */
  get text(): Message {
    return { key: `error.${this.code}`, params: this.params };
  }
}

/** What zod found wrong, per field: a schema's messages are catalogue keys; any other is "not valid". */
export function fieldProblems(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): Record<string, Message> {
  const fields: Record<string, Message> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.');
    fields[path] ??= { key: isMessageKey(issue.message) ? issue.message : 'field.invalid' };
  }
  return fields;
}
