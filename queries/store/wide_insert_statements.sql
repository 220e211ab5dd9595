-- Rewrite the rows of the statements whose corrections changed (those of rewritten articles
-- are already back).
INSERT INTO statements_wide BY NAME
SELECT src.*
FROM (SELECT DISTINCT statement_id FROM wide_stale_statements) k
JOIN statements_wide_source src USING (statement_id)
WHERE src.article_id NOT IN (SELECT article_id FROM wide_stale_articles);
