CREATE TABLE "edition_comments" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_id" integer NOT NULL,
	"service_id" integer,
	"field" text,
	"reply_to" integer,
	"author_user_id" integer,
	"author" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"channel" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"claimed_until" timestamp with time zone,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_channel_ck" CHECK ("outbox"."channel" in ('email','sms'))
);
--> statement-breakpoint
ALTER TABLE "charter_editions" DROP CONSTRAINT "editions_status_ck";--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "source_hash" text;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "based_on_id" integer;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "updated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "submitted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "submitted_by" integer;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "approved_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "approved_by" integer;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "publish_override" text;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD COLUMN "known_problems" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "edition_comments" ADD CONSTRAINT "edition_comments_edition_id_charter_editions_id_fk" FOREIGN KEY ("edition_id") REFERENCES "public"."charter_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_comments" ADD CONSTRAINT "edition_comments_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_comments" ADD CONSTRAINT "edition_comments_reply_to_edition_comments_id_fk" FOREIGN KEY ("reply_to") REFERENCES "public"."edition_comments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "edition_comments" ADD CONSTRAINT "edition_comments_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "edition_comments_edition_idx" ON "edition_comments" USING btree ("edition_id");--> statement-breakpoint
CREATE UNIQUE INDEX "outbox_key_uq" ON "outbox" USING btree ("key");--> statement-breakpoint
CREATE INDEX "outbox_pending_idx" ON "outbox" USING btree ("sent_at","id");--> statement-breakpoint
ALTER TABLE "charter_editions" ADD CONSTRAINT "charter_editions_based_on_id_charter_editions_id_fk" FOREIGN KEY ("based_on_id") REFERENCES "public"."charter_editions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD CONSTRAINT "charter_editions_submitted_by_users_id_fk" FOREIGN KEY ("submitted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD CONSTRAINT "charter_editions_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "charter_editions" ADD CONSTRAINT "editions_status_ck" CHECK ("charter_editions"."status" in ('draft','submitted','changes_requested','approved','published'));