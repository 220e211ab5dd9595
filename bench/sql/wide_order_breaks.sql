-- Benchmark check (tests/store/test_wide.py), not app SQL: rows of statements_wide stored
-- from row $from_row on that are out of the table's order (speaker country, then date;
-- queries/store/wide_rebuild.sql). 0 when those rows lie in that order.
WITH stored AS (
    SELECT rowid AS wide_row, machine_country, published
    FROM statements_wide
    WHERE rowid >= $from_row
)
SELECT count(*) FILTER (WHERE stored_rank <> sorted_rank) AS breaks, count(*) AS rows
FROM (
    SELECT row_number() OVER (ORDER BY wide_row) AS stored_rank,
           row_number() OVER (ORDER BY machine_country NULLS LAST, published NULLS LAST,
                              wide_row) AS sorted_rank
    FROM stored
);
