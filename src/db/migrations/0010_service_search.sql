-- National service search: trigram and full-text indexes over the search keys of services and offices.
-- The keys are made in TypeScript (modules/search/search-text.ts: folded words and their Latin skeletons),
-- which SQL cannot run, so this migration empties them and the application fills every empty key when it
-- opens the database (refreshSearchKeys). A later change to the folding re-keys the same way.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- A published edition's rows stay frozen, except their search key: it is derived, not what was published.
CREATE OR REPLACE FUNCTION protishruti_freeze_edition_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edition integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    edition := NEW.edition_id;
  ELSE
    edition := OLD.edition_id;
  END IF;
  IF TG_OP = 'UPDATE' AND TG_TABLE_NAME = 'services' AND (to_jsonb(NEW) - 'search_text') = (to_jsonb(OLD) - 'search_text') THEN
    RETURN NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM charter_editions WHERE id = edition AND status = 'published') THEN
    RAISE EXCEPTION 'edition % is published and its rows cannot change', edition USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
UPDATE "services" SET "search_text" = '';
--> statement-breakpoint
UPDATE "offices" SET "search_text" = '';
--> statement-breakpoint
CREATE INDEX "offices_search_trgm_idx" ON "offices" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "services_search_trgm_idx" ON "services" USING gin ("search_text" gin_trgm_ops);
--> statement-breakpoint
CREATE INDEX "services_search_fts_idx" ON "services" USING gin (to_tsvector('simple', "search_text"));
