-- outlet_stance.sql from the outlets of agg_subjects (stance/store/aggregates.py): outlets side by side,
-- the $limit that quote most, with their articles and sides.
SELECT
    subject AS outlet,
    sum(statements)::BIGINT AS statements,
    sum(articles)::BIGINT AS articles,
    sum(tighten)::BIGINT AS tighten,
    sum(ease)::BIGINT AS ease,
    sum(neutral)::BIGINT AS neutral
FROM agg_subject_cells('outlet', $dataset, $corrected, $all_topics)
GROUP BY subject
HAVING sum(statements) > 0
ORDER BY statements DESC, outlet
LIMIT $limit;
