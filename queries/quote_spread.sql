-- How widely quotes travel: how many quotes appear in 1, 2, 3 ... articles (10 = ten or more),
-- plus the totals for the headline numbers.
WITH quoted AS (
    SELECT f.article_id, coalesce(c.cluster, f.quote_norm) AS cluster
    FROM filtered_statements($country, $target, $stance, $from, $to, $outlet, $dataset,
                             $corrected) f
    LEFT JOIN quote_clusters c ON c.quote_norm = f.quote_norm
    WHERE f.quote_norm IS NOT NULL
), per_quote AS (
    SELECT cluster, count(DISTINCT article_id) AS articles FROM quoted GROUP BY cluster
)
SELECT least(articles, 10) AS articles, count(*) AS quotes
FROM per_quote
GROUP BY least(articles, 10)
ORDER BY articles;
