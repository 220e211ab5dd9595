-- A fingerprint of the database's content, cheap to compute: the SQL page keeps a read-only
-- copy of the data for user queries and rebuilds it when this value changes. Row counts of
-- every table, plus hashes of the rows that change without changing a count (a rebuilt
-- dataset, a hidden flag, an edited reference table, a correction, a re-extracted statement).
SELECT concat_ws('|',
    (SELECT string_agg(table_name || ':' || estimated_size || ':' || column_count, ','
                       ORDER BY table_name)
     FROM duckdb_tables()
     WHERE database_name = current_database() AND schema_name = 'main'),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(article_id, dataset, ingested_at)), 0)
     FROM articles),
    (SELECT count(*) FROM statements),
    -- the statements' labels, from the hash statements_wide keeps of each row (one integer
    -- column: hashing the strings of every statement took 0.15 s at 10M); it is in step with
    -- the tables after every write of this program
    (SELECT count(*) || ':' || coalesce(bit_xor(row_hash), 0) FROM statements_wide),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(d)), 0) FROM datasets d),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(c)), 0) FROM corrections c),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(o)), 0) FROM officials o),
    (SELECT count(*) || ':' || coalesce(bit_xor(hash(c)), 0) FROM countries c)
) AS version;
