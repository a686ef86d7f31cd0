-- The access log is append-only: nothing, not even the subgraph's own code, may change or remove
-- an entry. (Hand-written: Prisma schemas cannot express triggers.)
CREATE OR REPLACE FUNCTION "identity"."access_log_is_append_only"() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'the access log is append-only: % is not allowed', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "AccessLog_append_only"
  BEFORE UPDATE OR DELETE OR TRUNCATE ON "identity"."AccessLog"
  FOR EACH STATEMENT EXECUTE FUNCTION "identity"."access_log_is_append_only"();
