-- Benchmark data: each article's text is its title and its statements' sentences, so the
-- statements' start/end offsets point at their sentence exactly as in a real extraction.
CREATE OR REPLACE TEMP TABLE chunk_texts AS
WITH heads AS (
    SELECT a.art, o.outlet, d.dataset, d.kind, $first_day::DATE + a.day AS published,
           o.outlet || ': the sanctions debate, report ' || (a.art + 1) AS title
    FROM chunk_articles a
    JOIN bench_outlets o ON o.idx = a.outlet
    JOIN bench_datasets d ON d.idx = a.dataset
), bodies AS (
    SELECT art, string_agg(sentence, ' ' ORDER BY pos) AS body
    FROM chunk_rows
    GROUP BY art
)
, texts AS (
    SELECT h.*, h.title || chr(10) || chr(10)
                || coalesce(b.body, 'No one was quoted in this report.') AS text
    FROM heads h
    LEFT JOIN bodies b USING (art)
)
-- each text hashed once: its sha256 and the article id (its first 16 characters) that the
-- inserts and the record of what the chunk wrote (chunk_as_new_frames.sql) read
SELECT *, left(sha, 16) AS article_id
FROM (SELECT *, sha256(text) AS sha FROM texts);
