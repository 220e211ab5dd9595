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
  AND drawn_by(date_precision, $period)
GROUP BY period
ORDER BY period
LIMIT $limit;
