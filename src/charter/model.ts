// The charter as structured data: the one contract shared by the importer, the database, the API and the pages.
import { z } from 'zod';

export const SERVICE_CATEGORIES = ['citizen', 'institutional', 'internal'] as const;
export const serviceCategorySchema = z.enum(SERVICE_CATEGORIES);
export type ServiceCategory = z.infer<typeof serviceCategorySchema>;

export const OFFICE_LEVELS = ['headquarters', 'division', 'district', 'upazila', 'other'] as const;
export const officeLevelSchema = z.enum(OFFICE_LEVELS);
export type OfficeLevel = z.infer<typeof officeLevelSchema>;

/** A person as a charter names them: an officer block in a cell, or a contact in the grievance table. */
export const personSchema = z.object({
  name: z.string().nullable(),
  designation: z.string().nullable(),
  room: z.string().nullable(),
  /** Office code printed in the block (জেলা কোড / উপজেলা কোড), ASCII digits. */
  districtCode: z.string().nullable(),
  upazilaCode: z.string().nullable(),
  /** E.164, e.g. +8801751119073. */
  phones: z.array(z.string()),
  emails: z.array(z.string()),
  websites: z.array(z.string()),
  /** Whatever else the block said (an address, a unit), kept rather than dropped. */
  other: z.string().nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const FEE_KINDS = ['free', 'amount', 'policy', 'text'] as const;
export const feeSchema = z.object({
  kind: z.enum(FEE_KINDS),
  amountTaka: z.number().nonnegative().nullable(),
  text: z.string(),
  paymentMethod: z.string().nullable(),
});
export type Fee = z.infer<typeof feeSchema>;

export const timeLimitSchema = z.object({
  immediate: z.boolean(),
  workingDays: z.number().int().positive().nullable(),
  text: z.string(),
});
export type TimeLimit = z.infer<typeof timeLimitSchema>;

export const serviceSchema = z.object({
  category: serviceCategorySchema,
  serial: z.number().int().nonnegative(),
  name: z.string().min(1),
  channels: z.array(z.string()),
  documents: z.string(),
  fee: feeSchema,
  timeLimit: timeLimitSchema,
  responsible: personSchema.nullable(),
  superior: personSchema.nullable(),
  alternate: personSchema.nullable(),
  /**
   * What older forms say in columns the standard form does not have: "সেবা না পেলে প্রতিকার" (the remedy
   * if the service is not given) and "মন্তব্য" (remarks), each with its title; "" when there is none.
   */
  remarks: z.string().default(''),
});
export type Service = z.infer<typeof serviceSchema>;

export const grievanceStepSchema = z.object({
  order: z.number().int().positive(),
  /** When to go to this step (কখন যোগাযোগ করবেন). */
  when: z.string(),
  role: z.string(),
  contact: personSchema.nullable(),
  /** The contact cell as written, for what the structured fields do not hold (an address, a gate). */
  contactText: z.string(),
  workingDays: z.number().int().positive().nullable(),
});
export type GrievanceStep = z.infer<typeof grievanceStepSchema>;

export const subordinateOfficeSchema = z.object({
  name: z.string(),
  portal: z.string().nullable(),
  /** The office's id in this installation, when it is known. */
  officeId: z.number().int().nullable().optional(),
});
export type SubordinateOffice = z.infer<typeof subordinateOfficeSchema>;

/** Where a finding is, for the editor to put it beside the field: "2.1" row 3 column 6, or line 42 of the document. */
export const findingLocationSchema = z.object({
  /** "file", "header", "1", "2.1", "2.2", "2.3", "3", "4", "5", "sign-off"; null for the document as a whole */
  section: z.string().nullable(),
  /** the service serial or the grievance step, when the finding is about a row */
  row: z.number().int().nullable(),
  /** the document's column number (১)…(৮), when it is about a cell */
  column: z.number().int().nullable(),
  /** the line of the document, for what only the text shows (a line or cell the importer could not place) */
  line: z.number().int().nullable().default(null),
});
export type FindingLocation = z.infer<typeof findingLocationSchema>;

/** A value in a message: text from the document (shown as written), a number, or a word in each language. */
export const findingParamSchema = z.union([z.string(), z.number(), z.object({ en: z.string(), bn: z.string() })]);
export const findingParamsSchema = z.record(z.string(), findingParamSchema);
export type FindingParams = z.infer<typeof findingParamsSchema>;

/** A change the editor can apply with one click: set the value at a path of the Charter. */
export const findingFixSchema = z.object({
  /** JSON path into the Charter, e.g. ["services", 3, "responsible", "emails", 0] */
  path: z.array(z.union([z.string(), z.number().int()])),
  value: z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())]),
  /** what the fix does: a key of the fix labels (charter/lint/messages.ts) and its values */
  label: z.object({ key: z.string(), params: findingParamsSchema.default({}) }),
});

/**
 * A finding is data: a catalogued code, the values its message names, where it is, and a fix when certain.
 * Its text in Bangla or English is rendered from the catalogue at the edge (charter/lint/render.ts).
 */
export const findingSchema = z.object({
  severity: z.enum(['error', 'warning']),
  code: z.string(),
  /** which of the code's messages (a code may say one of a few things); "default" when absent */
  variant: z.string().optional(),
  params: findingParamsSchema.default({}),
  location: findingLocationSchema,
  /** further places saying exactly the same (the same officer block copied into every row) */
  also: z.array(findingLocationSchema).optional(),
  /** only where the fix is certain */
  fix: findingFixSchema.optional(),
});
export type Finding = z.infer<typeof findingSchema>;

export const charterOfficeSchema = z.object({
  name: z.string().nullable(),
  nameEn: z.string().nullable().optional(),
  level: officeLevelSchema.nullable(),
  districtCode: z.string().nullable(),
  upazilaCode: z.string().nullable(),
  portal: z.string().nullable(),
  /** Ministry/department lines of the letterhead. */
  organisation: z.string().nullable().optional(),
});

export const signOffSchema = z.object({
  /** ISO date (YYYY-MM-DD) when the document gives one. */
  date: z.string().nullable(),
  name: z.string().nullable(),
  designation: z.string().nullable(),
  office: z.string().nullable(),
});

export const charterSchema = z.object({
  office: charterOfficeSchema,
  title: z.string().nullable().optional(),
  vision: z.string(),
  mission: z.string(),
  services: z.array(serviceSchema),
  subordinateOffices: z.array(subordinateOfficeSchema),
  expectations: z.array(z.string()),
  grievanceSteps: z.array(grievanceStepSchema),
  signOff: signOffSchema.nullable(),
  findings: z.array(findingSchema),
});
export type Charter = z.infer<typeof charterSchema>;

export function emptyPerson(): Person {
  return {
    name: null,
    designation: null,
    room: null,
    districtCode: null,
    upazilaCode: null,
    phones: [],
    emails: [],
    websites: [],
    other: null,
  };
}
