CREATE TABLE "grievance_attachments" (
	"id" serial PRIMARY KEY NOT NULL,
	"grievance_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"bytes" "bytea"
);
--> statement-breakpoint
CREATE TABLE "grievance_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"grievance_id" integer NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"level" text NOT NULL,
	"office_id" integer NOT NULL,
	"actor" text NOT NULL,
	"actor_user_id" integer,
	"note" text DEFAULT '' NOT NULL,
	"public" boolean DEFAULT false NOT NULL,
	"due_on" date
);
--> statement-breakpoint
CREATE TABLE "grievances" (
	"id" serial PRIMARY KEY NOT NULL,
	"tracking_number" text NOT NULL,
	"office_id" integer NOT NULL,
	"filed_office_id" integer NOT NULL,
	"service_id" integer,
	"service_name" text DEFAULT '' NOT NULL,
	"service_code" text,
	"name" text NOT NULL,
	"mobile" text,
	"email" text,
	"address" text,
	"anonymous" boolean DEFAULT false NOT NULL,
	"description" text NOT NULL,
	"remedy" text DEFAULT '' NOT NULL,
	"status" text NOT NULL,
	"level" text NOT NULL,
	"count_from" date NOT NULL,
	"count_days" integer NOT NULL,
	"due_on" date,
	"remaining_days" integer,
	"resume_status" text,
	"chain" jsonb NOT NULL,
	"channel" text NOT NULL,
	"client_key" text,
	"answer" text DEFAULT '' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"acknowledged_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"decided_on_time" boolean,
	"closed_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "grievances_status_ck" CHECK ("grievances"."status" in ('received','investigating','hearing','clarification','resolved','rejected','closed')),
	CONSTRAINT "grievances_level_ck" CHECK ("grievances"."level" in ('officer','appeal','cell')),
	CONSTRAINT "grievances_channel_ck" CHECK ("grievances"."channel" in ('web','api','open311'))
);
--> statement-breakpoint
CREATE TABLE "holidays" (
	"id" serial PRIMARY KEY NOT NULL,
	"date" date NOT NULL,
	"name_bn" text NOT NULL,
	"name_en" text DEFAULT '' NOT NULL,
	"class" text NOT NULL,
	"religion" text,
	"moon" boolean DEFAULT false NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "holidays_class_ck" CHECK ("holidays"."class" in ('general','executive','optional')),
	CONSTRAINT "holidays_religion_ck" CHECK ("holidays"."religion" is null or "holidays"."religion" in ('muslim','hindu','christian','buddhist','ethnic'))
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"done_at" timestamp with time zone,
	"outcome" text
);
--> statement-breakpoint
CREATE TABLE "working_weeks" (
	"root_office_id" integer PRIMARY KEY NOT NULL,
	"weekly_days_off" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "grievance_attachments" ADD CONSTRAINT "grievance_attachments_grievance_id_grievances_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_events" ADD CONSTRAINT "grievance_events_grievance_id_grievances_id_fk" FOREIGN KEY ("grievance_id") REFERENCES "public"."grievances"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_events" ADD CONSTRAINT "grievance_events_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievance_events" ADD CONSTRAINT "grievance_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_filed_office_id_offices_id_fk" FOREIGN KEY ("filed_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "working_weeks" ADD CONSTRAINT "working_weeks_root_office_id_offices_id_fk" FOREIGN KEY ("root_office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grievance_attachments_grievance_idx" ON "grievance_attachments" USING btree ("grievance_id");--> statement-breakpoint
CREATE INDEX "grievance_events_grievance_idx" ON "grievance_events" USING btree ("grievance_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "grievances_tracking_uq" ON "grievances" USING btree ("tracking_number");--> statement-breakpoint
CREATE INDEX "grievances_office_idx" ON "grievances" USING btree ("office_id","status");--> statement-breakpoint
CREATE INDEX "grievances_mobile_idx" ON "grievances" USING btree ("mobile","received_at");--> statement-breakpoint
CREATE INDEX "holidays_date_idx" ON "holidays" USING btree ("date");--> statement-breakpoint
CREATE UNIQUE INDEX "holidays_day_uq" ON "holidays" USING btree ("date","class","name_bn");--> statement-breakpoint
CREATE UNIQUE INDEX "jobs_key_uq" ON "jobs" USING btree ("key");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("done_at","run_at");--> statement-breakpoint
CREATE INDEX "jobs_subject_idx" ON "jobs" USING btree ("subject");