-- The normalised quotes of an upload that no cluster holds yet (what the clustering assigns).
SELECT DISTINCT n.quote_norm
FROM upload_norms n
ANTI JOIN quote_clusters c ON c.quote_norm = n.quote_norm
WHERE n.quote_norm IS NOT NULL;
