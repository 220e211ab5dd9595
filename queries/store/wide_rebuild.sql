-- statements_wide from scratch (first build, first load, or a reshaped source view). Not sorted:
-- sorting by date halved date-filtered scans that already take ~15 ms at 1M statements, but
-- doubled the cost of a first load (bench/README.md).
CREATE OR REPLACE TABLE statements_wide AS
SELECT * FROM statements_wide_source;
