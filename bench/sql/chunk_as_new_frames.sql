-- Benchmark data: the chunk's articles and statements under the names a real load registers
-- its frames with (stance/store/db.py), so the generator records what it wrote through the
-- app's own query (queries/store/touch_new_frames.sql: the articles the refresh adds to the
-- aggregates, the quotes the clustering looks at, the person names to resolve). Dropped by
-- drop_chunk_frames.sql before a real load could register frames of those names.
CREATE OR REPLACE TEMP VIEW new_articles AS
SELECT article_id FROM chunk_texts;
CREATE OR REPLACE TEMP VIEW new_statements AS
SELECT t.article_id, r.quote_norm, r.speaker_type, r.speaker,
       r.official_id, r.country
FROM chunk_rows r
JOIN chunk_texts t USING (art);
