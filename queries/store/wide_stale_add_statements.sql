-- Add the articles of the statements whose corrections changed (wide_stale_statements) to the
-- ones out of step: articles are always rewritten whole, which keeps the aggregates' article
-- counts exact (agg_delta.sql).
INSERT INTO wide_stale_articles
SELECT DISTINCT article_key, article_id
FROM statements_wide
WHERE statement_id IN (SELECT statement_id FROM wide_stale_statements)
  AND article_key NOT IN (SELECT article_key FROM wide_stale_articles);
