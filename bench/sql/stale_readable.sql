-- Test check (tests/store/test_aggregates.py), not app SQL: how many out-of-step articles can
-- be read back by value (a count alone comes from the table's metadata).
SELECT count(*) FROM touched_articles SEMI JOIN wide_stale_articles USING (article_id);
