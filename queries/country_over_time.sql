-- Statements per speaker country, period ($period) and stance: the countries' timelines
-- side by side. Only the countries of the filter are meant to be shown; capped at $limit rows.
SELECT
    country,
    date_trunc($period, published)::DATE AS period,
    count(*) FILTER (WHERE stance = 'tighten') AS tighten,
    count(*) FILTER (WHERE stance = 'ease') AS ease,
    count(*) FILTER (WHERE stance = 'neutral') AS neutral,
    count(*) AS total
FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset, $corrected, $all_topics)
WHERE published IS NOT NULL
  AND drawn_by(date_precision, $period) AND country IS NOT NULL
GROUP BY country, period
ORDER BY country, period
LIMIT $limit;
