-- After a write's MERGE (agg_merge.sql): the write's old and new rows (wide_old, wide_new: a
-- few articles) of the clusters that led before it, which agg_quote_take.sql takes into their
-- facets and first reports, and the clusters the write touched whose agg_quotes cell now
-- reaches its group's cut: new leaders, to be counted from all their rows
-- (agg_quote_recount, agg_quote_count.sql). Returns how many rows moved and how many new
-- leaders (agg_quote_recut.sql then looks for a group grown too large).
CREATE OR REPLACE TEMP TABLE agg_quote_moved AS
SELECT -1 AS sign, * EXCLUDE (wide_row)
FROM wide_old
WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_leaders)
UNION ALL BY NAME
SELECT 1 AS sign, *
FROM wide_new
WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_leaders);

CREATE OR REPLACE TEMP TABLE agg_quote_new_leaders AS
SELECT DISTINCT q.cluster_key
FROM agg_quotes q
LEFT JOIN agg_quote_cuts c USING (corrected, dataset)
WHERE q.cluster_key IN (SELECT DISTINCT cluster_key FROM agg_changes
                        WHERE cluster_key IS NOT NULL)
  AND q.articles >= coalesce(c.cut, 1)
  AND q.cluster_key NOT IN (SELECT cluster_key FROM agg_quote_leaders);

INSERT INTO agg_quote_leaders FROM agg_quote_new_leaders;

CREATE OR REPLACE TEMP TABLE agg_quote_recount AS FROM agg_quote_new_leaders;

SELECT (SELECT count(*) FROM agg_quote_moved), (SELECT count(*) FROM agg_quote_new_leaders);
