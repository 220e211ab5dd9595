-- Add the registered frame `new_corrections` to the audit trail (inside the caller's
-- transaction). A row already present (same statement, field, value, coder and time: the same
-- file imported twice) is not added again.
INSERT INTO corrections
    (statement_id, field, old_value, new_value, note, coder, corrected_at)
SELECT DISTINCT n.statement_id, n.field, n.old_value, n.new_value, n.note, n.coder,
       n.corrected_at
FROM new_corrections n
WHERE NOT EXISTS (
    SELECT 1 FROM corrections c
    WHERE c.statement_id = n.statement_id AND c.field = n.field
      AND c.new_value IS NOT DISTINCT FROM n.new_value
      AND c.coder IS NOT DISTINCT FROM n.coder
      AND c.corrected_at = n.corrected_at
);
