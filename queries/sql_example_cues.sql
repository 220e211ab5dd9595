-- Example: the cue words behind each stance, most frequent first
SELECT stance, stance_cue, count(*) AS statements
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE stance_cue IS NOT NULL
GROUP BY stance, stance_cue
ORDER BY statements DESC, stance, stance_cue
LIMIT $limit;
