-- The statements of a view for download (CSV / Parquet): the sidebar filters, the explorer's
-- search ($search, an ILIKE pattern, '%' for all) and least confidence ($min_confidence),
-- newest first, capped at $limit rows. A corrected row carries the machine's labels beside the
-- labels shown (the corrected ones, unless the machine labels were asked for).
SELECT
    statement_id, article_id, published AS date, date_precision, outlet, title, url, dataset,
    speaker, speaker_type, role, country, target, stance, stance_cue, confidence,
    quote_type, quote, sentence, start, "end", corrected,
    machine_speaker, machine_country, machine_stance, machine_target,
    origin, extractor_version
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE explorer_match(sentence, speaker, title, outlet, confidence, $search,
                     $min_confidence)
ORDER BY published DESC NULLS LAST, article_id, start
LIMIT $limit;
