-- Test check (tests/store/test_wide.py), not app SQL: how many indexes statements_wide,
-- articles and statements have (store/indexes.sql).
SELECT count(*) FILTER (WHERE table_name = 'statements_wide') AS wide,
       count(*) FILTER (WHERE table_name = 'articles') AS articles,
       count(*) FILTER (WHERE table_name = 'statements') AS statements
FROM duckdb_indexes();
