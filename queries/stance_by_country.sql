-- Statements per speaker country and stance (the diverging bar). Unknown countries are left out.
SELECT
    country,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral,
    count(*) AS total
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE country IS NOT NULL
GROUP BY country
ORDER BY tighten + ease DESC, total DESC, country
LIMIT $limit;
