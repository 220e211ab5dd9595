-- After a rebuild (agg_clear.sql emptied them): each label set and dataset's cut at its
-- agg_quote_leaders_kept()-th most quoted cluster by articles (no cut for a smaller group:
-- all its clusters lead), the clusters with a cell at or above its group's cut, and those
-- to count (agg_quote_count.sql: all of them). Schema.sql, agg_quote_leaders, says why.
INSERT INTO agg_quote_cuts
SELECT corrected, dataset, articles AS cut
FROM agg_quotes
QUALIFY row_number() OVER (PARTITION BY corrected, dataset ORDER BY articles DESC)
        = agg_quote_leaders_kept();

INSERT INTO agg_quote_leaders
SELECT DISTINCT q.cluster_key
FROM agg_quotes q
LEFT JOIN agg_quote_cuts c USING (corrected, dataset)
WHERE q.articles >= coalesce(c.cut, 1);

CREATE OR REPLACE TEMP TABLE agg_quote_recount AS FROM agg_quote_leaders;
