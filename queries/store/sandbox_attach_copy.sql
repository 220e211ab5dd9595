-- The SQL page's copy (stance/sandbox.py): a new DuckDB file in the copy's private folder,
-- attached to this cursor's database for writing (also when the database itself is open
-- read-only). The tables are written into it from one read transaction, then it is detached
-- (queries/store/sandbox_detach_copy.sql); the alias is stance.sandbox.COPY_ALIAS.
ATTACH $path AS sql_copy (READ_WRITE);
