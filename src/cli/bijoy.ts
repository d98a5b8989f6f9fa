// `bijoy FILE [--encoding auto|utf-8|windows-1252] [--no-repair] [--fixes]`: prints a document with its
// Bijoy (SutonnyMJ) text converted to Unicode, Unicode and English kept, and old conversion damage repaired.
//
// Bijoy files are often saved as Windows-1252 (the bytes are the font's glyph numbers), so by default a
// file that is not UTF-8 is read as Windows-1252 instead of being refused.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { convertJsonEscaped, convertMixed, decodeWindows1252, repairBrokenConjuncts, repairLeftovers, type BijoyFix } from '../bangla/bijoy.ts';
import { CliError, fileSize, MAX_TEXT_BYTES, readTextFile, tooLarge } from './shared.ts';

const ENCODINGS = ['auto', 'utf-8', 'windows-1252'] as const;
type Encoding = (typeof ENCODINGS)[number];

function isEncoding(v: string): v is Encoding {
  return (ENCODINGS as readonly string[]).includes(v);
}

async function readWindows1252(path: string): Promise<string> {
  return decodeWindows1252(await readFile(path));
}

/** Reads the file as UTF-8 (size and UTF-8 checked by readTextFile), or as Windows-1252 when asked or when it is not UTF-8. */
export async function readBijoyFile(path: string, encoding: Encoding): Promise<string> {
  if (encoding === 'utf-8') return readTextFile(path);
  const size = await fileSize(path);
  if (size > MAX_TEXT_BYTES) {
    throw tooLarge(size, MAX_TEXT_BYTES);
  }
  if (encoding === 'windows-1252') return readWindows1252(path);
  try {
    return await readTextFile(path);
  } catch (err) {
    // the file exists and is small enough (checked above), so the only refusal left is "not UTF-8"
    if (err instanceof CliError) return readWindows1252(path);
    throw err;
  }
}

function printFixes(code: string, fixes: BijoyFix[]): void {
  for (const f of fixes) console.error(`${code.padEnd(22)} ${String(f.index).padStart(7)}  ${f.from} -> ${f.to}`);
}

export async function bijoyCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { encoding: { type: 'string', default: 'auto' }, 'no-repair': { type: 'boolean' }, fixes: { type: 'boolean' } },
  });
  const file = positionals[0];
  if (!file) throw new CliError('cli.file-missing', { command: 'bijoy' });
  const encoding = values.encoding.toLowerCase();
  if (!isEncoding(encoding)) {
    throw new CliError('cli.choice', { option: '--encoding', choices: 'auto, utf-8, windows-1252' });
  }
  const source = await readBijoyFile(file, encoding);
  let text = convertMixed(convertJsonEscaped(source).text).text;
  if (!values['no-repair']) {
    const leftovers = repairLeftovers(text);
    const conjuncts = repairBrokenConjuncts(leftovers.text);
    if (values.fixes) {
      printFixes('bijoy.leftover', leftovers.fixes);
      printFixes('bijoy.broken-conjunct', conjuncts.fixes);
    }
    text = conjuncts.text;
  }
  process.stdout.write(`${text}\n`);
}
