-- Every statement of one article ($article), whatever the sidebar filters, in text order.
SELECT
    statement_id, speaker, speaker_type, role, country, stance, stance_cue, target,
    quote_type, quote, sentence, start, "end", confidence, on_topic, corrected
FROM filtered_statements([], [], [], NULL, NULL, [],
                         (SELECT list(dataset) FROM datasets),  -- hidden ones too, by name
                         $corrected, true)  -- off-topic statements too
WHERE article_id = $article
ORDER BY start, "end", speaker
LIMIT 2000;
