-- Benchmark data: the chunk's articles are the ones its load touched (as a real load records
-- them, stance/store/touched.py), so the refresh adds them to the aggregates instead of
-- counting every article again.
INSERT INTO touched_articles
SELECT left(sha256(text), 16) FROM chunk_texts;
