-- Whose voices each outlet quotes most: per outlet, its $limit most-quoted speakers (people,
-- governments, bodies) with their country and stance mix. The country is the speaker's most
-- frequent in that outlet, ties to the first in sort order (as its twin reads it): counted per
-- country first, then per speaker, which also costs less than mode() over every statement.
WITH by_country AS (
    SELECT
        outlet, speaker, country,
        count(*) AS statements,
        count(*) FILTER (WHERE stance = 'tighten') AS tighten,
        count(*) FILTER (WHERE stance = 'ease') AS ease
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE outlet IS NOT NULL AND speaker IS NOT NULL
    GROUP BY outlet, speaker, country
), counted AS (
    SELECT
        outlet, speaker,
        most_common(map(list(country) FILTER (WHERE country IS NOT NULL),
                        list(statements) FILTER (WHERE country IS NOT NULL))) AS country,
        sum(statements)::BIGINT AS statements, sum(tighten)::BIGINT AS tighten,
        sum(ease)::BIGINT AS ease
    FROM by_country
    GROUP BY outlet, speaker
)
SELECT outlet, speaker, country, statements, tighten, ease
FROM counted
QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY statements DESC, speaker) <= $limit
ORDER BY outlet, statements DESC, speaker;
