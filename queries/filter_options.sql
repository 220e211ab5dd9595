-- Values offered by the sidebar filters, with how many statements each has (all data).
SELECT 'country' AS kind, country AS value, count(*) AS n
FROM filtered_statements([], [], [], NULL, NULL, [], $dataset, $corrected, $all_topics)
WHERE country IS NOT NULL GROUP BY country
UNION ALL
SELECT 'target', target, count(*)
FROM filtered_statements([], [], [], NULL, NULL, [], $dataset, $corrected, $all_topics)
WHERE target IS NOT NULL GROUP BY target
UNION ALL
SELECT 'outlet', outlet, count(*)
FROM filtered_statements([], [], [], NULL, NULL, [], $dataset, $corrected, $all_topics)
WHERE outlet IS NOT NULL GROUP BY outlet
ORDER BY kind, n DESC, value;
