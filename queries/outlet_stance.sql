-- Outlets side by side: how many statements each quotes and the share that argue to tighten,
-- to ease or neither; the $limit outlets that quote most (articles counted on 64-bit keys).
SELECT
    outlet,
    count(*) AS statements,
    count(DISTINCT article_key) AS articles,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics)
WHERE outlet IS NOT NULL
GROUP BY outlet
ORDER BY statements DESC, outlet
LIMIT $limit;
