-- The statements of a view for download (CSV / Parquet): the sidebar filters, the explorer's
-- search ($search, an ILIKE pattern, '%' for all) and least confidence ($min_confidence),
-- newest first, capped at $limit rows. A corrected row carries the machine's labels beside the
-- labels shown (the corrected ones, unless the machine labels were asked for).
-- Two steps, as statements_page.sql (bench/README.md): the rows are picked on their sort keys
-- alone, then only those rows are read in full, by position (wide_row); sorting the full rows
-- took 0.8 s at 10M statements for the first 25 (5.3 s for the page's 250,000). Rows of one
-- date follow their article's 64-bit key, as on the Statements page; rows that tie on date,
-- article and start keep their order in the table.
WITH chosen AS (
    SELECT wide_row, published, article_key, start
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE explorer_match(sentence, speaker, title, outlet, confidence, $search,
                         $min_confidence)
    ORDER BY published DESC NULLS LAST, article_key, start, wide_row
    LIMIT $limit
)
SELECT
    f.statement_id, f.article_id, f.published AS date, f.date_precision, f.outlet, f.title,
    f.url, f.dataset, f.speaker, f.speaker_type, f.role, f.country, f.target, f.stance,
    f.stance_cue, f.confidence, f.quote_type, f.quote, f.sentence, f.start, f."end",
    f.corrected, f.machine_speaker, f.machine_country, f.machine_stance, f.machine_target,
    f.origin, f.extractor_version
FROM chosen c
JOIN filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics) f USING (wide_row)
ORDER BY c.published DESC NULLS LAST, c.article_key, c.start, c.wide_row;
