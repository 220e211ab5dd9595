-- The most-quoted people: statements, articles they appear in, and their stance mix.
SELECT
    speaker,
    any_value(role) AS role,
    mode(country) AS country,
    count(*) AS statements,
    count(DISTINCT article_id) AS articles,
    count(DISTINCT outlet) AS outlets,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected)
WHERE speaker_type = 'person'
GROUP BY speaker
ORDER BY articles DESC, statements DESC, speaker
LIMIT $limit;
