// What every command of the command line shares: errors people can read, reading files safely, the database.
import { readFile, stat } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import type { Actor, Ctx } from '../modules/shared/context.ts';
import { sizeInWords, toAsciiDigits } from '../bangla/digits.ts';
import { LIMITS } from '../importer/limits.ts';
import { bilingual, type MessageKey, type Params } from '../i18n/messages.ts';

/** A failure the user caused or can fix: a catalogue message, printed in both languages, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
  constructor(
    readonly key: MessageKey,
    readonly params: Params = {},
  ) {
    super(bilingual({ key, params }));
  }
}

/** What a command tells its user, in both languages (Bangla first). */
export const say = (key: MessageKey, params: Params = {}, to: 'out' | 'err' = 'out'): void =>
  (to === 'out' ? console.log : console.error)(bilingual({ key, params }));

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export const tooLarge = (size: number, max: number) => new CliError('cli.too-large', { size: sizeInWords(size), max: sizeInWords(max) });
/** Whoever runs the command line on the machine that holds the data. */
export const OPERATOR: Actor = { kind: 'operator', name: process.env.USER ?? 'unknown' };

export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    throw new CliError('cli.file-not-found', { path });
  }
}

/** Reads a text file, refusing what is too big or not UTF-8 before anything is parsed. */
export async function readTextFile(path: string, maxBytes = MAX_TEXT_BYTES): Promise<string> {
  const size = await fileSize(path);
  if (size > maxBytes) {
    throw tooLarge(size, maxBytes);
  }
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError('cli.not-utf8', { path });
  }
}

/** Reads a file's bytes for the importer, refusing what is larger than the importer takes before reading it. */
export async function readFileBytes(path: string, maxBytes = LIMITS.maxFileBytes): Promise<Uint8Array> {
  const size = await fileSize(path);
  if (size > maxBytes) {
    throw tooLarge(size, maxBytes);
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new CliError('cli.unreadable', { path });
  }
}

/** Opens the database (refused at once when another process owns the embedded folder) as the operator. */
export async function withCtx<T>(fn: (ctx: Ctx) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    return await fn({ db: database.db, actor: OPERATOR, now: new Date() });
  } finally {
    await database.close();
  }
}

export function intOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(toAsciiDigits(v));
  if (!Number.isInteger(n)) throw new CliError('cli.whole-number', { option: `--${name}` });
  return n;
}

export type Command = (args: string[]) => Promise<void>;
