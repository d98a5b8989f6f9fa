-- Published editions are immutable snapshots: a change is a new edition. Enforced here as well as in the
-- service, so that no code path (a script, a future module, a hand-written query) can rewrite history.
CREATE FUNCTION protishruti_freeze_edition() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'published' THEN
    RAISE EXCEPTION 'edition % is published and cannot change', OLD.id USING ERRCODE = 'P0001';
  END IF;
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER charter_editions_frozen BEFORE UPDATE OR DELETE ON charter_editions
  FOR EACH ROW EXECUTE FUNCTION protishruti_freeze_edition();
--> statement-breakpoint
CREATE FUNCTION protishruti_freeze_edition_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  edition integer;
BEGIN
  IF TG_OP = 'INSERT' THEN
    edition := NEW.edition_id;
  ELSE
    edition := OLD.edition_id;
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
CREATE TRIGGER services_frozen BEFORE INSERT OR UPDATE OR DELETE ON services
  FOR EACH ROW EXECUTE FUNCTION protishruti_freeze_edition_rows();
--> statement-breakpoint
CREATE TRIGGER expectations_frozen BEFORE INSERT OR UPDATE OR DELETE ON expectations
  FOR EACH ROW EXECUTE FUNCTION protishruti_freeze_edition_rows();
--> statement-breakpoint
CREATE TRIGGER grievance_steps_frozen BEFORE INSERT OR UPDATE OR DELETE ON grievance_steps
  FOR EACH ROW EXECUTE FUNCTION protishruti_freeze_edition_rows();
