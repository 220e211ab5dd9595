-- Test check (tests/store/test_wide.py), not app SQL: the indexes statements_wide has.
SELECT count(*) FROM duckdb_indexes() WHERE table_name = 'statements_wide';
