// Reads one charter file for the command line: size checked, then the format told from the bytes (text,
// .docx, HTML, PDF) and the importer.
import { basename } from 'node:path';
import { importFile } from '../importer/read-file.ts';
import { readFileBytes } from './shared.ts';
import type { Charter } from '../charter/model.ts';

export async function readCharter(path: string): Promise<Charter> {
  return importFile(await readFileBytes(path), basename(path));
}
