-- Officials (people) with role, country, stance mix and reach: one page of the table.
-- $sort: articles | statements | outlets | tighten | ease | neutral | name.
-- Fast at 1M statements (bench/README.md): people are ranked on counts over 64-bit hashes of
-- the strings (collisions ~1e-8); role, country and first/last dates (mode() and min/max over
-- every speaker were half the time) are read for the page's rows only.
WITH people AS (
    SELECT
        hash(speaker) AS who,
        any_value(speaker) AS speaker,
        count(*) AS statements,
        count(DISTINCT article_key) AS articles,
        count(DISTINCT outlet) AS outlets,
        count(*) FILTER (WHERE stance = 'tighten') AS tighten,
        count(*) FILTER (WHERE stance = 'ease') AS ease,
        count(*) FILTER (WHERE stance = 'neutral') AS neutral
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE speaker_type = 'person' AND speaker IS NOT NULL
    GROUP BY hash(speaker)
), page AS (
    SELECT *
    FROM people
    ORDER BY
        CASE WHEN $sort = 'name' THEN speaker END ASC,
        CASE $sort
            WHEN 'statements' THEN statements WHEN 'outlets' THEN outlets
            WHEN 'tighten' THEN tighten WHEN 'ease' THEN ease WHEN 'neutral' THEN neutral
            ELSE articles
        END DESC,
        statements DESC, speaker
    LIMIT $limit OFFSET $offset
), details AS (
    SELECT
        p.who,
        most_common(histogram(f.role)) AS role,
        most_common(histogram(f.country)) AS country,
        min(f.published) AS first_seen,
        max(f.published) AS last_seen,
        arg_min(f.date_precision, f.published) AS first_precision,
        arg_max(f.date_precision, f.published) AS last_precision
    FROM page p
    JOIN filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics) f ON hash(f.speaker) = p.who
    WHERE f.speaker_type = 'person'
    GROUP BY p.who
)
SELECT
    p.speaker, d.role, d.country, p.statements, p.articles, p.outlets, p.tighten, p.ease,
    p.neutral, d.first_seen, d.last_seen, d.first_precision, d.last_precision
FROM page p
JOIN details d USING (who)
ORDER BY
    CASE WHEN $sort = 'name' THEN p.speaker END ASC,
    CASE $sort
        WHEN 'statements' THEN p.statements WHEN 'outlets' THEN p.outlets
        WHEN 'tighten' THEN p.tighten WHEN 'ease' THEN p.ease WHEN 'neutral' THEN p.neutral
        ELSE p.articles
    END DESC,
    p.statements DESC, p.speaker;
