ALTER TABLE "grievances" ALTER COLUMN "anonymous" SET DEFAULT true;--> statement-breakpoint
ALTER TABLE "grievances" ADD COLUMN "repeat_of_id" integer;--> statement-breakpoint
ALTER TABLE "grievances" ADD COLUMN "lookup_failures" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "grievances" ADD COLUMN "lookup_locked_until" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "grievances" ADD CONSTRAINT "grievances_repeat_of_id_grievances_id_fk" FOREIGN KEY ("repeat_of_id") REFERENCES "public"."grievances"("id") ON DELETE no action ON UPDATE no action;