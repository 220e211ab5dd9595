-- officials_count.sql from agg_people (stance/store/aggregates.py).
SELECT count(DISTINCT speaker) AS officials
FROM agg_people_cells($dataset, $corrected, $all_topics)
WHERE speaker_type = 'person';
