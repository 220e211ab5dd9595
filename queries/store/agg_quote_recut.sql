-- After new leaders came in (agg_quote_leaders_refresh.sql): a label set and dataset whose
-- clusters at or above its cut (all of them leaders) now number more than four times
-- agg_quote_leaders_kept() is cut again at its agg_quote_leaders_kept()-th largest (every
-- cell above the old cut is a leader's, so the new cut is no lower), and the leaders with no
-- cell left at a cut go, with their facets.
CREATE OR REPLACE TEMP TABLE agg_quote_recut AS
WITH groups AS (
    SELECT DISTINCT corrected, dataset
    FROM agg_quotes
    WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_new_leaders)
), leads AS (
    SELECT q.corrected, q.dataset, q.articles
    FROM agg_quotes q
    SEMI JOIN groups USING (corrected, dataset)
    LEFT JOIN agg_quote_cuts c USING (corrected, dataset)
    WHERE q.cluster_key IN (SELECT cluster_key FROM agg_quote_leaders)
      AND q.articles >= coalesce(c.cut, 1)
), grown AS (
    SELECT corrected, dataset
    FROM leads
    GROUP BY ALL
    HAVING count(*) > 4 * agg_quote_leaders_kept()
)
SELECT corrected, dataset, articles AS cut
FROM leads
SEMI JOIN grown USING (corrected, dataset)
QUALIFY row_number() OVER (PARTITION BY corrected, dataset ORDER BY articles DESC)
        = agg_quote_leaders_kept();

DELETE FROM agg_quote_cuts c
USING agg_quote_recut r
WHERE c.corrected = r.corrected AND c.dataset = r.dataset;

INSERT INTO agg_quote_cuts SELECT * FROM agg_quote_recut;

CREATE OR REPLACE TEMP TABLE agg_quote_fallen AS
SELECT q.cluster_key
FROM agg_quotes q
LEFT JOIN agg_quote_cuts c USING (corrected, dataset)
WHERE EXISTS (SELECT 1 FROM agg_quote_recut)
  AND q.cluster_key IN (SELECT cluster_key FROM agg_quote_leaders)
GROUP BY q.cluster_key
HAVING NOT bool_or(q.articles >= coalesce(c.cut, 1));

DELETE FROM agg_quote_leaders WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_fallen);
DELETE FROM agg_quote_firsts WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_fallen);
DELETE FROM agg_quote_facets WHERE cluster_key IN (SELECT cluster_key FROM agg_quote_fallen);
