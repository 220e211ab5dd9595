-- Columns of statements_wide and of its source view: a difference means the view changed
-- shape and the table must be rebuilt (stance/store/wide.py).
SELECT table_name, list(column_name ORDER BY column_index) AS columns
FROM duckdb_columns()
WHERE table_name IN ('statements_wide', 'statements_wide_source') AND schema_name = 'main'
  AND database_name = current_database()
GROUP BY table_name;
