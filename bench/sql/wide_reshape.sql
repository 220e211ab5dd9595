-- Benchmark check (tests/test_bench_wide.py), not app SQL: make statements_wide look like a
-- table written before its source view gained a column.
ALTER TABLE statements_wide DROP COLUMN corrections_last;
