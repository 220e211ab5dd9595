-- The signatures statements_wide was last brought in step with (none before the first build),
-- and how many rows it holds.
SELECT statements, articles, corrections, clusters,
       (SELECT count(*) FROM statements_wide) AS wide_rows, coalesce(tracked, false) AS tracked
FROM statements_wide_state;
