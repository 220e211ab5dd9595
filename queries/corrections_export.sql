-- Every correction, oldest first: the CSV two coders exchange (same columns as the import).
SELECT statement_id, field, old_value, new_value, note, coder, corrected_at
FROM corrections
ORDER BY corrected_at, statement_id, field, coder;
