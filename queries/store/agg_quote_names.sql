-- The representative of a leading cluster whose own wording has no row left
-- (agg_quote_count.sql, agg_quote_leaders_refresh.sql leave it NULL), from quote_clusters: a
-- join that reads nothing when no row needs it.
UPDATE agg_quote_firsts f
SET cluster = coalesce(c.cluster, f.quote_norm)
FROM (SELECT quote_norm, cluster
      FROM quote_clusters
      SEMI JOIN (SELECT quote_norm FROM agg_quote_firsts WHERE cluster IS NULL) n
          USING (quote_norm)) c
WHERE f.cluster IS NULL AND c.quote_norm = f.quote_norm;
