-- No correction changed (the corrections signature is as saved).
CREATE OR REPLACE TEMP TABLE wide_stale_statements AS
SELECT statement_id FROM corrections LIMIT 0;
