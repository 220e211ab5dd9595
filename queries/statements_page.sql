-- One page of the statement explorer. $search is an ILIKE pattern ('%' for everything) matched
-- against the sentence, speaker, title and outlet; $sort: date | speaker | country | stance |
-- target | outlet | confidence; $descending flips the order.
SELECT
    statement_id, article_id, published AS date, outlet, title, speaker, role, country,
    stance, stance_cue, target, quote_type, quote, sentence, confidence, corrected
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected)
WHERE $search = '%'
   OR sentence ILIKE $search ESCAPE '\'
   OR speaker ILIKE $search ESCAPE '\'
   OR title ILIKE $search ESCAPE '\'
   OR outlet ILIKE $search ESCAPE '\'
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
    published DESC NULLS LAST, article_id, start, statement_id
LIMIT $limit OFFSET $offset;
