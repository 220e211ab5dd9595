-- The first day of the latest month from which on at least $offset + $limit statements pass
-- the filters, counted in the month tables (stance/store/aggregates.py, `narrowed`); NULL when
-- fewer pass in all. A list of statements newest first (statements_page.sql) then takes that
-- day as its `from`: its page lies in those months, and the scan skips the row groups of
-- earlier dates (statements_wide is kept in speaker-country and date order).
WITH cells AS (
    SELECT month, statements
    FROM agg_month_cells($target, $stance, $from, $to, $dataset, $corrected, $all_topics)
    WHERE len($country) = 0
    UNION ALL
    SELECT month, statements
    FROM agg_country_month_cells($country, $stance, $from, $to, $dataset, $corrected,
                                 $all_topics)
    WHERE len($country) > 0
), months AS (
    SELECT month, sum(statements) AS statements
    FROM cells
    WHERE month IS NOT NULL
    GROUP BY month
), newer AS (
    SELECT month, sum(statements) OVER (ORDER BY month DESC) AS statements
    FROM months
)
SELECT max(month)
FROM newer
WHERE statements >= $offset + $limit;
