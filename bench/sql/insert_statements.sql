-- Benchmark data: the chunk's statements, with sentence offsets and the real id recipe
-- (statement_id() is stance.models.statement_id, registered by bench/generate.py).
INSERT INTO statements BY NAME
WITH placed AS (
    SELECT r.*, t.kind, t.sha, t.article_id,
           length(t.title) + 2 + coalesce(sum(length(r.sentence) + 1) OVER (
               PARTITION BY r.art ORDER BY r.pos
               ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS start
    FROM chunk_rows r
    JOIN chunk_texts t USING (art)
)
SELECT statement_id(sha, start::BIGINT, (start + length(sentence))::BIGINT, speaker)
           AS statement_id,
       article_id, speaker, speaker_type, official_id, country, role,
       quote_type, quote, quote_norm, sentence, start, start + length(sentence) AS "end",
       stance, stance_cue, confidence, target,
       CASE WHEN kind = 'coded_statements' THEN NULL ELSE 'bench-synthetic' END
           AS extractor_version,
       CASE WHEN kind = 'coded_statements' THEN 'human' ELSE 'machine' END AS origin
FROM placed;
