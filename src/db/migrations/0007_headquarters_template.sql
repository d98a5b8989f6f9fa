CREATE TABLE "template_service_versions" (
	"id" serial PRIMARY KEY NOT NULL,
	"template_service_id" integer NOT NULL,
	"version" integer NOT NULL,
	"values" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "template_services" (
	"id" serial PRIMARY KEY NOT NULL,
	"office_id" integer NOT NULL,
	"position" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"values" jsonb NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"retired_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "template_service_id" integer;--> statement-breakpoint
ALTER TABLE "services" ADD COLUMN "template_version" integer;--> statement-breakpoint
ALTER TABLE "template_service_versions" ADD CONSTRAINT "template_service_versions_template_service_id_template_services_id_fk" FOREIGN KEY ("template_service_id") REFERENCES "public"."template_services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "template_services" ADD CONSTRAINT "template_services_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "template_service_versions_uq" ON "template_service_versions" USING btree ("template_service_id","version");--> statement-breakpoint
CREATE INDEX "template_services_office_idx" ON "template_services" USING btree ("office_id");--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_template_service_id_template_services_id_fk" FOREIGN KEY ("template_service_id") REFERENCES "public"."template_services"("id") ON DELETE no action ON UPDATE no action;