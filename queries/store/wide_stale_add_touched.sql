-- Add the articles this transaction's writes touched (touch_*.sql), whether they wrote their
-- statements or corrected their labels, to the ones out of step.
INSERT INTO wide_stale_articles
SELECT DISTINCT hash(article_id) AS article_key, article_id
FROM (FROM touched_articles UNION ALL FROM touched_labels)
WHERE hash(article_id) NOT IN (SELECT article_key FROM wide_stale_articles);
