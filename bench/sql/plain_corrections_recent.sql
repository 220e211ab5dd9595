-- Test check (tests/store/test_rewritten_queries.py), not app SQL: queries/corrections_recent.sql
-- as it was, every correction joined to statements_full before the latest are kept.
SELECT
    c.corrected_at, c.coder, c.field, c.old_value, c.new_value, c.note,
    f.machine_speaker AS speaker, f.title, c.statement_id
FROM corrections c
LEFT JOIN statements_full f USING (statement_id)
ORDER BY c.corrected_at DESC, c.statement_id, c.field
LIMIT $limit;
