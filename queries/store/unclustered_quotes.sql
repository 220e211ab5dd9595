-- Normalised quotes that have no cluster yet (new since the last clustering run): among the
-- quotes this transaction wrote (touch_*.sql records them), or with $everywhere in every
-- statement. A false $everywhere skips the statements table: in a save at 10M statements
-- 16-18 ms (the anti-join with quote_clusters) against 45-50 ms with a scan of the touched
-- articles' statements.
SELECT DISTINCT s.quote_norm
FROM (
    SELECT quote_norm FROM statements WHERE $everywhere
    UNION ALL
    SELECT quote_norm FROM touched_quotes WHERE NOT $everywhere
) s
ANTI JOIN quote_clusters c ON c.quote_norm = s.quote_norm
WHERE s.quote_norm IS NOT NULL;
