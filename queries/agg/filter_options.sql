-- filter_options.sql from agg_country and agg_outlets (stance/store/aggregates.py): the
-- sidebar's choices with their statement counts.
SELECT 'country' AS kind, country AS value, sum(statements)::BIGINT AS n
FROM agg_country_cells([], [], [], $dataset, $corrected, $all_topics)
WHERE country IS NOT NULL GROUP BY country
UNION ALL
SELECT 'target', target, sum(statements)::BIGINT
FROM agg_country_cells([], [], [], $dataset, $corrected, $all_topics)
WHERE target IS NOT NULL GROUP BY target
UNION ALL
SELECT 'outlet', outlet, sum(statements)::BIGINT
FROM agg_outlet_cells($dataset, $corrected, $all_topics)
WHERE outlet IS NOT NULL GROUP BY outlet
ORDER BY kind, n DESC, value;
