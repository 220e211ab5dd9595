-- After the copy (agg_copy_machine.sql), the corrected label set still counts the machine's
-- labels of the articles that hold a correction: those articles' rows are taken off under
-- their machine labels and added back under their corrected ones, whole (the article counts
-- of agg_delta.sql need an article's every row on both sides). Says whether there are any.
CREATE OR REPLACE TEMP TABLE agg_corrected_rows AS
SELECT *
FROM statements_wide
WHERE article_key IN (SELECT article_key FROM statements_wide WHERE corrected);
CREATE OR REPLACE TEMP VIEW agg_changes AS
SELECT -1 AS sign, * REPLACE (true AS corrected)
FROM agg_labelled('agg_corrected_rows')
WHERE NOT corrected
UNION ALL
SELECT 1 AS sign, *
FROM agg_labelled('agg_corrected_rows')
WHERE corrected;
SELECT count(*) > 0 FROM agg_corrected_rows;
