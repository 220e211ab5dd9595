-- Normalised quotes that have no cluster yet (new since the last clustering run): among the
-- quotes this transaction wrote (touch_*.sql records them), or with $everywhere in every
-- statement. A false $everywhere skips the statements table (2.6 ms against 45 ms for a scan
-- of the touched articles at 10M statements).
SELECT DISTINCT s.quote_norm
FROM (
    SELECT quote_norm FROM statements WHERE $everywhere
    UNION ALL
    SELECT quote_norm FROM touched_quotes WHERE NOT $everywhere
) s
ANTI JOIN quote_clusters c ON c.quote_norm = s.quote_norm
WHERE s.quote_norm IS NOT NULL;
