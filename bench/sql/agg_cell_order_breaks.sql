-- Test check (tests/store/test_aggregates.py), not app SQL: rows of the machine labels stored
-- after a row with a larger cell, in each of the four aggregates a rebuild writes in the order
-- of their cells (queries/store/agg_fill.sql). 0 when each is in cell order.
WITH stored AS (
    SELECT 'agg_facets' AS name, rowid AS stored_row, cell FROM agg_facets WHERE NOT corrected
    UNION ALL
    SELECT 'agg_outlet_voices', rowid, cell FROM agg_outlet_voices WHERE NOT corrected
    UNION ALL
    SELECT 'agg_quotes', rowid, cell FROM agg_quotes WHERE NOT corrected
    UNION ALL
    SELECT 'agg_article_list', rowid, cell FROM agg_article_list WHERE NOT corrected
), stepped AS (
    SELECT name, cell < lag(cell) OVER (PARTITION BY name ORDER BY stored_row) AS back
    FROM stored
)
SELECT name, count(*) FILTER (WHERE back) AS breaks
FROM stepped
GROUP BY name
ORDER BY name;
