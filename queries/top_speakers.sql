-- Who speaks: people, governments and organisations, with their stance mix.
SELECT
    speaker,
    any_value(speaker_type) AS speaker_type,
    mode(role) AS role,
    mode(country) AS country,
    count(*) AS statements,
    count(DISTINCT article_id) AS articles,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected)
WHERE speaker IS NOT NULL
GROUP BY speaker
ORDER BY statements DESC, articles DESC, speaker
LIMIT $limit;
