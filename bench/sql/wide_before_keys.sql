-- Benchmark check (tests/test_sandbox.py), not app SQL: make statements_wide look like a table
-- written before it carried its 64-bit keys (a file of an older version, opened read-only).
DROP INDEX IF EXISTS statements_wide_article;  -- an older file had none
ALTER TABLE statements_wide DROP COLUMN article_key;
