-- Rows staged, and the first rowid (rowids of rows added in a transaction do not start at 0).
SELECT count(*), coalesce(min(rowid), 0) FROM upload_raw;
