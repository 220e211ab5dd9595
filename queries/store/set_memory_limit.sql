-- The app's cap on DuckDB's memory (stance.config.memory_limit): a setting of the running
-- database, shared by every connection of the process to the file, so that connections opened
-- with and without it do not differ in configuration (DuckDB refuses that).
SET memory_limit = $limit;
