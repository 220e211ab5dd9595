-- The latest corrections with the statement they touch (the audit trail on the SQL page).
SELECT
    c.corrected_at, c.coder, c.field, c.old_value, c.new_value, c.note,
    f.machine_speaker AS speaker, f.title, c.statement_id
FROM corrections c
LEFT JOIN statements_full f USING (statement_id)
ORDER BY c.corrected_at DESC, c.statement_id, c.field
LIMIT $limit;
