-- The audit trail of one statement: every correction, newest first.
SELECT corrected_at, field, old_value, new_value, coder, note
FROM corrections
WHERE statement_id = $statement_id
ORDER BY corrected_at DESC, field;
