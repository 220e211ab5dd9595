-- stance_by_country.sql from agg_country (stance/store/aggregates.py): statements per speaker
-- country and side; unknown countries are left out.
SELECT
    country,
    coalesce(sum(statements) FILTER (WHERE stance = 'tighten'), 0)::BIGINT AS tighten,
    coalesce(sum(statements) FILTER (WHERE stance = 'ease'), 0)::BIGINT AS ease,
    coalesce(sum(statements) FILTER (WHERE stance = 'neutral'), 0)::BIGINT AS neutral,
    sum(statements)::BIGINT AS total
FROM agg_country_cells($country, $target, $stance, $dataset, $corrected, $all_topics)
WHERE country IS NOT NULL
GROUP BY country
ORDER BY tighten + ease DESC, total DESC, country
LIMIT $limit;
