-- outlet_stance.sql from agg_outlet_stances (stance/store/aggregates.py): outlets side by side,
-- the $limit that quote most, with their articles and sides.
SELECT
    outlet,
    sum(statements)::BIGINT AS statements,
    sum(articles)::BIGINT AS articles,
    sum(tighten)::BIGINT AS tighten,
    sum(ease)::BIGINT AS ease,
    sum(neutral)::BIGINT AS neutral
FROM agg_outlet_stance_cells($dataset, $corrected, $all_topics)
GROUP BY outlet
HAVING sum(statements) > 0
ORDER BY statements DESC, outlet
LIMIT $limit;
