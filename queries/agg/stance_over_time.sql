-- stance_over_time.sql from agg_month (stance/store/aggregates.py), for monthly, quarterly and
-- yearly timelines and whole-month date ranges.
SELECT
    date_trunc($period, month)::DATE AS period,
    coalesce(sum(statements) FILTER (WHERE stance = 'tighten'), 0)::BIGINT AS tighten,
    coalesce(sum(statements) FILTER (WHERE stance = 'ease'), 0)::BIGINT AS ease,
    coalesce(sum(statements) FILTER (WHERE stance = 'neutral'), 0)::BIGINT AS neutral,
    sum(statements)::BIGINT AS total
FROM agg_month_cells($target, $stance, $from, $to, $dataset, $corrected, $all_topics)
WHERE month IS NOT NULL
  AND drawn_by(date_precision, $period)
GROUP BY period
ORDER BY period
LIMIT $limit;
