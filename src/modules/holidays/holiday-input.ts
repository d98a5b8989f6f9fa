// One holiday as people enter it (a form, a CSV line, the API): one zod schema, so every way in checks the same.
import { z } from 'zod';
import { toAsciiDigits } from '../../bangla/digits.ts';
import { normalizeLine } from '../../bangla/normalize.ts';
import { isValidCivilDate } from '../../bangla/calendar.ts';
import { HOLIDAY_CLASSES, RELIGIONS } from '../../calendar/working-days.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real day written YYYY-MM-DD (Bengali digits too). */
export function isIsoDate(text: string): boolean {
  const m = ISO.exec(text);
  return m !== null && isValidCivilDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export const isoDateSchema = z
  .string()
  .transform((s) => toAsciiDigits(s.trim()))
  .pipe(
    z
      .string()
      .refine(isIsoDate, 'holidays.field.date')
      .refine((s) => {
        const year = Number(s.slice(0, 4));
        return year >= 1900 && year <= 2199;
      }, 'holidays.field.date-range'),
  );

const text = (max: number) =>
  z
    .string()
    .transform((s) => normalizeLine(s))
    .pipe(z.string().max(max, 'field.too-long'));

export const holidayInputSchema = z
  .object({
    date: isoDateSchema,
    nameBn: text(300).pipe(z.string().min(1, 'field.required')),
    nameEn: text(300).default(''),
    class: z.enum(HOLIDAY_CLASSES, { message: 'holidays.field.class' }),
    religion: z.enum(RELIGIONS, { message: 'holidays.field.religion' }).nullable().default(null),
    moon: z.boolean().default(false),
    source: text(500).default(''),
  })
  .superRefine((v, ctx) => {
    if (v.religion !== null && v.class !== 'optional') ctx.addIssue({ code: 'custom', path: ['religion'], message: 'holidays.field.religion-not-optional' });
  });

export type HolidayInput = z.input<typeof holidayInputSchema>;
export type HolidayValues = z.output<typeof holidayInputSchema>;

/** The CSV column each field is read from (and named by in a refusal). */
export const COLUMN_OF: Readonly<Record<keyof HolidayValues, string>> = {
  date: 'date',
  nameBn: 'name_bn',
  nameEn: 'name_en',
  class: 'class',
  religion: 'religion',
  moon: 'moon',
  source: 'source',
};

// What people write in a spreadsheet besides the codes: the notification's own words, in any case.
const CLASS_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    সাধারণ: 'general',
    'সাধারণ ছুটি': 'general',
    নির্বাহী: 'executive',
    'নির্বাহী আদেশে': 'executive',
    'নির্বাহী আদেশে ছুটি': 'executive',
    ঐচ্ছিক: 'optional',
    'ঐচ্ছিক ছুটি': 'optional',
  }).map(([words, code]) => [normalizeLine(words), code]),
);

/** A class as written (empty: general, the usual kind); anything unknown is passed on for the schema to refuse. */
export function classOf(cell: string): string {
  const s = normalizeLine(cell).toLowerCase();
  if (s === '') return 'general';
  return CLASS_WORDS.get(s) ?? s;
}

/** yes / empty, and the usual spellings of both; null for anything else. */
export function moonOf(cell: string): boolean | null {
  const s = normalizeLine(cell).toLowerCase();
  if (['yes', 'y', 'true', '1', 'হ্যাঁ', 'হ্যা'].includes(s)) return true;
  if (['', 'no', 'n', 'false', '0', 'না'].includes(s)) return false;
  return null;
}
