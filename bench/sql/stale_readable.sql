-- Test check (tests/store/test_aggregates.py), not app SQL: how many out-of-step articles can
-- be read back by value (a count alone comes from the table's metadata), of those touched.
SELECT count(*)
FROM (FROM touched_articles UNION ALL FROM touched_labels)
SEMI JOIN wide_stale_articles USING (article_id);
