-- stance_by_country.sql from the aggregates (stance/store/aggregates.py): statements per speaker
-- country and side, from agg_country, or under a range of whole months from agg_country_month
-- (by country and month, not target: the router sends a target with dates to the statements);
-- unknown countries are left out.
WITH cells AS (
    SELECT country, stance, statements
    FROM agg_country_cells($country, $target, $stance, $dataset, $corrected, $all_topics)
    WHERE $from IS NULL AND $to IS NULL
    UNION ALL
    SELECT country, stance, statements
    FROM agg_country_month_cells($country, $stance, $from, $to, $dataset, $corrected,
                                 $all_topics)
    WHERE $from IS NOT NULL OR $to IS NOT NULL
)
SELECT
    country,
    coalesce(sum(statements) FILTER (WHERE stance = 'tighten'), 0)::BIGINT AS tighten,
    coalesce(sum(statements) FILTER (WHERE stance = 'ease'), 0)::BIGINT AS ease,
    coalesce(sum(statements) FILTER (WHERE stance = 'neutral'), 0)::BIGINT AS neutral,
    sum(statements)::BIGINT AS total
FROM cells
WHERE country IS NOT NULL
GROUP BY country
ORDER BY tighten + ease DESC, total DESC, country
LIMIT $limit;
