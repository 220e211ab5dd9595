-- The most-quoted people: statements, articles they appear in, and their stance mix.
-- Grouped and counted on 64-bit hashes of the strings (bench/README.md: about twice as fast as
-- string keys at 1M statements; collisions ~1e-8).
SELECT
    any_value(speaker) AS speaker,
    any_value(role) AS role,
    mode(country) AS country,
    count(*) AS statements,
    count(DISTINCT hash(article_id)) AS articles,
    count(DISTINCT outlet) AS outlets,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected)
WHERE speaker_type = 'person'
GROUP BY hash(speaker)
ORDER BY articles DESC, statements DESC, speaker
LIMIT $limit;
