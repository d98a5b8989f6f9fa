// What every command of the command line shares: errors people can read, reading files safely, the database.
import { readFile, stat } from 'node:fs/promises';
import { loadConfig } from '../config.ts';
import { openDatabase, type Database } from '../db/client.ts';
import { sizeInWords, toAsciiDigits } from '../bangla/digits.ts';
import { LIMITS } from '../importer/limits.ts';

/** A failure the user caused or can fix; printed as its message alone, exit code 1. */
export class CliError extends Error {
  override name = 'CliError';
}

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;
export const ACTOR = `cli:${process.env.USER ?? 'unknown'}`;

export async function fileSize(path: string): Promise<number> {
  try {
    return (await stat(path)).size;
  } catch {
    throw new CliError(`File not found: ${path} / ফাইল পাওয়া যায়নি: ${path}`);
  }
}

/** Reads a text file, refusing what is too big or not UTF-8 before anything is parsed. */
export async function readTextFile(path: string, maxBytes = MAX_TEXT_BYTES): Promise<string> {
  const size = await fileSize(path);
  if (size > maxBytes) {
    throw new CliError(
      `File is too large (${sizeInWords(size).en}; at most ${sizeInWords(maxBytes).en}) / ফাইলটি খুব বড় (${sizeInWords(size).bn}; সর্বোচ্চ ${sizeInWords(maxBytes).bn})`,
    );
  }
  const bytes = await readFile(path);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`File is not UTF-8 text: ${path} / ফাইলটি UTF-8 টেক্সট নয়`);
  }
}

/** Reads a file's bytes for the importer, refusing what is larger than the importer takes before reading it. */
export async function readFileBytes(path: string, maxBytes = LIMITS.maxFileBytes): Promise<Uint8Array> {
  const size = await fileSize(path);
  if (size > maxBytes) {
    throw new CliError(
      `File is too large (${sizeInWords(size).en}; at most ${sizeInWords(maxBytes).en}) / ফাইলটি খুব বড় (${sizeInWords(size).bn}; সর্বোচ্চ ${sizeInWords(maxBytes).bn})`,
    );
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch {
    throw new CliError(`File cannot be read: ${path} / ফাইলটি পড়া যায়নি: ${path}`);
  }
}

export async function withDb<T>(fn: (d: Database) => Promise<T>): Promise<T> {
  const database = await openDatabase(loadConfig());
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

export function intOption(v: string | undefined, name: string): number | undefined {
  if (v === undefined) return undefined;
  const n = Number(toAsciiDigits(v));
  if (!Number.isInteger(n)) throw new CliError(`--${name} must be a whole number / --${name} পূর্ণসংখ্যা হতে হবে`);
  return n;
}

export type Command = (args: string[]) => Promise<void>;
