// The body of a JSON request as an object, the one way every API handler reads it: broken JSON and JSON
// that is not an object get the same 400; an optional body may also be empty.
import type { Context } from 'hono';
import { DomainError } from '../modules/shared/domain-error.ts';
import type { AppEnv } from './context.ts';

export async function jsonObject(c: Context<AppEnv>, options: { optional?: boolean } = {}): Promise<Record<string, unknown>> {
  const text = await c.req.text();
  if (options.optional && text.trim() === '') return {};
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // the same answer as for JSON that is not an object
  }
  throw new DomainError('request.invalid-json');
}
