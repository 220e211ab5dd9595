-- Who speaks: people, governments and organisations, with their stance mix.
-- Fast at 1M statements (bench/README.md): speakers are counted on 64-bit hashes of the
-- strings (collisions ~1e-8); the ranking is by statements first, so a plain count finds the
-- speakers that can make the top $limit (as many statements as the $limit-th, ties included),
-- and only those get the costly parts: distinct articles, role and country (mode), stances.
WITH counted AS (
    SELECT hash(speaker) AS who, count(*) AS statements
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE speaker IS NOT NULL
    GROUP BY hash(speaker)
), shortlist AS (
    SELECT who
    FROM counted
    WHERE statements >= (SELECT min(statements)
                         FROM (SELECT statements FROM counted
                               ORDER BY statements DESC LIMIT $limit))
)
SELECT
    any_value(f.speaker) AS speaker,
    any_value(f.speaker_type) AS speaker_type,
    most_common(histogram(f.role)) AS role,
    most_common(histogram(f.country)) AS country,
    count(*) AS statements,
    count(DISTINCT f.article_key) AS articles,
    count(*) FILTER (WHERE f.stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE f.stance = 'ease') AS ease,
    count(*) FILTER (WHERE f.stance = 'neutral') AS neutral
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics) f
SEMI JOIN shortlist s ON s.who = hash(f.speaker)
-- `article_key IS NOT NULL` is always true: a predicate of its own keeps DuckDB from sharing
-- this scan with the one in `counted`, which it would materialise in full (40 ms at 1M).
WHERE f.speaker IS NOT NULL AND f.article_key IS NOT NULL
GROUP BY hash(f.speaker)
ORDER BY statements DESC, articles DESC, speaker
LIMIT $limit;
