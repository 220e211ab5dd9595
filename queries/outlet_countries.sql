-- Whose countries each outlet quotes: statements per outlet and speaker country, with the
-- stance mix, for the $outlets_shown most-quoting outlets and each one's top $limit countries.
WITH top_outlets AS (
    SELECT outlet
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE outlet IS NOT NULL
    GROUP BY outlet
    ORDER BY count(*) DESC, outlet
    LIMIT $outlets_shown
), cells AS (
    SELECT
        f.outlet, f.country,
        count(*) AS statements,
        count(*) FILTER (WHERE f.stance = 'tighten') AS tighten,
        count(*) FILTER (WHERE f.stance = 'ease') AS ease,
        count(*) FILTER (WHERE f.stance = 'neutral') AS neutral
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics) f
    SEMI JOIN top_outlets t ON t.outlet = f.outlet
    WHERE f.country IS NOT NULL
    GROUP BY f.outlet, f.country
)
SELECT *
FROM cells
QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY statements DESC, country) <= $limit
ORDER BY outlet, statements DESC, country;
