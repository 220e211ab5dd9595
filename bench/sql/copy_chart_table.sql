-- Benchmark floor (bench/run.py bench_csv_load), not app SQL: the chart table a load keeps in
-- step (statements_wide), copied bare like copy_stored_tables.sql.
CREATE TABLE floor_wide AS SELECT * FROM statements_wide;
