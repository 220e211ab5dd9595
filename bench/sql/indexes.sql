-- Test check (tests/store/test_wide.py), not app SQL: how many indexes statements_wide,
-- articles, statements and quote_clusters have (store/indexes.sql).
SELECT count(*) FILTER (WHERE table_name = 'statements_wide') AS wide,
       count(*) FILTER (WHERE table_name = 'articles') AS articles,
       count(*) FILTER (WHERE table_name = 'statements') AS statements,
       count(*) FILTER (WHERE table_name = 'quote_clusters') AS quote_clusters
FROM duckdb_indexes();
