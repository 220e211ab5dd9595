-- How many statements the explorer's filters, search ($search, an ILIKE pattern) and least
-- confidence ($min_confidence) match.
SELECT count(*) AS statements
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE explorer_match(sentence, speaker, title, outlet, confidence, $search,
                     $min_confidence);
