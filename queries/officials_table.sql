-- Officials (people) with role, country, stance mix and reach: one page of the table.
-- $sort: articles | statements | outlets | tighten | ease | neutral | name.
-- Grouped and counted on 64-bit hashes of the strings (bench/README.md: about twice as fast as
-- string keys at 1M statements; collisions ~1e-8).
WITH people AS (
    SELECT
        any_value(speaker) AS speaker,
        mode(role) AS role,
        mode(country) AS country,
        count(*) AS statements,
        count(DISTINCT hash(article_id)) AS articles,
        count(DISTINCT outlet) AS outlets,
        count(*) FILTER (WHERE stance = 'tighten') AS tighten,
        count(*) FILTER (WHERE stance = 'ease') AS ease,
        count(*) FILTER (WHERE stance = 'neutral') AS neutral,
        min(published) AS first_seen,
        max(published) AS last_seen
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected)
    WHERE speaker_type = 'person' AND speaker IS NOT NULL
    GROUP BY hash(speaker)
)
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
LIMIT $limit OFFSET $offset;
