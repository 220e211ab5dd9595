-- One statement ($statement_id) with its evidence and article, whatever the filters
-- (a link to a statement keeps working when the filters change).
SELECT
    statement_id, article_id, published, outlet, title, url, dataset, speaker, speaker_type,
    role, country, stance, stance_cue, target, quote_type, quote, sentence, start, "end",
    confidence, corrected, origin, extractor_version
FROM filtered_statements([], [], [], NULL, NULL, [],
                         (SELECT list(dataset) FROM articles WHERE article_id IN
                             (SELECT article_id FROM statements
                              WHERE statement_id = $statement_id)),
                         $corrected)
WHERE statement_id = $statement_id
LIMIT 1;
