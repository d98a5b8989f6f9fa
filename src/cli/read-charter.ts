// Reads one charter file for the command line: size and encoding checked, then the importer.
import { importText } from '../importer/text.ts';
import { readTextFile } from './shared.ts';
import type { Charter } from '../charter/model.ts';

export async function readCharter(path: string): Promise<Charter> {
  return importText(await readTextFile(path));
}
