-- Every statement of one article ($article), whatever the sidebar filters, in text order.
-- Found on article_key, the id's 64-bit hash, first: statements_wide is kept in country order
-- (store/wide_rebuild.sql), so an article's rows are apart and scanning the id strings of
-- every row took 100 ms at 10M statements (35 ms on the integers).
SELECT
    statement_id, speaker, speaker_type, role, country, stance, stance_cue, target,
    quote_type, quote, sentence, start, "end", confidence, on_topic, corrected
FROM filtered_statements([], [], [], NULL, NULL, [],
                         (SELECT list(dataset) FROM datasets),  -- hidden ones too, by name
                         $corrected, true)  -- off-topic statements too
WHERE article_key = hash($article) AND article_id = $article
ORDER BY start, "end", speaker
LIMIT 2000;
