-- Statements whose corrections changed since statements_wide was written.
CREATE OR REPLACE TEMP TABLE wide_stale_statements AS
WITH now AS (
    SELECT statement_id, count(*) AS n, max(corrected_at) AS last
    FROM corrections
    GROUP BY statement_id
), was AS (
    SELECT statement_id, corrections_n AS n, corrections_last AS last
    FROM statements_wide
    WHERE corrections_n > 0
)
SELECT statement_id
FROM now
FULL OUTER JOIN was USING (statement_id)
WHERE now.n IS DISTINCT FROM was.n OR now.last IS DISTINCT FROM was.last;
