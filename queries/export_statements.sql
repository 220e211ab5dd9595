-- The filtered statements for download (CSV / Parquet), newest first, capped at $limit rows.
SELECT
    statement_id, article_id, published AS date, date_precision, outlet, title, url, dataset,
    speaker, speaker_type, role, country, target, stance, stance_cue, confidence,
    quote_type, quote, sentence, start, "end", corrected, origin, extractor_version
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
ORDER BY published DESC NULLS LAST, article_id, start
LIMIT $limit;
