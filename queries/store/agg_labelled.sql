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

-- Rows of leading quote clusters (`src`: `sign` and statements_wide's columns, the leaders'
-- rows counted again or a write's old and new rows) under both label sets, as
-- filtered_statements labels them (agg_quote_count.sql, agg_quote_leaders_refresh.sql).
CREATE OR REPLACE TEMP MACRO agg_quote_labelled(src) AS TABLE
SELECT sign, false AS corrected, machine_on_topic AS on_topic, dataset, cluster_key, outlet,
       published, date_precision, statement_id, article_id, quote, quote_norm,
       wording::VARCHAR AS wording, machine_speaker AS speaker, machine_country AS country,
       machine_stance AS stance
FROM query_table(src)
UNION ALL
SELECT sign, true, corrected_on_topic, dataset, cluster_key, outlet, published, date_precision,
       statement_id, article_id, quote, quote_norm, wording::VARCHAR, corrected_speaker,
       corrected_country, corrected_stance
FROM query_table(src)
WHERE NOT rejected;

-- Those rows' statements per outlet, wording, speaker, speaker country and side (NULLs are
-- not counted), signed (agg_quote_facets).
CREATE OR REPLACE TEMP MACRO agg_quote_facet_counts(src) AS TABLE
SELECT corrected, on_topic, dataset, cluster_key, kind, value, sum(sign) AS statements
FROM (UNPIVOT (SELECT sign, corrected, on_topic, dataset, cluster_key, outlet, wording,
                      speaker, country, stance
               FROM query_table(src))
      ON outlet, wording, speaker, country, stance INTO NAME kind VALUE value)
GROUP BY ALL;

-- Those rows per label set, topic flag, dataset and cluster: their statements (signed), the
-- first of the added rows (the earliest, then the lowest statement id: repeated_quote_rows
-- in schema.sql picks it so), the ids of the removed rows, and the cluster's representative
-- when a row has it (the wording whose hash is the cluster's key).
CREATE OR REPLACE TEMP MACRO agg_quote_first_counts(src) AS TABLE
SELECT corrected, on_topic, dataset, cluster_key, sum(sign) AS statements,
       arg_min({'published': published, 'statement_id': statement_id, 'quote': quote,
                'date_precision': date_precision, 'outlet': outlet, 'article_id': article_id,
                'quote_norm': quote_norm}, (published, statement_id))
           FILTER (WHERE sign > 0) AS added,
       list(statement_id) FILTER (WHERE sign < 0) AS removed,
       any_value(quote_norm) FILTER (WHERE hash(quote_norm) = cluster_key) AS cluster
FROM query_table(src)
GROUP BY ALL;
