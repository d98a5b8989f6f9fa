// The database tables, as Drizzle sees them; migrations in src/db/migrations are generated from this file.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  serial,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import type { Charter, Finding, Person, Service } from '../charter/model.ts';
import type { ChainStep } from '../grievance/chain.ts';

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
    /** the names as search keys (folded words and their Latin skeletons: modules/search/search-text.ts) */
    searchText: text('search_text').notNull().default(''),
    /** The ids from the root down to this office, "/1/4/9/": "this office or below" is one prefix test. */
    path: text('path').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [
    index('offices_parent_idx').on(t.parentId),
    index('offices_path_idx').on(t.path),
    index('offices_portal_trgm_idx').using('gin', t.portal.op('gin_trgm_ops')),
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
    /** what the service is found by, as search keys (serviceSearchText): the name, "|", channels and documents */
    searchText: text('search_text').notNull().default(''),
    /** the headquarters' standard service this row localises, and the version of it the office has seen */
    templateServiceId: integer('template_service_id').references((): AnyPgColumn => templateServices.id),
    templateVersion: integer('template_version'),
  },
  (t) => [
    index('services_edition_idx').on(t.editionId),
    index('services_unkeyed_idx')
      .on(t.id)
      .where(sql`${t.searchText} = ''`),
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

/** A day the offices are closed besides the weekly days off, as the government's yearly notification lists it. */
export const holidays = pgTable(
  'holidays',
  {
    id: serial('id').primaryKey(),
    date: date('date').notNull(),
    nameBn: text('name_bn').notNull(),
    nameEn: text('name_en').notNull().default(''),
    /** general (সাধারণ ছুটি), executive (নির্বাহী আদেশে ছুটি) or optional (ঐচ্ছিক ছুটি, by religion; offices stay open) */
    class: text('class').notNull(),
    religion: text('religion'),
    /** the notification marks the day as depending on the moon */
    moon: boolean('moon').notNull().default(false),
    source: text('source').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('holidays_date_idx').on(t.date),
    uniqueIndex('holidays_day_uq').on(t.date, t.class, t.nameBn),
    check('holidays_class_ck', sql`${t.class} in ('general','executive','optional')`),
    check('holidays_religion_ck', sql`${t.religion} is null or ${t.religion} in ('muslim','hindu','christian','buddhist','ethnic')`),
  ],
);

/** An organisation's weekly days off (0 = Sunday … 6 = Saturday), kept at the root office of its tree. */
export const workingWeeks = pgTable('working_weeks', {
  rootOfficeId: integer('root_office_id')
    .primaryKey()
    .references(() => offices.id),
  weeklyDaysOff: jsonb('weekly_days_off').$type<number[]>().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
});

export const GRIEVANCE_STATUS_SQL = "('received','investigating','hearing','clarification','resolved','rejected','closed')";

/** A grievance: who filed it (private), about which office and service, and where its clock stands. */
export const grievances = pgTable(
  'grievances',
  {
    id: serial('id').primaryKey(),
    /** ten digits, the last a check digit; shown as 482-109-3755 */
    trackingNumber: text('tracking_number').notNull(),
    /** the office that handles it now (forwarding changes it) */
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    /** the office it was filed with */
    filedOfficeId: integer('filed_office_id')
      .notNull()
      .references(() => offices.id),
    /** the service row of the published edition it is about, its name and its code as the charter had them */
    serviceId: integer('service_id').references(() => services.id),
    serviceName: text('service_name').notNull().default(''),
    serviceCode: text('service_code'),
    /** the complainant: seen only by the officers handling it; emptied when anonymised */
    name: text('name').notNull(),
    mobile: text('mobile'),
    email: text('email'),
    address: text('address'),
    /** nothing the complainant wrote is published (the default); false only when they chose to publish it */
    anonymous: boolean('anonymous').notNull().default(true),
    /** an open grievance of the same mobile about the same service at the same office: officers see the link */
    repeatOfId: integer('repeat_of_id').references((): AnyPgColumn => grievances.id),
    /** wrong mobiles given with this tracking number, and until when lookups are refused after too many */
    lookupFailures: integer('lookup_failures').notNull().default(0),
    lookupLockedUntil: timestamp('lookup_locked_until', { withTimezone: true }),
    description: text('description').notNull(),
    remedy: text('remedy').notNull().default(''),
    status: text('status').notNull(),
    level: text('level').notNull(),
    /** the current count: from which day, how many working days, the last day (null while stopped) */
    countFrom: date('count_from').notNull(),
    countDays: integer('count_days').notNull(),
    dueOn: date('due_on'),
    remainingDays: integer('remaining_days'),
    resumeStatus: text('resume_status'),
    /** the steps it follows, from the handling office's charter and the national chain */
    chain: jsonb('chain').$type<ChainStep[]>().notNull(),
    /** web, api or open311; a registered Open311 client's key when it gave one */
    channel: text('channel').notNull(),
    clientKey: text('client_key'),
    /** the office's answer or reason, which the complainant reads */
    answer: text('answer').notNull().default(''),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull(),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** decided on or before the last day of the level it was decided at */
    decidedOnTime: boolean('decided_on_time'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    anonymisedAt: timestamp('anonymised_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    uniqueIndex('grievances_tracking_uq').on(t.trackingNumber),
    index('grievances_office_idx').on(t.officeId, t.status),
    index('grievances_mobile_idx').on(t.mobile, t.receivedAt),
    check('grievances_status_ck', sql`${t.status} in ${sql.raw(GRIEVANCE_STATUS_SQL)}`),
    check('grievances_level_ck', sql`${t.level} in ('officer','appeal','cell')`),
    check('grievances_channel_ck', sql`${t.channel} in ('web','api','open311')`),
  ],
);

/** Every step of a grievance, in order: the record its officers, the complainant and the dossier read. */
export const grievanceEvents = pgTable(
  'grievance_events',
  {
    id: serial('id').primaryKey(),
    grievanceId: integer('grievance_id')
      .notNull()
      .references(() => grievances.id),
    at: timestamp('at', { withTimezone: true }).notNull(),
    action: text('action').notNull(),
    fromStatus: text('from_status'),
    toStatus: text('to_status').notNull(),
    level: text('level').notNull(),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id),
    actor: text('actor').notNull(),
    actorUserId: integer('actor_user_id').references(() => users.id),
    /** what the step says: a reason, a decision, a note; shown to the complainant only when public */
    note: text('note').notNull().default(''),
    public: boolean('public').notNull().default(false),
    dueOn: date('due_on'),
  },
  (t) => [index('grievance_events_grievance_idx').on(t.grievanceId, t.id)],
);

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/** A file a complainant attached, checked by its content; read only by the officers handling the grievance. */
export const grievanceAttachments = pgTable(
  'grievance_attachments',
  {
    id: serial('id').primaryKey(),
    grievanceId: integer('grievance_id')
      .notNull()
      .references(() => grievances.id),
    fileName: text('file_name').notNull(),
    mediaType: text('media_type').notNull(),
    size: integer('size').notNull(),
    sha256: text('sha256').notNull(),
    bytes: bytea('bytes'),
  },
  (t) => [index('grievance_attachments_grievance_idx').on(t.grievanceId)],
);

/**
 * The scheduler: work due at a time (a reminder, an escalation, re-dating after a new holiday). A job is
 * claimed and done in one transaction (FOR UPDATE SKIP LOCKED), so it survives a restart and never runs twice;
 * the key makes scheduling the same job twice a no-op.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: serial('id').primaryKey(),
    key: text('key').notNull(),
    kind: text('kind').notNull(),
    /** what it is about ("grievance:12"), so a change can cancel what no longer applies */
    subject: text('subject').notNull().default(''),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    /** done, stale (the grievance moved on), cancelled, or what the job reports */
    outcome: text('outcome'),
  },
  (t) => [uniqueIndex('jobs_key_uq').on(t.key), index('jobs_due_idx').on(t.doneAt, t.runAt), index('jobs_subject_idx').on(t.subject)],
);

/**
 * The national search's index, kept by triggers (migration 0011) so no write path can forget it: every word
 * of every search key once, with a trigram index (a query's terms are matched against these few words, not
 * against every service); every distinct service name key once (thousands of offices share a name, so names
 * are scored once, not per service); each office's words; and one entry per service of each charter's latest
 * published edition, with what the filters need.
 */
export const searchWords = pgTable(
  'search_words',
  {
    id: serial('id').primaryKey(),
    word: text('word').notNull().unique(),
    /** how many offices' names hold it: a word most offices hold ("অধিদপ্তর") tells no office apart */
    officeCount: integer('office_count').notNull().default(0),
    /** how many searched services' channels and documents hold it ("আবেদন" in most): kept by a trigger */
    restCount: integer('rest_count').notNull().default(0),
  },
  (t) => [index('search_words_trgm_idx').using('gin', t.word.op('gin_trgm_ops'))],
);

export const searchNames = pgTable(
  'search_names',
  {
    id: serial('id').primaryKey(),
    /** the name part of the services' search key */
    key: text('key').notNull().unique(),
    words: integer('words').array().notNull(),
  },
  (t) => [index('search_names_words_idx').using('gin', t.words)],
);

export const searchOffices = pgTable(
  'search_offices',
  {
    officeId: integer('office_id')
      .primaryKey()
      .references(() => offices.id, { onDelete: 'cascade' }),
    words: integer('words').array().notNull(),
  },
  (t) => [index('search_offices_words_idx').using('gin', t.words)],
);

export const searchEntries = pgTable(
  'search_entries',
  {
    serviceId: integer('service_id')
      .primaryKey()
      .references(() => services.id, { onDelete: 'cascade' }),
    charterId: integer('charter_id')
      .notNull()
      .references(() => charters.id, { onDelete: 'cascade' }),
    officeId: integer('office_id')
      .notNull()
      .references(() => offices.id, { onDelete: 'cascade' }),
    nameId: integer('name_id')
      .notNull()
      .references(() => searchNames.id),
    /** the words of the channels and documents */
    restWords: integer('rest_words').array().notNull(),
    category: text('category').notNull(),
    position: integer('position').notNull(),
    districtCode: text('district_code'),
    upazilaCode: text('upazila_code'),
    level: text('level').notNull(),
  },
  (t) => [
    index('search_entries_name_idx').on(t.nameId, t.officeId, t.position),
    /** the same within a district (and so a division or an upazila): a place filter reads only its own */
    index('search_entries_name_place_idx').on(t.nameId, t.districtCode, t.officeId, t.position),
    index('search_entries_office_idx').on(t.officeId, t.nameId),
    index('search_entries_charter_idx').on(t.charterId),
    index('search_entries_rest_idx').using('gin', t.restWords),
  ],
);
