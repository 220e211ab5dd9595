-- Rows in the audit trail (to report how many an import really added).
SELECT count(*) FROM corrections;
