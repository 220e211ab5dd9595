-- Rows whose text an earlier row already has, keyed by the text's hash, with the first row.
CREATE OR REPLACE TEMP TABLE upload_duplicates AS
SELECT row_hash AS dup_key, min("row") AS first_row
FROM upload_clean
WHERE text IS NOT NULL
GROUP BY row_hash
HAVING count(*) > 1;
