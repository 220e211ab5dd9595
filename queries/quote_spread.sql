-- How widely quotes travel: how many quotes appear in 1, 2, 3 ... articles (10 = ten or more),
-- plus the totals for the headline numbers. A quote is a cluster of near-identical wordings,
-- counted on the 64-bit keys statements_wide carries (bench/README.md: fast at 1M).
WITH per_quote AS (
    SELECT cluster_key, count(DISTINCT article_key) AS articles
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected, $all_topics)
    WHERE cluster_key IS NOT NULL
    GROUP BY cluster_key
)
SELECT least(articles, 10) AS articles, count(*) AS quotes
FROM per_quote
GROUP BY least(articles, 10)
ORDER BY articles;
