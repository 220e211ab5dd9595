-- Benchmark check (tests/test_bench_wide.py), not app SQL: make statements_wide look like a
-- table written before its source view gained a column.
DROP INDEX IF EXISTS statements_wide_article;  -- an older file had none
ALTER TABLE statements_wide DROP COLUMN corrections_last;
