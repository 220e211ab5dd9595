-- Statements per period ($period: month, quarter or year) and stance: the timeline.
-- Undated articles are left out.
SELECT
    date_trunc($period, published)::DATE AS period,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral,
    count(*) AS total
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE published IS NOT NULL
  -- a date known only to the year is drawn in yearly timelines, never as its 1 January
  AND (CASE date_precision WHEN 'year' THEN $period = 'year'
                           WHEN 'month' THEN $period IN ('month', 'quarter', 'year')
                           ELSE true END)
GROUP BY period
ORDER BY period
LIMIT $limit;
