-- Statements per sanctioned target and stance (whose sanctions the speakers talk about).
SELECT
    coalesce(target, '') AS target,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral,
    count(*) AS total
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
GROUP BY target
ORDER BY total DESC, target
LIMIT $limit;
