-- Normalised quotes that have no cluster yet (new since the last clustering run): among the
-- quotes this transaction wrote (touch_*.sql records them), or with $everywhere in every
-- statement. A false $everywhere skips the statements table, and the index of quote_clusters
-- finds the few quotes' clusters: in a save at 10M statements 14-17 -> 1.7 ms (bench/README.md,
-- item 36), 45-50 ms when it scanned the touched articles' statements.
WITH quoted AS (
    SELECT quote_norm FROM statements WHERE $everywhere
    UNION ALL
    SELECT quote_norm FROM touched_quotes WHERE NOT $everywhere
), clustered AS MATERIALIZED (  -- a few quotes: found through the index on quote_norm
    SELECT quote_norm FROM quote_clusters WHERE quote_norm IN (SELECT quote_norm FROM quoted)
)
SELECT DISTINCT s.quote_norm
FROM quoted s
ANTI JOIN clustered c ON c.quote_norm = s.quote_norm
WHERE s.quote_norm IS NOT NULL;
