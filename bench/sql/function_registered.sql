-- Whether a scalar function of this name is registered (DuckDB keeps a Python function for the
-- whole database, past the cursor that registered it; registering it twice is an error).
SELECT count(*) > 0 FROM duckdb_functions() WHERE function_name = $name;
