-- Add the articles this transaction's writes touched (touch_*.sql) to the ones out of step.
INSERT INTO wide_stale_articles
SELECT DISTINCT hash(article_id) AS article_key, article_id
FROM touched_articles
WHERE hash(article_id) NOT IN (SELECT article_key FROM wide_stale_articles);
