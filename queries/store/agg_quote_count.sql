-- The facets of the leading clusters in agg_quote_recount (agg_quote_leaders_fill.sql after a
-- rebuild, agg_quote_leaders_refresh.sql after a write), counted again from their rows in
-- statements_wide under both label sets (agg_quote_labelled, agg_labelled.sql): each
-- cluster's statements, first report and representative (agg_quote_firsts) and its
-- statements per outlet, wording, speaker, speaker country and side (agg_quote_facets), per
-- topic flag and dataset. The rows are gathered from the whole table, so a write counts a
-- cluster again only when it has to (a new leader, or its first report gone).
CREATE OR REPLACE TEMP TABLE agg_quote_led AS
SELECT 1 AS sign, cluster_key, dataset, outlet, published, date_precision, statement_id,
       article_id, quote, quote_norm, wording, rejected, machine_speaker, machine_country,
       machine_stance, machine_on_topic, corrected_speaker, corrected_country,
       corrected_stance, corrected_on_topic
FROM statements_wide
WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_recount);

CREATE OR REPLACE TEMP TABLE agg_quote_rows AS FROM agg_quote_labelled('agg_quote_led');

DELETE FROM agg_quote_firsts WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_recount);
DELETE FROM agg_quote_facets WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_recount);

INSERT INTO agg_quote_firsts BY NAME
SELECT corrected, on_topic, dataset, cluster_key, statements, unnest(added),
       max(cluster) OVER (PARTITION BY cluster_key) AS cluster
FROM agg_quote_first_counts('agg_quote_rows');

INSERT INTO agg_quote_facets BY NAME FROM agg_quote_facet_counts('agg_quote_rows');
