-- Whose voices each outlet quotes most: per outlet, its $limit most-quoted speakers (people,
-- governments, bodies) with their country and stance mix.
WITH counted AS (
    SELECT
        outlet, speaker, mode(country) AS country,
        count(*) AS statements,
        count(*) FILTER (WHERE stance = 'tighten') AS tighten,
        count(*) FILTER (WHERE stance = 'ease') AS ease
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE outlet IS NOT NULL AND speaker IS NOT NULL
    GROUP BY outlet, speaker
)
SELECT outlet, speaker, country, statements, tighten, ease
FROM counted
QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY statements DESC, speaker) <= $limit
ORDER BY outlet, statements DESC, speaker;
