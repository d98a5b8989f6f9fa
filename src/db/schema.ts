// The database tables, as Drizzle sees them; migrations in src/db/migrations are generated from this file.
import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, numeric, pgTable, serial, text, timestamp, uniqueIndex, type AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Charter, Finding, Person, Service } from '../charter/model.ts';

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
    /** the office's own contacts, kept in the officials directory and shown on the office page */
    phone: text('phone'),
    email: text('email'),
    hours: text('hours'),
    /** normalised, lower-cased names in both languages, for search. */
    searchText: text('search_text').notNull().default(''),
    /** The ids from the root down to this office, "/1/4/9/": "this office or below" is one prefix test. */
    path: text('path').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('offices_parent_idx').on(t.parentId),
    index('offices_path_idx').on(t.path),
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
    /** SHA-256 of the file it was imported from, to warn when the same file comes twice */
    sourceHash: text('source_hash'),
    /** the published edition this draft was started from */
    basedOnId: integer('based_on_id').references((): AnyPgColumn => editions.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: integer('submitted_by').references((): AnyPgColumn => users.id),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedBy: integer('approved_by').references((): AnyPgColumn => users.id),
    /** the head's reason for publishing with known errors, shown on the public page with their number */
    publishOverride: text('publish_override'),
    knownProblems: integer('known_problems').notNull().default(0),
    /** The whole charter as published, officials resolved: what "never changes" means. */
    snapshot: jsonb('snapshot').$type<Charter>(),
    createdAt: createdAt(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('editions_number_uq').on(t.charterId, t.number),
    check('editions_status_ck', sql`${t.status} in ('draft','submitted','changes_requested','approved','published')`),
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
    /** the headquarters' standard service this row localises, and the version of it the office has seen */
    templateServiceId: integer('template_service_id').references((): AnyPgColumn => templateServices.id),
    templateVersion: integer('template_version'),
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

/** Who changed what, when: every write to a charter, an official, an office or a user. Append-only. */
export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    /** the caller's clock (ctx.now), not the database's */
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** who, as people read it: an e-mail, "cli:operator", "system:demo" */
    actor: text('actor').notNull(),
    actorKind: text('actor_kind').notNull().default('system'),
    actorUserId: integer('actor_user_id').references((): AnyPgColumn => users.id),
    /** the office whose data changed, so an office head and the offices above can read its log */
    officeId: integer('office_id').references(() => offices.id),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('audit_entity_idx').on(t.entity, t.entityId), index('audit_office_idx').on(t.officeId, t.at)],
);

export const ROLES = ['editor', 'head', 'reviewer', 'grievance-officer', 'appeal-officer', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** A person who signs in: belongs to one office and holds roles there. */
export const users = pgTable(
  'users',
  {
    id: serial('id').primaryKey(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    /** lower-cased */
    email: text('email').notNull(),
    name: text('name').notNull().default(''),
    passwordHash: text('password_hash').notNull(),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('users_email_uq').on(t.email), index('users_office_idx').on(t.officeId)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role').notNull().$type<Role>(),
  },
  (t) => [
    uniqueIndex('user_roles_uq').on(t.userId, t.role),
    check('user_roles_role_ck', sql`${t.role} in ('editor','head','reviewer','grievance-officer','appeal-officer','admin')`),
  ],
);

/** A signed-in browser: the cookie holds a random token, the table its SHA-256 (a stolen table signs nobody in). */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    csrf: text('csrf').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/** A token for the API (Authorization: Bearer): stored as its SHA-256 only. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    label: text('label').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash), index('api_tokens_user_idx').on(t.userId)],
);

/** The reviewer's comments on an edition, on one service or one field of it, and the editor's answers. */
export const editionComments = pgTable(
  'edition_comments',
  {
    id: serial('id').primaryKey(),
    editionId: integer('edition_id')
      .notNull()
      .references(() => editions.id),
    serviceId: integer('service_id').references(() => services.id, { onDelete: 'set null' }),
    field: text('field'),
    replyTo: integer('reply_to').references((): AnyPgColumn => editionComments.id),
    authorUserId: integer('author_user_id').references(() => users.id),
    author: text('author').notNull(),
    text: text('text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('edition_comments_edition_idx').on(t.editionId)],
);

/**
 * The notifications outbox: e-mail and SMS rows written in the transaction of the change that causes them;
 * a worker sends them. The key makes a second write of the same notification a no-op.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    channel: text('channel').notNull(),
    recipient: text('recipient').notNull(),
    subject: text('subject').notNull().default(''),
    body: text('body').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    /** a worker that took the row holds it until then; after, another may take it (the first crashed) */
    claimedUntil: timestamp('claimed_until', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('outbox_key_uq').on(t.key),
    index('outbox_pending_idx').on(t.sentAt, t.id),
    check('outbox_channel_ck', sql`${t.channel} in ('email','sms')`),
  ],
);

/** A password reset asked for by e-mail: the link carries a random token, the table its hash; used once. */
export const passwordResets = pgTable(
  'password_resets',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('password_resets_token_uq').on(t.tokenHash)],
);

/**
 * The headquarters' master list of standard services. `version` grows only when what a service promises
 * changes (not a cosmetic edit); each version's values are kept, so an office sees what changed since its own.
 */
export const templateServices = pgTable(
  'template_services',
  {
    id: serial('id').primaryKey(),
    /** the office that keeps the template (headquarters) */
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    position: integer('position').notNull(),
    version: integer('version').notNull().default(1),
    /** the promise, in the charter contract's shape (category, name, channels, documents, fee, timeLimit) */
    values: jsonb('values').$type<TemplateValues>().notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
  },
  (t) => [index('template_services_office_idx').on(t.officeId)],
);

export const templateServiceVersions = pgTable(
  'template_service_versions',
  {
    id: serial('id').primaryKey(),
    templateServiceId: integer('template_service_id')
      .notNull()
      .references(() => templateServices.id),
    version: integer('version').notNull(),
    values: jsonb('values').$type<TemplateValues>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('template_service_versions_uq').on(t.templateServiceId, t.version)],
);

export type TemplateValues = Pick<Service, 'category' | 'name' | 'channels' | 'documents' | 'fee' | 'timeLimit'>;
