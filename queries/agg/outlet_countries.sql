-- outlet_countries.sql from agg_outlets and the outlet x country rows of agg_outlet_voices
-- (stance/store/aggregates.py):
-- the $outlets_shown most-quoting outlets, each with its top $limit speaker countries.
WITH top_outlets AS (
    SELECT outlet
    FROM agg_outlet_cells($dataset, $corrected, $all_topics)
    WHERE outlet IS NOT NULL
    GROUP BY outlet
    ORDER BY sum(statements) DESC, outlet
    LIMIT $outlets_shown
), cells AS (
    SELECT
        c.outlet, c.country,
        sum(c.statements)::BIGINT AS statements,
        sum(c.tighten)::BIGINT AS tighten,
        sum(c.ease)::BIGINT AS ease,
        sum(c.neutral)::BIGINT AS neutral
    FROM agg_outlet_country_cells($dataset, $corrected, $all_topics) c
    SEMI JOIN top_outlets t ON t.outlet = c.outlet
    GROUP BY c.outlet, c.country
)
SELECT *
FROM cells
QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY statements DESC, country) <= $limit
ORDER BY outlet, statements DESC, country;
