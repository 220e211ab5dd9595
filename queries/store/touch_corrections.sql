-- The articles of the statements corrections_insert is about to correct (labels only:
-- touched_labels).
INSERT INTO touched_labels
SELECT DISTINCT article_id
FROM statements
WHERE statement_id IN (SELECT statement_id FROM new_corrections);
