-- How many officials (people) are quoted under the filters (for the table's pages).
SELECT count(DISTINCT speaker) AS officials
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE speaker_type = 'person' AND speaker IS NOT NULL;
