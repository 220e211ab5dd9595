-- Benchmark check (tests/test_bench_wide.py), not app SQL: rows of statements_wide that differ
-- from its source view, in either direction (0 when the materialised table is exact).
SELECT
    (SELECT count(*) FROM (SELECT * FROM statements_wide
                           EXCEPT ALL SELECT * FROM statements_wide_source)) AS extra,
    (SELECT count(*) FROM (SELECT * FROM statements_wide_source
                           EXCEPT ALL SELECT * FROM statements_wide)) AS missing;
