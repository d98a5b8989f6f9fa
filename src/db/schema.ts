// The database tables, as Drizzle sees them; migrations in src/db/migrations are generated from this file.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Charter, Finding, Person } from '../charter/model.ts';

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** A tree of offices: headquarters, divisions, districts, upazilas, and any other level a ministry has. */
export const offices = pgTable(
  'offices',
  {
    id: serial('id').primaryKey(),
    parentId: integer('parent_id').references((): AnyPgColumn => offices.id),
    level: text('level').notNull(),
    nameBn: text('name_bn').notNull(),
    nameEn: text('name_en').notNull(),
    districtCode: text('district_code'),
    upazilaCode: text('upazila_code'),
    portal: text('portal'),
    address: text('address'),
    /** normalised, lower-cased names in both languages, for search. */
    searchText: text('search_text').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('offices_parent_idx').on(t.parentId),
    uniqueIndex('offices_portal_uq').on(t.portal),
    check('offices_level_ck', sql`${t.level} in ('headquarters','division','district','upazila','other')`),
  ],
);

/** A post in an office (designation, room): what a charter row points at, so it survives a change of holder. */
export const posts = pgTable(
  'posts',
  {
    id: serial('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    designation: text('designation'),
    room: text('room'),
    createdAt: createdAt(),
  },
  (t) => [index('posts_office_idx').on(t.officeId)],
);

/** Who holds a post, and who held it: the current holder has no end date. */
export const postHolders = pgTable(
  'post_holders',
  {
    id: serial('id').primaryKey(),
    postId: integer('post_id')
      .notNull()
      .references(() => posts.id),
    name: text('name'),
    phones: jsonb('phones').$type<string[]>().notNull().default([]),
    emails: jsonb('emails').$type<string[]>().notNull().default([]),
    websites: jsonb('websites').$type<string[]>().notNull().default([]),
    startedOn: date('started_on'),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    index('post_holders_post_idx').on(t.postId),
    uniqueIndex('post_holders_current_uq')
      .on(t.postId)
      .where(sql`${t.endedAt} is null`),
  ],
);

/** One charter per office; its content lives in editions. */
export const charters = pgTable('charters', {
  id: serial('id').primaryKey(),
  officeId: integer('office_id')
    .notNull()
    .unique()
    .references(() => offices.id),
  createdAt: createdAt(),
});

/** A quarterly edition of a charter: a draft until published, then frozen. */
export const editions = pgTable(
  'charter_editions',
  {
    id: serial('id').primaryKey(),
    charterId: integer('charter_id')
      .notNull()
      .references(() => charters.id),
    number: integer('number').notNull(),
    fiscalYear: integer('fiscal_year').notNull(),
    quarter: integer('quarter').notNull(),
    status: text('status').notNull().default('draft'),
    title: text('title'),
    vision: text('vision').notNull().default(''),
    mission: text('mission').notNull().default(''),
    issueDate: date('issue_date'),
    signatoryName: text('signatory_name'),
    signatoryDesignation: text('signatory_designation'),
    sourceName: text('source_name'),
    findings: jsonb('findings').$type<Finding[]>().notNull().default([]),
    /** The whole charter as published, officials resolved: what "never changes" means. */
    snapshot: jsonb('snapshot').$type<Charter>(),
    createdAt: createdAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('editions_number_uq').on(t.charterId, t.number),
    check('editions_status_ck', sql`${t.status} in ('draft','published')`),
    check('editions_quarter_ck', sql`${t.quarter} between 1 and 4`),
  ],
);

/** A service row of an edition. */
export const services = pgTable(
  'services',
  {
    id: serial('id').primaryKey(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    category: text('category').notNull(),
    position: integer('position').notNull(),
    serial: integer('serial').notNull(),
    name: text('name').notNull(),
    channels: jsonb('channels').$type<string[]>().notNull().default([]),
    documents: text('documents').notNull().default(''),
    feeKind: text('fee_kind').notNull(),
    feeAmountTaka: numeric('fee_amount_taka', { precision: 12, scale: 2, mode: 'number' }),
    feeText: text('fee_text').notNull().default(''),
    paymentMethod: text('payment_method'),
    timeImmediate: boolean('time_immediate').notNull().default(false),
    timeWorkingDays: integer('time_working_days'),
    timeText: text('time_text').notNull().default(''),
    responsiblePostId: integer('responsible_post_id').references(() => posts.id),
    superiorPostId: integer('superior_post_id').references(() => posts.id),
    alternatePostId: integer('alternate_post_id').references(() => posts.id),
    remarks: text('remarks').notNull().default(''),
    searchText: text('search_text').notNull().default(''),
  },
  (t) => [
    index('services_edition_idx').on(t.editionId),
    check('services_category_ck', sql`${t.category} in ('citizen','institutional','internal')`),
    check('services_fee_kind_ck', sql`${t.feeKind} in ('free','amount','policy','text')`),
  ],
);

export const expectations = pgTable(
  'expectations',
  {
    id: serial('id').primaryKey(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
  },
  (t) => [index('expectations_edition_idx').on(t.editionId)],
);

export const grievanceSteps = pgTable(
  'grievance_steps',
  {
    id: serial('id').primaryKey(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id, { onDelete: 'cascade' }),
    stepOrder: integer('step_order').notNull(),
    whenText: text('when_text').notNull().default(''),
    role: text('role').notNull(),
    postId: integer('post_id').references(() => posts.id),
    contact: jsonb('contact').$type<Person | null>(),
    contactText: text('contact_text').notNull().default(''),
    workingDays: integer('working_days'),
  },
  (t) => [index('grievance_steps_edition_idx').on(t.editionId)],
);

/** Who changed what, when: every write to a charter, an official or an office. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId)],
);
