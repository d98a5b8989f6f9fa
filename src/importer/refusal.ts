// Why a text is not a charter, in words a person can act on: what the importer looked for and what it found instead.
import { bengaliDigitsInProse } from '../bangla/digits.ts';
import { ImportError } from './errors.ts';
import type { Line } from './lines.ts';

const MARKED = /^\(?[০-৯0-9]{1,2}\s*[.)।:]\s*\S/u;
const quote = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** The refusal of a text with no section, no services table and no list of services. */
export function notCharter(lines: readonly Line[]): ImportError {
  const filled = lines.filter((l) => l.text !== '');
  const rows = filled.filter((l) => l.isRow);
  const numbered = filled.filter((l) => !l.isRow && MARKED.test(l.text));
  const first = filled[0]?.text ?? '';
  const firstRow = rows[0]?.cells.filter((c) => c !== '').join(' | ') ?? '';
  const en = [
    `${filled.length} line${filled.length === 1 ? '' : 's'} of text`,
    rows.length === 0
      ? 'no table rows'
      : `${rows.length} table row${rows.length === 1 ? '' : 's'} whose titles name no service column (first: "${quote(firstRow)}")`,
    numbered.length === 0 ? 'no numbered lines' : `${numbered.length} numbered line${numbered.length === 1 ? '' : 's'} but no title about services above them`,
  ];
  const bn = [
    `${filled.length}টি লাইন`,
    rows.length === 0 ? 'কোনো সারণির সারি নেই' : `${rows.length}টি সারণির সারি, যার শিরোনামে সেবার কোনো কলাম নেই (প্রথমটি: "${quote(firstRow)}")`,
    numbered.length === 0 ? 'নম্বর দেওয়া কোনো লাইন নেই' : `${numbered.length}টি নম্বর দেওয়া লাইন, কিন্তু ওপরে সেবার কোনো শিরোনাম নেই`,
  ];
  return new ImportError(
    'import.not-charter',
    `No charter found. Looked for section headings (vision and mission, promised services, grievance redress), a services table (titles such as "সেবার নাম", "সময়সীমা", "দায়িত্বপ্রাপ্ত কর্মকর্তা") and a numbered list of services. Found instead: ${en.join('; ')}; it begins "${quote(first)}"`,
    bengaliDigitsInProse(
      `সিটিজেনস চার্টার পাওয়া যায়নি। খোঁজা হয়েছে: অনুচ্ছেদের শিরোনাম (ভিশন ও মিশন, প্রতিশ্রুত সেবা, অভিযোগ প্রতিকার), সেবার সারণি (যেমন "সেবার নাম", "সময়সীমা", "দায়িত্বপ্রাপ্ত কর্মকর্তা" শিরোনাম) ও নম্বর দেওয়া সেবার তালিকা। পাওয়া গেছে: ${bn.join('; ')}; শুরু "${quote(first)}"`,
    ),
  );
}
