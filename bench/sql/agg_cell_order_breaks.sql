-- Test check (tests/store/test_aggregates.py), not app SQL: rows of the machine labels stored
-- after a row that sorts later, in each of the four aggregates a rebuild writes in order
-- (queries/store/agg_fill.sql): three in the order of their cells, the article list in date
-- order (undated first), then cell. 0 when each is in its order.
WITH stored AS (
    SELECT 'agg_facets' AS name, rowid AS stored_row, NULL::DATE AS day, cell
    FROM agg_facets WHERE NOT corrected
    UNION ALL
    SELECT 'agg_outlet_voices', rowid, NULL, cell FROM agg_outlet_voices WHERE NOT corrected
    UNION ALL
    SELECT 'agg_quotes', rowid, NULL, cell FROM agg_quotes WHERE NOT corrected
    UNION ALL
    SELECT 'agg_article_list', rowid, coalesce(published, DATE '0001-01-01'), cell
    FROM agg_article_list WHERE NOT corrected
), stepped AS (
    SELECT name, row(day, cell) < lag(row(day, cell)) OVER (PARTITION BY name ORDER BY stored_row)
               AS back
    FROM stored
)
SELECT name, count(*) FILTER (WHERE back) AS breaks
FROM stepped
GROUP BY name
ORDER BY name;
