-- One statement ($statement_id) with its evidence and article, whatever the filters
-- (a link to a statement keeps working when the filters change).
SELECT
    statement_id, article_id, published, date_precision, outlet, title, url, dataset, speaker, speaker_type,
    role, country, stance, stance_cue, target, quote_type, quote, sentence, start, "end",
    confidence, on_topic, corrected, origin, extractor_version
FROM filtered_statements([], [], [], NULL, NULL, [],
                         (SELECT list(dataset) FROM datasets),  -- hidden ones too, by name
                         $corrected, true)  -- off-topic statements too
WHERE statement_id = $statement_id
LIMIT 1;
