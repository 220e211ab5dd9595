-- The articles of the statements corrections_insert is about to correct.
INSERT INTO touched_articles
SELECT DISTINCT article_id
FROM statements
WHERE statement_id IN (SELECT statement_id FROM new_corrections);
