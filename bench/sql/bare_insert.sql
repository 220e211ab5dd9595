-- Benchmark baseline (bench/run.py bench_write), not app SQL: the registered rows of one
-- article written as they are, with none of a load's work (no duplicate checks, quote
-- clustering or statements_wide refresh).
INSERT INTO articles SELECT * FROM new_articles;
INSERT INTO statements SELECT * FROM new_statements;
