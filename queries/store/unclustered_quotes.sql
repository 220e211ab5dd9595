-- Normalised quotes that have no cluster yet (new since the last clustering run).
SELECT DISTINCT s.quote_norm
FROM statements s
ANTI JOIN quote_clusters c ON c.quote_norm = s.quote_norm
WHERE s.quote_norm IS NOT NULL;
