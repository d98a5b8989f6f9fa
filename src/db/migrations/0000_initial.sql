CREATE TABLE "audit_log" (
	"id" serial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"entity" text NOT NULL,
	"entity_id" integer,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "charters" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "charters_office_id_unique" UNIQUE("office_id")
);
--> statement-breakpoint
CREATE TABLE "charter_editions" (
	"id" serial PRIMARY KEY NOT NULL,
	"charter_id" integer NOT NULL,
	"number" integer NOT NULL,
	"fiscal_year" integer NOT NULL,
	"quarter" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"title" text,
	"vision" text DEFAULT '' NOT NULL,
	"mission" text DEFAULT '' NOT NULL,
	"issue_date" date,
	"signatory_name" text,
	"signatory_designation" text,
	"source_name" text,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"snapshot" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "editions_status_ck" CHECK ("charter_editions"."status" in ('draft','published')),
	CONSTRAINT "editions_quarter_ck" CHECK ("charter_editions"."quarter" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "expectations" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"position" integer NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grievance_steps" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"step_order" integer NOT NULL,
	"when_text" text DEFAULT '' NOT NULL,
	"role" text NOT NULL,
	"post_id" integer,
	"contact" jsonb,
	"contact_text" text DEFAULT '' NOT NULL,
	"working_days" integer
);
--> statement-breakpoint
CREATE TABLE "offices" (
	"id" serial PRIMARY KEY NOT NULL,
	"parent_id" integer,
	"level" text NOT NULL,
	"name_bn" text NOT NULL,
	"name_en" text NOT NULL,
	"district_code" text,
	"upazila_code" text,
	"portal" text,
	"address" text,
	"search_text" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offices_level_ck" CHECK ("offices"."level" in ('headquarters','division','district','upazila','other'))
);
--> statement-breakpoint
CREATE TABLE "post_holders" (
	"id" serial PRIMARY KEY NOT NULL,
	"post_id" integer NOT NULL,
	"name" text,
	"phones" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"emails" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"websites" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"started_on" date,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "posts" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"designation" text,
	"room" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"category" text NOT NULL,
	"position" integer NOT NULL,
	"serial" integer NOT NULL,
	"name" text NOT NULL,
	"channels" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"documents" text DEFAULT '' NOT NULL,
	"fee_kind" text NOT NULL,
	"fee_amount_taka" numeric(12, 2),
	"fee_text" text DEFAULT '' NOT NULL,
	"payment_method" text,
	"time_immediate" boolean DEFAULT false NOT NULL,
	"time_working_days" integer,
	"time_text" text DEFAULT '' NOT NULL,
	"responsible_post_id" integer,
	"superior_post_id" integer,
	"alternate_post_id" integer,
	"search_text" text DEFAULT '' NOT NULL,
	CONSTRAINT "services_category_ck" CHECK ("services"."category" in ('citizen','institutional','internal')),
	CONSTRAINT "services_fee_kind_ck" CHECK ("services"."fee_kind" in ('free','amount','policy','text'))
);
--> statement-breakpoint
ALTER TABLE "charters" ADD CONSTRAINT "charters_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD CONSTRAINT "charter_editions_charter_id_charters_id_fk" FOREIGN KEY ("charter_id") REFERENCES "public"."charters"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "expectations" ADD CONSTRAINT "expectations_edition_id_charter_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."charter_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_steps" ADD CONSTRAINT "grievance_steps_edition_id_charter_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."charter_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_steps" ADD CONSTRAINT "grievance_steps_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "offices" ADD CONSTRAINT "offices_parent_id_offices_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "post_holders" ADD CONSTRAINT "post_holders_post_id_posts_id_fk" FOREIGN KEY ("post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "posts" ADD CONSTRAINT "posts_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_edition_id_charter_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."charter_editions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_responsible_post_id_posts_id_fk" FOREIGN KEY ("responsible_post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_superior_post_id_posts_id_fk" FOREIGN KEY ("superior_post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_alternate_post_id_posts_id_fk" FOREIGN KEY ("alternate_post_id") REFERENCES "public"."posts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_entity_idx" ON "audit_log" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "editions_number_uq" ON "charter_editions" USING btree ("charter_id","number");--> statement-breakpoint
CREATE INDEX "expectations_edition_idx" ON "expectations" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "grievance_steps_edition_idx" ON "grievance_steps" USING btree ("edition_id");--> statement-breakpoint
CREATE INDEX "offices_parent_idx" ON "offices" USING btree ("parent_id");--> statement-breakpoint
CREATE UNIQUE INDEX "offices_portal_uq" ON "offices" USING btree ("portal");--> statement-breakpoint
CREATE INDEX "post_holders_post_idx" ON "post_holders" USING btree ("post_id");--> statement-breakpoint
CREATE UNIQUE INDEX "post_holders_current_uq" ON "post_holders" USING btree ("post_id") WHERE "post_holders"."ended_at" is null;--> statement-breakpoint
CREATE INDEX "posts_office_idx" ON "posts" USING btree ("office_id");--> statement-breakpoint
CREATE INDEX "services_edition_idx" ON "services" USING btree ("edition_id");