-- PostgreSQL refuses to change or delete audit entries, whoever asks: the application has no API
-- for it and the database agrees. (H2, the embedded default, relies on the hash chain alone.)
-- Versions are shared with db/migration/compliance: the next common migration is V5.
CREATE FUNCTION cp_audit_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is append-only (% refused)', TG_OP;
END
$$;

CREATE TRIGGER cp_audit_entry_append_only
    BEFORE UPDATE OR DELETE ON cp_audit_entry
    FOR EACH ROW EXECUTE FUNCTION cp_audit_refuse_change();

CREATE TRIGGER cp_audit_entry_no_truncate
    BEFORE TRUNCATE ON cp_audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION cp_audit_refuse_change();
