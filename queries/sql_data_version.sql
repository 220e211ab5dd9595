-- A fingerprint of the database's content, cheap to compute: the SQL page keeps a read-only
-- copy of the data for user queries and rebuilds it when this value changes. Row counts of
-- every table, plus hashes of the rows that change without changing a count (a rebuilt
-- dataset, a hidden flag, an edited reference table, a correction).
SELECT concat_ws('|',
    (SELECT string_agg(table_name || ':' || estimated_size || ':' || column_count, ','
                       ORDER BY table_name)
     FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = 'main'),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(article_id, dataset, ingested_at)), 0)
     FROM articles),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(statement_id, speaker, country, stance,
                                                     target, extractor_version)), 0)
     FROM statements),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(d)), 0) FROM datasets d),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(c)), 0) FROM corrections c),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(o)), 0) FROM officials o),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(c)), 0) FROM countries c)
) AS version;
