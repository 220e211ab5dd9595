-- Rows read, and rows that would be loaded.
SELECT (SELECT count(*) FROM upload_clean) AS rows, (SELECT count(*) FROM upload_valid) AS valid;
