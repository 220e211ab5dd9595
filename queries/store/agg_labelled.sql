-- Rows of statements_wide (table `src`: statements_wide itself, or the rows a refresh takes off
-- or adds, wide_old and wide_new) under both label sets, as the aggregates count them: the
-- machine's labels, and the corrected ones without the statements a researcher rejected. Made
-- by each refresh that reads it (stance/store/aggregates.py), once statements_wide has its
-- current shape: DuckDB binds a macro when it is made, and a file of an older version may hold
-- an older statements_wide until the refresh rebuilds it.
CREATE OR REPLACE TEMP MACRO agg_labelled(src) AS TABLE
SELECT false AS corrected, article_key, dataset, outlet, published, date_precision,
       speaker_type, machine_speaker AS speaker, role, machine_country AS country,
       machine_target AS target, machine_stance AS stance, machine_on_topic AS on_topic,
       cluster_key, article_id, title, article_name, extractor_version,
       w.corrected AS with_correction  -- the statement carries a researcher's correction
FROM query_table(src) w
UNION ALL
SELECT true AS corrected, article_key, dataset, outlet, published, date_precision,
       speaker_type, corrected_speaker, role, corrected_country, corrected_target,
       corrected_stance, corrected_on_topic, cluster_key, article_id, title, article_name,
       extractor_version, w.corrected
FROM query_table(src) w
WHERE NOT rejected;

-- A cell's key in its aggregate (agg_delta.sql): the hash of its other grouping columns with
-- the label set in its lowest bit, so a cell of the machine's labels becomes the same cell of
-- the corrected labels by flipping that bit (agg_copy_machine.sql).
CREATE OR REPLACE TEMP MACRO agg_cell(corrected, h) AS xor(h, corrected::UBIGINT);
