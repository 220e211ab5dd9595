-- Test check (tests/store/test_rewritten_queries.py), not app SQL: queries/export_statements.sql
-- in one step, the full rows sorted (the oracle of its two steps).
SELECT
    statement_id, article_id, published AS date, date_precision, outlet, title, url, dataset,
    speaker, speaker_type, role, country, target, stance, stance_cue, confidence,
    quote_type, quote, sentence, start, "end", corrected,
    machine_speaker, machine_country, machine_stance, machine_target,
    origin, extractor_version
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                         $corrected, $all_topics)
WHERE explorer_match(sentence, speaker, title, outlet, confidence, $search,
                     $min_confidence)
ORDER BY published DESC NULLS LAST, article_key, start, wide_row
LIMIT $limit;
