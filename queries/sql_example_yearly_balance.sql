-- Example: tighten minus ease per year, with a running total (window functions)
WITH per_year AS (
    SELECT
        year(published) AS year,
        count(*) FILTER (WHERE stance = 'tighten') AS tighten,
        count(*) FILTER (WHERE stance = 'ease') AS ease
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE published IS NOT NULL
    GROUP BY year
)
SELECT
    year, tighten, ease, tighten - ease AS balance,
    sum(tighten - ease) OVER (ORDER BY year) AS running_balance
FROM per_year
ORDER BY year;
