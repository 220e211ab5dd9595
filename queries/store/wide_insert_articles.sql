-- Rewrite the rows of the out-of-step articles from the source view. Joining the few stale
-- keys (rather than `IN`) lets DuckDB push them into the scan of statements as a filter.
INSERT INTO statements_wide BY NAME
SELECT src.*
FROM (SELECT DISTINCT article_id FROM wide_stale_articles) k
JOIN statements_wide_source src USING (article_id);
