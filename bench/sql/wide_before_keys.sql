-- Benchmark check (tests/test_sandbox.py), not app SQL: make statements_wide look like a table
-- written before it carried its 64-bit keys (a file of an older version, opened read-only).
ALTER TABLE statements_wide DROP COLUMN article_key;
