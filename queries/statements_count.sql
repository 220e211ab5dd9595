-- How many statements the explorer's filters, search ($search, an ILIKE pattern) and least
-- confidence ($min_confidence) match.
SELECT count(*) AS statements
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE coalesce(confidence, 1.0) >= $min_confidence  -- coded statements: no confidence
  AND ($search = '%'
       OR sentence ILIKE $search ESCAPE '\'
       OR speaker ILIKE $search ESCAPE '\'
       OR title ILIKE $search ESCAPE '\'
       OR outlet ILIKE $search ESCAPE '\');
