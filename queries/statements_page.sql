-- One page of the statement explorer. $search is an ILIKE pattern ('%' for everything) matched
-- against the sentence, speaker, title and outlet; $sort: date | speaker | country | stance |
-- target | outlet | confidence; $descending flips the order; $min_confidence (0-1) leaves out
-- statements the extractor was less sure of.
-- Two steps (bench/README.md): the page's rows are picked on their sort keys alone, then only
-- those rows are read in full, by position (wide_row); sorting the full rows of 1M statements
-- took a second. Rows of one date follow their article's 64-bit key (article_key; the ids are
-- hashes too, so no order a reader relies on is lost), and rows that tie on date, article and
-- start keep their order in the table (wide_row): reading every statement id as the last sort
-- key took 110 ms of 280 at 10M, every article id 90 ms of 240 (bench/README.md, item 29).
WITH keyed AS (
    SELECT
        wide_row, published, article_key, start,
        CASE WHEN $sort = 'date' AND NOT $descending THEN published END AS date_up,
        CASE WHEN $sort = 'date' AND $descending THEN published END AS date_down,
        CASE WHEN $sort = 'confidence' AND NOT $descending THEN confidence END AS confidence_up,
        CASE WHEN $sort = 'confidence' AND $descending THEN confidence END AS confidence_down,
        CASE WHEN NOT $descending THEN CASE $sort
            WHEN 'speaker' THEN speaker WHEN 'country' THEN country WHEN 'stance' THEN stance
            WHEN 'target' THEN target WHEN 'outlet' THEN outlet END END AS text_up,
        CASE WHEN $descending THEN CASE $sort
            WHEN 'speaker' THEN speaker WHEN 'country' THEN country WHEN 'stance' THEN stance
            WHEN 'target' THEN target WHEN 'outlet' THEN outlet END END AS text_down
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE explorer_match(sentence, speaker, title, outlet, confidence, $search,
                         $min_confidence)
), page AS (
    SELECT *
    FROM keyed
    ORDER BY date_up ASC NULLS LAST, date_down DESC NULLS LAST,
             confidence_up ASC NULLS LAST, confidence_down DESC NULLS LAST,
             text_up ASC NULLS LAST, text_down DESC NULLS LAST,
             published DESC NULLS LAST, article_key, start, wide_row
    LIMIT $limit OFFSET $offset
)
SELECT
    f.statement_id, f.article_id, f.published AS date, f.date_precision, f.outlet, f.title, f.speaker, f.role,
    f.country, f.stance, f.stance_cue, f.target, f.quote_type, f.quote, f.sentence, f.confidence,
    f.on_topic, f.corrected
FROM page p
JOIN filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics) f USING (wide_row)
ORDER BY p.date_up ASC NULLS LAST, p.date_down DESC NULLS LAST,
         p.confidence_up ASC NULLS LAST, p.confidence_down DESC NULLS LAST,
         p.text_up ASC NULLS LAST, p.text_down DESC NULLS LAST,
         p.published DESC NULLS LAST, p.article_key, p.start, p.wide_row;
