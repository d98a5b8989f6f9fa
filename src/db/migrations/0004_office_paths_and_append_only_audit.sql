-- An office's path is the ids from the root down to it ("/1/4/9/"), so "this office or any below it" is one
-- prefix test, not a query per level. Kept by the database itself, whatever code inserts or moves an office.
CREATE FUNCTION protishruti_office_path() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_path text;
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.path := '/' || NEW.id || '/';
  ELSE
    SELECT path INTO parent_path FROM offices WHERE id = NEW.parent_id;
    IF parent_path LIKE '%/' || NEW.id || '/%' THEN
      RAISE EXCEPTION 'office % cannot be placed under its own descendant', NEW.id USING ERRCODE = 'P0001';
    END IF;
    NEW.path := parent_path || NEW.id || '/';
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER offices_path BEFORE INSERT OR UPDATE OF parent_id ON offices
  FOR EACH ROW EXECUTE FUNCTION protishruti_office_path();
--> statement-breakpoint
-- A moved office takes its whole subtree along.
CREATE FUNCTION protishruti_office_subtree_path() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.path IS DISTINCT FROM OLD.path THEN
    UPDATE offices SET path = NEW.path || substr(path, length(OLD.path) + 1)
      WHERE path LIKE OLD.path || '%' AND id <> NEW.id;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER offices_subtree_path AFTER UPDATE OF path ON offices
  FOR EACH ROW WHEN (pg_trigger_depth() = 1) EXECUTE FUNCTION protishruti_office_subtree_path();
--> statement-breakpoint
WITH RECURSIVE tree AS (
  SELECT id, '/' || id || '/' AS path FROM offices WHERE parent_id IS NULL
  UNION ALL
  SELECT o.id, tree.path || o.id || '/' FROM offices o JOIN tree ON o.parent_id = tree.id
)
UPDATE offices SET path = tree.path FROM tree WHERE offices.id = tree.id;
--> statement-breakpoint
-- The audit log is append-only: no code path may rewrite or remove who did what.
CREATE FUNCTION protishruti_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only' USING ERRCODE = 'P0001';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION protishruti_audit_append_only();
