-- Benchmark baseline (bench/run.py bench_write), not app SQL: one correction row written as it
-- is, with none of a correction's work (no label lookup, statements_wide or aggregates kept in
-- step).
INSERT INTO corrections (statement_id, field, old_value, new_value, note, coder, corrected_at)
VALUES ($statement_id, 'stance', NULL, 'neutral', 'bench', 'bench', now());
