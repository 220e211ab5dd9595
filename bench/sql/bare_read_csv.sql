-- Benchmark baseline (bench/run.py), not app SQL: the bare DuckDB load of a CSV file.
CREATE TABLE coded AS SELECT * FROM read_csv($path);
