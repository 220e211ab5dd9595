-- officials_count.sql from agg_subjects (stance/store/aggregates.py).
SELECT count(DISTINCT subject) AS officials
FROM agg_subject_cells('speaker', $dataset, $corrected, $all_topics)
WHERE subject_type = 'person';
