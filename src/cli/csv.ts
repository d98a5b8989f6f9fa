// The office map of `import-dir` (file,office), read by the one CSV reader (src/csv/csv.ts). People write it by
// hand or save it from a spreadsheet, which in many locales separates fields with ";" or tabs: those count too.
import { parseCsv as readRows } from '../csv/csv.ts';

export const parseCsv = (text: string): string[][] => readRows(text, { separators: ',;\t' });
