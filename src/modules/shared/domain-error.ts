// Errors a use case can end with: a stable code and its parameters. The text comes from the catalogue
// (key "error.<code>") in the reader's language at the edge; the status from ERROR_STATUS, in one place.
import type { Finding } from '../../charter/model.ts';
import { GRIEVANCE_ERRORS } from '../grievances/errors.ts';
import { HOLIDAY_ERRORS } from '../holidays/errors.ts';
import { PRINT_ERRORS } from '../print/errors.ts';
import { isMessageKey, type MessageKey, type Message, type Params } from '../../i18n/messages.ts';

/** Every error code and the HTTP status it means. The CLI exits 1 for all of them. */
export const ERROR_STATUS = {
  'not-found': 404,
  'office.not-found': 404,
  'office.parent-not-found': 404,
  'office.invalid': 400,
  'office.portal-taken': 409,
  'post.not-found': 404,
  'post.invalid': 400,
  'edition.not-found': 404,
  'edition.not-of-office': 404,
  'edition.published': 409,
  'edition.frozen': 409,
  'charter.not-published': 404,
  'charter.malformed': 400,
  'data-dir.in-use': 503,
  'database.not-utf8': 503,
  'request.too-large': 413,
  'request.invalid-json': 400,
  'request.too-many': 429,
  'auth.required': 401,
  'auth.forbidden': 403,
  'auth.bad-credentials': 401,
  'auth.locked': 429,
  'auth.csrf': 403,
  'auth.reset-invalid': 400,
  'user.invalid': 400,
  'user.not-found': 404,
  'user.email-taken': 409,
  'token.not-found': 404,
  'edition.not-editable': 409,
  'edition.open-exists': 409,
  'fix.stale': 409,
  'upload.missing': 400,
  'fix.unsupported': 400,
  'edition.diff-offices': 400,
  'edition.transition': 409,
  'edition.has-errors': 409,
  'edition.own-submission': 403,
  'edition.invalid': 400,
  'service.not-found': 404,
  'service.invalid': 400,
  'comment.invalid': 400,
  'template.invalid': 400,
  'template.not-found': 404,
  'template.unchanged': 409,
  ...HOLIDAY_ERRORS,
  ...GRIEVANCE_ERRORS,
  ...PRINT_ERRORS,
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
    /** the findings behind the error (a draft with errors asked to be published), rendered at the edge */
    public readonly findings: readonly Finding[] = [],
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
