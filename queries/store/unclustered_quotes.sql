-- Normalised quotes that have no cluster yet (new since the last clustering run): in the
-- articles this transaction touched (touch_*.sql), which hold every quote it wrote, or with
-- $everywhere in every article.
SELECT DISTINCT s.quote_norm
FROM statements s
ANTI JOIN quote_clusters c ON c.quote_norm = s.quote_norm
WHERE s.quote_norm IS NOT NULL
  AND ($everywhere OR s.article_id IN (SELECT article_id FROM touched_articles));
