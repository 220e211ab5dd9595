-- Benchmark data: about 1% of statements corrected by a researcher (chosen by a hash of the
-- id, so the same seed picks the same ones); a tenth of those have their stance fixed twice.
INSERT INTO corrections
WITH picked AS (
    SELECT statement_id, speaker, country, stance, target,
           (hash(statement_id || ':' || $seed) % 1000000007)::BIGINT AS h
    FROM statements
    WHERE hash(statement_id || ':pick:' || $seed) % 100 = 0
), first_fix AS (
    SELECT *,
           CASE WHEN h % 10 < 6 THEN 'stance' WHEN h % 10 = 6 THEN 'country'
                WHEN h % 10 = 7 THEN 'speaker' WHEN h % 10 = 8 THEN 'target'
                ELSE 'not_statement' END AS field
    FROM picked
)
SELECT statement_id, field,
       CASE field WHEN 'stance' THEN stance WHEN 'country' THEN country
                  WHEN 'speaker' THEN speaker WHEN 'target' THEN target END AS old_value,
       CASE field
           WHEN 'stance' THEN list_filter(['tighten', 'ease', 'neutral'],
                                          lambda x: x <> stance)[(h // 10) % 2 + 1]
           WHEN 'country' THEN ['USA', 'RUS', 'CHN', 'GBR'][(h // 10) % 4 + 1]
           WHEN 'speaker' THEN 'Spokesperson for ' || speaker
           WHEN 'target' THEN ['PRK', 'IRN', 'RUS'][(h // 10) % 3 + 1]
           ELSE 'true' END AS new_value,
       'benchmark correction' AS note, 'coder-' || (h % 7) AS coder,
       $stamp + to_minutes((h % 100000)::BIGINT) AS corrected_at
FROM first_fix
UNION ALL
SELECT statement_id, 'stance', stance, ['tighten', 'ease', 'neutral'][(h // 100) % 3 + 1],
       'second look', 'coder-' || (h % 5), $stamp + to_minutes((h % 100000 + 200000)::BIGINT)
FROM first_fix
WHERE field = 'stance' AND (h // 1000) % 10 = 0;
