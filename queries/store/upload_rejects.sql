-- Lines the CSV reader could not split into the header's columns (one row per line and error).
SELECT line AS "row", column_name, error_type, csv_line, error_message
FROM reject_errors
ORDER BY line, column_idx;
