-- Read a CSV into upload_raw with declared text columns (no type guessing: values are checked
-- by upload_clean_*). $columns names each column of the file in order: a field name, or
-- ignored_N for a column nobody mapped. Malformed lines go to reject_errors, not to the table.
INSERT INTO upload_raw BY NAME
SELECT COLUMNS(lambda c: NOT starts_with(c, 'ignored_'))
FROM read_csv($path, auto_detect = false, header = true, delim = $delimiter, quote = '"',
              escape = '"', columns = $columns, store_rejects = true, max_line_size = 20000000,
              encoding = 'utf-8');
