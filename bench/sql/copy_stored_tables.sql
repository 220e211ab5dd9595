-- Benchmark floor (bench/run.py bench_csv_load), not app SQL: the tables of the data model that
-- a coded-statements load wrote (statements, articles), copied bare into new tables of the same
-- file: what storing the rows costs with no reading, validation, ids or joins.
CREATE TABLE floor_statements AS SELECT * FROM statements;
CREATE TABLE floor_articles AS SELECT * FROM articles;
