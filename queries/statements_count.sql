-- How many statements the explorer's filters and search ($search, an ILIKE pattern) match.
SELECT count(*) AS statements
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected)
WHERE $search = '%'
   OR sentence ILIKE $search ESCAPE '\'
   OR speaker ILIKE $search ESCAPE '\'
   OR title ILIKE $search ESCAPE '\'
   OR outlet ILIKE $search ESCAPE '\';
