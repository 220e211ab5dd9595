-- stance_over_time.sql from the aggregates (stance/store/aggregates.py), for monthly, quarterly
-- and yearly timelines and whole-month date ranges: from agg_month, or under a speaker country
-- from agg_country_month (by country, not target: the router sends both to the statements).
WITH cells AS (
    SELECT month, date_precision, stance, statements
    FROM agg_month_cells($target, $stance, $from, $to, $dataset, $corrected, $all_topics)
    WHERE len($country) = 0
    UNION ALL
    SELECT month, date_precision, stance, statements
    FROM agg_country_month_cells($country, $stance, $from, $to, $dataset, $corrected,
                                 $all_topics)
    WHERE len($country) > 0
)
SELECT
    date_trunc($period, month)::DATE AS period,
    coalesce(sum(statements) FILTER (WHERE stance = 'tighten'), 0)::BIGINT AS tighten,
    coalesce(sum(statements) FILTER (WHERE stance = 'ease'), 0)::BIGINT AS ease,
    coalesce(sum(statements) FILTER (WHERE stance = 'neutral'), 0)::BIGINT AS neutral,
    sum(statements)::BIGINT AS total
FROM cells
WHERE month IS NOT NULL
  AND drawn_by(date_precision, $period)
GROUP BY period
ORDER BY period
LIMIT $limit;
