-- Test check (tests/store/test_rewritten_queries.py), not app SQL: queries/statements_page.sql
-- in one step, the full rows sorted (the oracle of its two steps).
SELECT
    statement_id, article_id, published AS date, date_precision, outlet, title, speaker, role,
    country, stance, stance_cue, target, quote_type, quote, sentence, confidence, on_topic,
    corrected
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics)
WHERE explorer_match(sentence, speaker, title, outlet, confidence, $search, $min_confidence)
ORDER BY
    CASE WHEN $sort = 'date' AND NOT $descending THEN published END ASC NULLS LAST,
    CASE WHEN $sort = 'date' AND $descending THEN published END DESC NULLS LAST,
    CASE WHEN $sort = 'confidence' AND NOT $descending THEN confidence END ASC NULLS LAST,
    CASE WHEN $sort = 'confidence' AND $descending THEN confidence END DESC NULLS LAST,
    CASE WHEN NOT $descending THEN CASE $sort
        WHEN 'speaker' THEN speaker WHEN 'country' THEN country WHEN 'stance' THEN stance
        WHEN 'target' THEN target WHEN 'outlet' THEN outlet END END ASC NULLS LAST,
    CASE WHEN $descending THEN CASE $sort
        WHEN 'speaker' THEN speaker WHEN 'country' THEN country WHEN 'stance' THEN stance
        WHEN 'target' THEN target WHEN 'outlet' THEN outlet END END DESC NULLS LAST,
    published DESC NULLS LAST, article_key, start, wide_row
LIMIT $limit OFFSET $offset;
