-- Test check (tests/store/test_wide.py), not app SQL: a file an earlier version wrote, before
-- statements_wide had its article index.
DROP INDEX IF EXISTS statements_wide_article;
