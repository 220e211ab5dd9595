-- Whether statements_wide is in the order wide_rebuild.sql writes (its comment says so); a
-- table an earlier version wrote in arrival order is rebuilt (stance/store/wide.py).
SELECT coalesce(any_value(comment) = 'order: machine_country, published', false)
FROM duckdb_tables()
WHERE table_name = 'statements_wide' AND schema_name = 'main'
  AND database_name = current_database();
