-- Example: statements per speaker country and stance, under the sidebar filters
-- $country, $stance... are the sidebar's filters; [] means "all".
SELECT
    country,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral,
    count(*) AS statements
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
GROUP BY country
ORDER BY statements DESC, country
LIMIT $limit;
