-- stance_by_target.sql from agg_country (stance/store/aggregates.py): statements per
-- sanctioned country and side ('' for none).
SELECT
    coalesce(target, '') AS target,
    coalesce(sum(statements) FILTER (WHERE stance = 'tighten'), 0)::BIGINT AS tighten,
    coalesce(sum(statements) FILTER (WHERE stance = 'ease'), 0)::BIGINT AS ease,
    coalesce(sum(statements) FILTER (WHERE stance = 'neutral'), 0)::BIGINT AS neutral,
    sum(statements)::BIGINT AS total
FROM agg_country_cells($country, $target, $stance, $dataset, $corrected, $all_topics)
GROUP BY target
ORDER BY total DESC, target
LIMIT $limit;
