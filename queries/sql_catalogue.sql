-- The documented schema shown beside the SQL editor, read from DuckDB's own catalogue:
-- every table and view of the database with its columns, and each table macro with its
-- parameters (one row per parameter, type NULL). The store's own bookkeeping is left out
-- (the pre-aggregated agg_* tables and their macros, schema_version, statements_wide_state):
-- it answers nothing statements_wide does not, and stance/sandbox.py copies only what is
-- listed here (agg_article_list alone is 647 MB at 10M statements).
SELECT
    c.table_name AS relation,
    CASE WHEN v.view_name IS NULL THEN 'table' ELSE 'view' END AS kind,
    c.column_index AS position,
    c.column_name AS name,
    c.data_type AS type
FROM duckdb_columns() c
LEFT JOIN duckdb_views() v
    ON v.database_name = c.database_name AND v.schema_name = c.schema_name
    AND v.view_name = c.table_name
WHERE c.database_name = current_database() AND c.schema_name = 'main' AND NOT c.internal
  AND NOT starts_with(c.table_name, 'agg_')
  AND c.table_name NOT IN ('schema_version', 'statements_wide_state')
UNION ALL
SELECT f.function_name, 'table macro', p.position, p.name, NULL
FROM duckdb_functions() f,
     unnest(f.parameters) WITH ORDINALITY AS p(name, position)
WHERE f.database_name = current_database() AND f.schema_name = 'main'
  AND f.function_type = 'table_macro' AND NOT starts_with(f.function_name, 'agg_')
ORDER BY kind, relation, position;
