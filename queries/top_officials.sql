-- The most-quoted people: statements, articles they appear in, and their stance mix, ranked
-- by $rank: statements (how often quoted) or articles (in how many articles).
-- Fast at 1M statements (bench/README.md): people are ranked on counts over 64-bit hashes of
-- the strings (collisions ~1e-8), and role and country (the most frequent), outlets and
-- stances are read for the top $limit only (mode() over every speaker was half the time).
WITH ranked AS (
    SELECT
        hash(speaker) AS who,
        any_value(speaker) AS speaker,
        count(*) AS statements,
        count(DISTINCT article_key) AS articles
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE speaker_type = 'person'
    GROUP BY hash(speaker)
    ORDER BY CASE WHEN $rank = 'articles' THEN articles ELSE statements END DESC,
             statements DESC, articles DESC, speaker
    LIMIT $limit
)
SELECT
    any_value(r.speaker) AS speaker,
    most_common(histogram(f.role)) AS role,
    most_common(histogram(f.country)) AS country,
    any_value(r.statements) AS statements,
    any_value(r.articles) AS articles,
    count(DISTINCT f.outlet) AS outlets,
    count(*) FILTER (WHERE f.stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE f.stance = 'ease') AS ease,
    count(*) FILTER (WHERE f.stance = 'neutral') AS neutral
FROM ranked r
JOIN filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics) f ON hash(f.speaker) = r.who
WHERE f.speaker_type = 'person'
GROUP BY r.who
ORDER BY CASE WHEN $rank = 'articles' THEN any_value(r.articles)
              ELSE any_value(r.statements) END DESC,
         any_value(r.statements) DESC, any_value(r.articles) DESC, any_value(r.speaker);
