-- The rows a write moved in leading clusters (agg_quote_moved, agg_quote_leaders_refresh.sql),
-- taken into their facets by adding the difference and into their first reports by comparing:
-- the first of the new rows, if earlier, replaces the stored one, and a group whose stored
-- first report was taken off with none as early added is to be counted again from all its
-- rows (added to agg_quote_recount). Returns how many clusters are to be counted again.
CREATE OR REPLACE TEMP TABLE agg_quote_rows AS FROM agg_quote_labelled('agg_quote_moved');

MERGE INTO agg_quote_facets t
USING (FROM agg_quote_facet_counts('agg_quote_rows') WHERE statements <> 0) d
ON t.corrected = d.corrected AND t.on_topic IS NOT DISTINCT FROM d.on_topic
   AND t.dataset IS NOT DISTINCT FROM d.dataset AND t.cluster_key = d.cluster_key
   AND t.kind = d.kind AND t.value = d.value
WHEN MATCHED AND t.statements + d.statements = 0 THEN DELETE
WHEN MATCHED THEN UPDATE SET statements = t.statements + d.statements
WHEN NOT MATCHED THEN INSERT BY NAME;

CREATE OR REPLACE TEMP TABLE agg_quote_next AS
WITH paired AS (
    SELECT d.*, s.statements AS stored, n.cluster AS stored_cluster,
           {'published': s.published, 'statement_id': s.statement_id, 'quote': s.quote,
            'date_precision': s.date_precision, 'outlet': s.outlet,
            'article_id': s.article_id, 'quote_norm': s.quote_norm} AS kept,
           d.added IS NOT NULL AND (s.statements IS NULL
               OR (d.added.published, d.added.statement_id) <= (s.published, s.statement_id))
               AS earlier
    FROM agg_quote_first_counts('agg_quote_rows') d
    LEFT JOIN agg_quote_firsts s
        ON s.corrected = d.corrected AND s.on_topic IS NOT DISTINCT FROM d.on_topic
       AND s.dataset IS NOT DISTINCT FROM d.dataset AND s.cluster_key = d.cluster_key
    LEFT JOIN (SELECT cluster_key, max(cluster) AS cluster  -- the same in every group
               FROM agg_quote_firsts GROUP BY cluster_key) n
        ON n.cluster_key = d.cluster_key
)
SELECT corrected, on_topic, dataset, cluster_key,
       coalesce(stored, 0) + statements AS statements,
       CASE WHEN earlier THEN added ELSE kept END AS first,
       stored IS NOT NULL AND NOT earlier
           AND list_contains(coalesce(removed, []), kept.statement_id) AS lost,
       coalesce(stored_cluster, cluster) AS cluster
FROM paired;

DELETE FROM agg_quote_firsts s
USING agg_quote_next n
WHERE s.corrected = n.corrected AND s.on_topic IS NOT DISTINCT FROM n.on_topic
  AND s.dataset IS NOT DISTINCT FROM n.dataset AND s.cluster_key = n.cluster_key;

INSERT INTO agg_quote_firsts BY NAME
SELECT corrected, on_topic, dataset, cluster_key, statements, unnest(first), cluster
FROM agg_quote_next
WHERE statements > 0;

INSERT INTO agg_quote_recount
SELECT DISTINCT cluster_key FROM agg_quote_next WHERE lost AND statements > 0
EXCEPT
SELECT cluster_key FROM agg_quote_recount;

SELECT count(*) FROM agg_quote_recount;
