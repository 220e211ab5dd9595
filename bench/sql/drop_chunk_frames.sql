-- Benchmark data: the chunk's views of chunk_as_new_frames.sql, once its load is recorded.
DROP VIEW new_articles;
DROP VIEW new_statements;
