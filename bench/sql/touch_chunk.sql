-- Benchmark data: the chunk's articles are the ones its load touched, and its quotes and
-- person names the ones it wrote (as a real load records them, stance/store/touched.py), so
-- the refresh adds them to the aggregates instead of counting every article again, and the
-- clustering and name resolution look at them only.
INSERT INTO touched_articles
SELECT left(sha256(text), 16) FROM chunk_texts;
INSERT INTO touched_quotes
SELECT quote_norm FROM chunk_rows WHERE quote_norm IS NOT NULL;
INSERT INTO touched_people
SELECT speaker, official_id, country
FROM chunk_rows
WHERE speaker_type = 'person' AND speaker IS NOT NULL;
