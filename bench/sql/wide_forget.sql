-- Benchmark check (tests/test_bench_wide.py), not app SQL: make the file look like one written
-- before statements_wide existed (empty table, no saved signatures).
DELETE FROM statements_wide;
DELETE FROM statements_wide_state;
