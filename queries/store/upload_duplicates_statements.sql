-- Rows that say what an earlier row says: each statement key seen more than once, with the
-- first row that has it (usually an empty table).
CREATE OR REPLACE TEMP TABLE upload_duplicates AS
SELECT statement_key AS dup_key, min("row") AS first_row
FROM upload_clean
GROUP BY statement_key
HAVING count(*) > 1;
