-- The SQL page's copy (stance/sandbox.py): the database's tables by name, to tell which of the
-- bookkeeping tables the engine's refresh reads exist in this file.
SELECT table_name AS name
FROM duckdb_tables()
WHERE database_name = current_database() AND schema_name = 'main'
ORDER BY name;
