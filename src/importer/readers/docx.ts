// PLACEHOLDER until the docx reader lands: refuses the file with a clear message.
import { ImportError } from '../errors.ts';
import type { Reader } from './types.ts';

export const readDocx: Reader = () =>
  Promise.reject(new ImportError('import.unsupported', 'This kind of file cannot be read yet', 'এই ধরনের ফাইল এখনো পড়া যায় না'));
