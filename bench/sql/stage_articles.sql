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
SELECT h.*, h.title || chr(10) || chr(10)
            || coalesce(b.body, 'No one was quoted in this report.') AS text
FROM heads h
LEFT JOIN bodies b USING (art);
