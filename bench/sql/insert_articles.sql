-- Benchmark data: the chunk's articles through the project's schema.
INSERT INTO articles BY NAME
SELECT article_id, dataset, 'report-' || (art + 1) || '.txt' AS name,
       outlet AS source, title, 'https://example.org/report/' || (art + 1) AS url, published,
       NULL AS author, NULL AS author_country, text, sha AS sha256, $stamp AS ingested_at
FROM chunk_texts;
