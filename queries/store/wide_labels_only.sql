-- Whether every out-of-step article only had corrections added in this transaction
-- (touched_labels) and none had its statements or metadata written (touched_articles):
-- its rows can then be relabelled in place of being read again (wide_relabel.sql).
SELECT NOT EXISTS (FROM touched_articles)
   AND NOT EXISTS (FROM wide_stale_articles
                   WHERE article_id NOT IN (SELECT article_id FROM touched_labels));
