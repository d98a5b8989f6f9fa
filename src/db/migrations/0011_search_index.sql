CREATE TABLE "search_entries" (
	"service_id" integer PRIMARY KEY NOT NULL,
	"charter_id" integer NOT NULL,
	"office_id" integer NOT NULL,
	"name_id" integer NOT NULL,
	"rest_words" integer[] NOT NULL,
	"category" text NOT NULL,
	"position" integer NOT NULL,
	"district_code" text,
	"upazila_code" text,
	"level" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_names" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"words" integer[] NOT NULL,
	CONSTRAINT "search_names_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "search_offices" (
	"office_id" integer PRIMARY KEY NOT NULL,
	"words" integer[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_words" (
	"id" serial PRIMARY KEY NOT NULL,
	"word" text NOT NULL,
	"office_count" integer DEFAULT 0 NOT NULL,
	"rest_count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "search_words_word_unique" UNIQUE("word")
);
--> statement-breakpoint
DROP INDEX "offices_search_trgm_idx";--> statement-breakpoint
DROP INDEX "services_search_trgm_idx";--> statement-breakpoint
DROP INDEX "services_search_fts_idx";--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_charter_id_charters_id_fk" FOREIGN KEY ("charter_id") REFERENCES "public"."charters"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_name_id_search_names_id_fk" FOREIGN KEY ("name_id") REFERENCES "public"."search_names"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "search_offices" ADD CONSTRAINT "search_offices_office_id_offices_id_fk" FOREIGN KEY ("office_id") REFERENCES "public"."offices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_entries_name_idx" ON "search_entries" USING btree ("name_id","office_id","position");--> statement-breakpoint
CREATE INDEX "search_entries_name_place_idx" ON "search_entries" USING btree ("name_id","district_code","office_id","position");--> statement-breakpoint
CREATE INDEX "search_entries_office_idx" ON "search_entries" USING btree ("office_id","name_id");--> statement-breakpoint
CREATE INDEX "search_entries_charter_idx" ON "search_entries" USING btree ("charter_id");--> statement-breakpoint
CREATE INDEX "search_entries_rest_idx" ON "search_entries" USING gin ("rest_words");--> statement-breakpoint
CREATE INDEX "search_names_words_idx" ON "search_names" USING gin ("words");--> statement-breakpoint
CREATE INDEX "search_offices_words_idx" ON "search_offices" USING gin ("words");--> statement-breakpoint
CREATE INDEX "search_words_trgm_idx" ON "search_words" USING gin ("word" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "offices_portal_trgm_idx" ON "offices" USING gin ("portal" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "services_unkeyed_idx" ON "services" USING btree ("id") WHERE "services"."search_text" = '';--> statement-breakpoint
-- The index is kept by the database itself: a publish, a re-keyed service and an office's new name or place
-- each update it in the same transaction, whatever wrote them.
-- A search key is the name's words, " | ", the channels' and documents' words (modules/search/search-text.ts).
CREATE FUNCTION protishruti_search_lock() RETURNS void LANGUAGE sql AS $$
  -- One writer of the index at a time (until its transaction ends): the shared counts and new words are then
  -- never locked in two orders, so two publishes wait for each other rather than deadlock.
  SELECT pg_advisory_xact_lock(hashtext('protishruti.search'));
$$;
--> statement-breakpoint
CREATE FUNCTION protishruti_search_word_ids(words text) RETURNS integer[] LANGUAGE plpgsql AS $$
DECLARE
  list text[] := array_remove(string_to_array(btrim(words), ' '), '');
  ids integer[];
BEGIN
  IF cardinality(list) = 0 THEN
    RETURN '{}';
  END IF;
  -- in one order, so two writers never take the same new words the other way round
  INSERT INTO search_words (word) SELECT DISTINCT w FROM unnest(list) w ORDER BY w ON CONFLICT (word) DO NOTHING;
  SELECT coalesce(array_agg(id ORDER BY id), '{}') INTO ids FROM search_words WHERE word = ANY (list);
  RETURN ids;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION protishruti_search_name_id(name_key text) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  found integer;
BEGIN
  SELECT id INTO found FROM search_names WHERE key = name_key;
  IF found IS NULL THEN
    INSERT INTO search_names (key, words) VALUES (name_key, protishruti_search_word_ids(name_key))
      ON CONFLICT (key) DO NOTHING RETURNING id INTO found;
    IF found IS NULL THEN
      SELECT id INTO found FROM search_names WHERE key = name_key;
    END IF;
  END IF;
  RETURN found;
END;
$$;
--> statement-breakpoint
-- Names no entry uses any more (an edition corrected, a key made anew) go, so they never take a live name's place.
CREATE FUNCTION protishruti_search_drop_names(ids integer[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_names n WHERE n.id = ANY (ids) AND NOT EXISTS (SELECT 1 FROM search_entries e WHERE e.name_id = n.id);
$$;
--> statement-breakpoint
-- The entries of one charter: the services of its latest published edition, none when it has none.
CREATE FUNCTION protishruti_search_index_charter(charter integer) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  latest integer;
  dropped integer[];
BEGIN
  PERFORM protishruti_search_lock();
  SELECT coalesce(array_agg(DISTINCT name_id), '{}') INTO dropped FROM search_entries WHERE charter_id = charter;
  DELETE FROM search_entries WHERE charter_id = charter;
  SELECT e.id INTO latest FROM charter_editions e WHERE e.charter_id = charter AND e.status = 'published' ORDER BY e.number DESC LIMIT 1;
  IF latest IS NULL THEN
    PERFORM protishruti_search_drop_names(dropped);
    RETURN;
  END IF;
  INSERT INTO search_entries (service_id, charter_id, office_id, name_id, rest_words, category, position, district_code, upazila_code, level)
  SELECT s.id, c.id, o.id, protishruti_search_name_id(split_part(s.search_text, ' | ', 1)),
         protishruti_search_word_ids(split_part(s.search_text, ' | ', 2)), s.category, s.position, o.district_code, o.upazila_code, o.level
  FROM services s JOIN charters c ON c.id = charter JOIN offices o ON o.id = c.office_id
  WHERE s.edition_id = latest;
  PERFORM protishruti_search_drop_names(dropped);
END;
$$;
--> statement-breakpoint
-- How many entries hold each word in their channels and documents, a statement at a time.
CREATE FUNCTION protishruti_search_rest_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_words w SET rest_count = w.rest_count + d.n
  FROM (SELECT word, count(*) AS n FROM added, unnest(added.rest_words) AS word GROUP BY word) d WHERE w.id = d.word;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE FUNCTION protishruti_search_rest_removed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_words w SET rest_count = w.rest_count - d.n
  FROM (SELECT word, count(*) AS n FROM removed, unnest(removed.rest_words) AS word GROUP BY word) d WHERE w.id = d.word;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_rest_inserted AFTER INSERT ON search_entries REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION protishruti_search_rest_added();
--> statement-breakpoint
CREATE TRIGGER search_rest_deleted AFTER DELETE ON search_entries REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION protishruti_search_rest_removed();
--> statement-breakpoint
CREATE TRIGGER search_rest_updated_old AFTER UPDATE ON search_entries REFERENCING OLD TABLE AS removed
  FOR EACH STATEMENT EXECUTE FUNCTION protishruti_search_rest_removed();
--> statement-breakpoint
CREATE TRIGGER search_rest_updated_new AFTER UPDATE ON search_entries REFERENCING NEW TABLE AS added
  FOR EACH STATEMENT EXECUTE FUNCTION protishruti_search_rest_added();
--> statement-breakpoint
CREATE FUNCTION protishruti_search_on_edition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.status = 'published' THEN
    PERFORM protishruti_search_index_charter(NEW.charter_id);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_on_edition AFTER INSERT OR UPDATE OF status ON charter_editions
  FOR EACH ROW EXECUTE FUNCTION protishruti_search_on_edition();
--> statement-breakpoint
CREATE FUNCTION protishruti_search_on_service() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  dropped integer[];
BEGIN
  IF NEW.search_text IS DISTINCT FROM OLD.search_text AND EXISTS (SELECT 1 FROM search_entries WHERE service_id = NEW.id) THEN
    PERFORM protishruti_search_lock();
    SELECT ARRAY[name_id] INTO dropped FROM search_entries WHERE service_id = NEW.id;
    UPDATE search_entries SET name_id = protishruti_search_name_id(split_part(NEW.search_text, ' | ', 1)),
      rest_words = protishruti_search_word_ids(split_part(NEW.search_text, ' | ', 2))
    WHERE service_id = NEW.id;
    PERFORM protishruti_search_drop_names(dropped);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_on_service AFTER UPDATE OF search_text ON services
  FOR EACH ROW EXECUTE FUNCTION protishruti_search_on_service();
--> statement-breakpoint
CREATE FUNCTION protishruti_search_on_office() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  before integer[] := '{}';
  after integer[];
BEGIN
  PERFORM protishruti_search_lock();
  after := protishruti_search_word_ids(split_part(NEW.search_text, ' | ', 1));
  IF TG_OP = 'UPDATE' THEN
    SELECT words INTO before FROM search_offices WHERE office_id = NEW.id;
    before := coalesce(before, '{}');
    UPDATE search_entries SET district_code = NEW.district_code, upazila_code = NEW.upazila_code, level = NEW.level
    WHERE office_id = NEW.id AND (district_code, upazila_code, level) IS DISTINCT FROM (NEW.district_code, NEW.upazila_code, NEW.level);
  END IF;
  IF before IS DISTINCT FROM after THEN
    UPDATE search_words SET office_count = office_count - 1 WHERE id = ANY (before) AND NOT id = ANY (after);
    UPDATE search_words SET office_count = office_count + 1 WHERE id = ANY (after) AND NOT id = ANY (before);
    INSERT INTO search_offices (office_id, words) VALUES (NEW.id, after)
      ON CONFLICT (office_id) DO UPDATE SET words = excluded.words;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER search_on_office AFTER INSERT OR UPDATE OF search_text, district_code, upazila_code, level ON offices
  FOR EACH ROW EXECUTE FUNCTION protishruti_search_on_office();
--> statement-breakpoint
INSERT INTO search_offices (office_id, words) SELECT id, protishruti_search_word_ids(split_part(search_text, ' | ', 1)) FROM offices;
--> statement-breakpoint
UPDATE search_words w SET office_count = (SELECT count(*) FROM search_offices so WHERE so.words @> ARRAY[w.id]);
--> statement-breakpoint
SELECT protishruti_search_index_charter(id) FROM charters;
